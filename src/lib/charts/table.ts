// One row of a chart's data table (the text alternative every results chart carries).
export interface TableRow {
	/** The row's heading cell (a month, a lever value, a setting). */
	head: string;
	/** The other cells, already formatted. */
	cells: string[];
	/** Marks the row of the current value. */
	highlight?: boolean;
}
