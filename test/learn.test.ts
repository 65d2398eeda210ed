// Unit checks of the learning path's content: every page's frontmatter, a complete path 1–11, valid try-it links and key terms.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { queryToParams } from '../src/lib/links';
import { glossary, pathPages, sourceTexts } from '../src/lib/learn/catalog';
import { RESERVED } from '../src/lib/learn/slugs';
import { tryParams, tryProblems, tryQuery } from '../src/lib/learn/try';
import { churnByProducts, concentrationCurve, topShareOf } from '../src/lib/figures/measures';
import { simulate, withDefaults } from '../src/lib/sim';

const pages = pathPages();
const concept = pages.filter((p) => p.kind === 'concept');

describe('learning path content', () => {
	it('every content file in content/learn/ is a path page with a title and an order, or a reserved intro', () => {
		const files = readdirSync('content/learn').filter((f) => f.endsWith('.md'));
		for (const file of files) {
			const slug = file.replace(/\.md$/, '');
			if (RESERVED.has(slug)) continue;
			const page = pages.find((p) => p.slug === slug);
			expect(page, file).toBeDefined();
			expect(page!.title.length, file).toBeGreaterThan(3);
			expect(Number.isInteger(page!.order), file).toBe(true);
			expect(page!.summary.length, file).toBeGreaterThan(20);
		}
	});

	it('the path runs 1 to 11 without gaps or repeats, page 10 being the model doc', () => {
		expect(pages.map((p) => p.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
		expect(pages[9].slug).toBe('model');
		expect(existsSync('content/model.md'), 'page 10, content/model.md, exists').toBe(true);
		expect(pages[10].kind).toBe('sources');
		expect(concept.length).toBe(9);
	});

	it('every concept page has a live figure, try-it links, questions and key terms', () => {
		for (const page of concept) {
			const text = readFileSync(`content/learn/${page.slug}.md`, 'utf8');
			expect(text, page.slug).toMatch(/import \w+ from '\$lib\/figures\/\w+\.svelte'/);
			expect(text, page.slug).toMatch(/^## Things to notice$/m);
			expect(text, page.slug).toMatch(/^## Things to try$/m);
			expect(page.try.length, page.slug).toBeGreaterThan(0);
			expect(page.terms.length, page.slug).toBeGreaterThanOrEqual(3);
		}
	});

	it('every try-it link is a valid preset: known keys, values in range and on step, parsed without notices', () => {
		for (const page of pages) {
			for (const link of page.try) {
				const where = `${page.slug}: ${link.label}`;
				expect(tryProblems(link), where).toEqual([]);
				const { params, notices } = queryToParams(tryQuery(link));
				expect(notices, where).toEqual([]);
				for (const [key, value] of Object.entries(tryParams(link))) {
					expect(params[key as keyof typeof params], `${where} ${key}`).toBe(value);
				}
			}
		}
	});

	it('every key term carries its Chinese and Spanish words', () => {
		for (const page of pages) {
			for (const term of page.terms) {
				const where = `${page.slug}: ${term.en}`;
				expect(term.zh, where).toMatch(/[\u4e00-\u9fff]/);
				expect(term.es.length, where).toBeGreaterThan(2);
				expect(term.def.length, where).toBeGreaterThan(10);
				if (term.translated) expect(['zh', 'es'], where).toContain(term.translated);
			}
		}
		expect(glossary().length).toBeGreaterThanOrEqual(40);
	});

	it('every page names its sources, and every source named is listed on the Sources page', () => {
		const ids = new Set(sourceTexts().map((t) => t.id));
		expect([...ids].sort()).toEqual(['000', '001', '002', '003', '004']);
		for (const page of concept) {
			expect(page.sources.length, page.slug).toBeGreaterThan(0);
			for (const id of page.sources) expect(ids.has(id), `${page.slug} cites ${id}`).toBe(true);
		}
		for (const id of ids) {
			expect(
				concept.some((p) => p.sources.includes(id)),
				`some page rests on ${id}`
			).toBe(true);
		}
	});

	it('prose stays in content: no Svelte expression braces in the Markdown text', () => {
		for (const page of [...concept, pages[10]]) {
			const text = readFileSync(`content/learn/${page.slug}.md`, 'utf8');
			const body = text.replace(/^---[\s\S]*?---/, '').replace(/<script>[\s\S]*?<\/script>/, '');
			expect(body, page.slug).not.toMatch(/[{}]/);
		}
	});
});

describe('live figure measures', () => {
	it('the concentration curve of equal values is the diagonal, and of unequal values lies above it', () => {
		const equal = concentrationCurve([5, 5, 5, 5, 5], 5);
		expect(equal.map((v) => Number(v.toFixed(6)))).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
		expect(topShareOf([100, 1, 1, 1, 1, 1, 1, 1, 1, 1])).toBeCloseTo(101 / 109, 6);
	});

	it('churn by products falls as products rise, on a real run', () => {
		const run = simulate(withDefaults({ clients: 2000, years: 5 }), { history: true });
		const churn = churnByProducts(run);
		expect(churn[0]).toBeGreaterThan(churn[1]);
		expect(churn[1]).toBeGreaterThan(churn[3]);
		for (const c of churn) expect(c).toBeGreaterThanOrEqual(0);
	});
});
