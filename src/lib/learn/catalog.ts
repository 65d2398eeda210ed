// The learning path read from the content files' frontmatter: pages in order, source texts and glossary (build time only).
import { isPathFile, MODEL_FILE, MODEL_ORDER, slugOf } from './slugs';
import type { GlossaryEntry, PathPage, SourceText, Term, TryLink } from './types';

type Meta = Record<string, unknown> | undefined;

const metas = import.meta.glob<Meta>(['/content/learn/*.md', '/content/model.md'], {
	eager: true,
	import: 'metadata'
});

/** The raw Markdown, to see whether a page opens with its own top heading (the model doc does). */
const raws = import.meta.glob<string>(['/content/learn/*.md', '/content/model.md'], {
	eager: true,
	query: '?raw',
	import: 'default'
});

const list = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);
const text = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);

function toPage(file: string, meta: Meta): PathPage {
	const m = meta ?? {};
	const slug = slugOf(file);
	const isModel = file === MODEL_FILE;
	return {
		slug,
		order: isModel ? MODEL_ORDER : Number(m.order),
		title: text(m.title, isModel ? 'How the model works' : slug),
		summary: text(m.summary ?? m.description),
		kind: isModel ? 'model' : m.kind === 'sources' ? 'sources' : 'concept',
		sources: list<string | number>(m.sources).map((s) => String(s).padStart(3, '0')),
		try: list<TryLink>(m.tryLinks),
		terms: list<Term>(m.terms),
		ownHeading: /^# /m.test(raws[file] ?? '')
	};
}

/** Every page of the path, in order (page 10 is the model doc, content/model.md). */
export function pathPages(): PathPage[] {
	const files = Object.keys(metas).filter(isPathFile);
	return files.map((file) => toPage(file, metas[file])).sort((a, b) => a.order - b.order);
}

/** Frontmatter of a reserved content file (the contents and glossary intros). */
export function introOf(name: 'index' | 'glossary'): { title: string; summary: string } {
	const m = metas[`/content/learn/${name}.md`] ?? {};
	return { title: text(m.title), summary: text(m.summary) };
}

/** The source texts, as the Sources page lists them in its frontmatter. */
export function sourceTexts(): SourceText[] {
	const sources = pathPages().find((p) => p.kind === 'sources');
	const m = sources ? metas[`/content/learn/${sources.slug}.md`] : undefined;
	return list<SourceText>(m?.texts).map((t) => ({ ...t, id: String(t.id).padStart(3, '0') }));
}

/** Every key term of the path, once each, in English alphabetical order. */
export function glossary(): GlossaryEntry[] {
	const seen = new Set<string>();
	const rows: GlossaryEntry[] = [];
	for (const page of pathPages()) {
		for (const term of page.terms) {
			const key = term.en.toLowerCase();
			if (seen.has(key)) continue;
			seen.add(key);
			rows.push({ ...term, slug: page.slug, pageTitle: page.title });
		}
	}
	return rows.sort((a, b) => a.en.localeCompare(b.en, 'en'));
}
