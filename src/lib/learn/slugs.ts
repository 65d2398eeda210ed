// Which content files are pages of the learning path, and the slug each one has at /learn/<slug>/.

/** Files in content/learn/ that are not path pages: the contents page's intro and the glossary's intro. */
export const RESERVED = new Set(['index', 'glossary']);

/** The model doc lives outside content/learn/ but is page 10 of the path. */
export const MODEL_FILE = '/content/model.md';
export const MODEL_SLUG = 'model';
export const MODEL_ORDER = 10;

/** Slug of a content file path, e.g. "/content/learn/why-retention-pays.md" → "why-retention-pays". */
export function slugOf(file: string): string {
	if (file === MODEL_FILE) return MODEL_SLUG;
	return file.replace(/^.*\//, '').replace(/\.md$/, '');
}

/** True for files that are pages of the path. */
export function isPathFile(file: string): boolean {
	return file === MODEL_FILE || !RESERVED.has(slugOf(file));
}
