// The shapes of the learning path: a page's frontmatter as the site reads it, its key terms, try-it links and sources.

/** A key term with the source material's own words beside the English one. */
export interface Term {
	/** English term. */
	en: string;
	/** Chinese term (simplified), as in the Chinese sources. */
	zh: string;
	/** Spanish term, as in the Spanish sources. */
	es: string;
	/** What it means, in one sentence. */
	def: string;
	/** Which language's term is our translation, where the sources of only one language use the idea. */
	translated?: 'zh' | 'es';
}

/** A "Try it in the simulator" link: a label and the parameters the link presets. */
export interface TryLink {
	label: string;
	/** A named preset of the model (src/lib/sim/presets.ts) to start from. */
	preset?: string;
	/** Parameter values, on top of the preset's. */
	params?: Record<string, number>;
}

/** One source text, as listed on the Sources page. */
export interface SourceText {
	/** The file's number in shared/seeds, e.g. "001". */
	id: string;
	title: string;
	language: string;
	/** Its kind, e.g. "Q&A page", "article". */
	kind: string;
}

/** One page of the learning path. */
export interface PathPage {
	slug: string;
	/** Place in the path, 1–11. */
	order: number;
	title: string;
	summary: string;
	/** concept pages carry a live figure, try-it links and key terms; the model and sources pages do not. */
	kind: 'concept' | 'model' | 'sources';
	/** Ids of the source texts the page rests on. */
	sources: string[];
	try: TryLink[];
	terms: Term[];
	/** The content opens with its own top-level heading, so the page shows no title of its own. */
	ownHeading: boolean;
}

/** A glossary row: a term and the page that introduces it. */
export interface GlossaryEntry extends Term {
	slug: string;
	pageTitle: string;
}
