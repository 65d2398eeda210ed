// The learning path's index, read at build time from the content files and shared by every /learn/ page.
import { glossary, introOf, pathPages, sourceTexts } from '$lib/learn/catalog';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = () => ({
	path: pathPages(),
	texts: sourceTexts(),
	glossary: glossary(),
	intros: { contents: introOf('index'), glossary: introOf('glossary') }
});
