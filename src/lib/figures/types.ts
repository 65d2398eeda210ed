// Shapes shared by the live figures and their chart wrapper.

/** One line or set of bars in a figure's chart. */
export interface FigSeries {
	label: string;
	data: number[];
	/** A CSS colour or a custom property, e.g. 'var(--level-1)'. */
	color: string;
	/** One colour per bar (bar charts), overriding `color`. */
	colors?: string[];
	dashed?: boolean;
}
