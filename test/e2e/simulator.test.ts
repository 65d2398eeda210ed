// The simulator in a real browser: keyboard on the retention slider moves the headline profit and the charts.
import { describe, expect, it } from 'vitest';
import { openPage, screenshot, useSite } from './harness';

const site = useSite();

describe('simulator page', () => {
	it('moves the headline profit when the retention slider moves by keyboard', async () => {
		const context = await site.browser.newContext({ viewport: { width: 1400, height: 1000 } });
		const { page, errors } = await openPage(context, `${site.url}/simulator/`);
		const profit = page.locator('[data-figure="profit"] dd:not(.range)');
		const slider = page.getByLabel('Retention rate', { exact: true });
		await expect.poll(() => profit.textContent()).toMatch(/¤/);
		const before = await profit.textContent();
		const valueBefore = await slider.inputValue();
		await screenshot(page, 'simulator-before');

		await slider.focus();
		for (let k = 0; k < 5; k++) await page.keyboard.press('ArrowRight');
		await expect.poll(() => slider.inputValue()).not.toBe(valueBefore);
		expect(Number(await slider.inputValue())).toBeCloseTo(Number(valueBefore) + 0.05, 5);
		await expect.poll(() => profit.textContent(), { timeout: 10_000 }).not.toBe(before);
		const after = await profit.textContent();
		console.log(
			`retention ${valueBefore} → ${await slider.inputValue()}: profit ${before} → ${after}`
		);
		await screenshot(page, 'simulator-after');

		// Reset brings the defaults and the original number back.
		await page.getByRole('button', { name: 'Reset to defaults' }).click();
		await expect.poll(() => profit.textContent()).toBe(before);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('draws its three charts with text alternatives', async () => {
		const context = await site.browser.newContext({ viewport: { width: 1200, height: 900 } });
		const { page, errors } = await openPage(context, `${site.url}/simulator/`);
		const canvases = page.locator('#panel-charts [role="img"] canvas');
		await expect.poll(() => canvases.count()).toBe(3);
		for (let k = 0; k < 3; k++) {
			const box = await canvases.nth(k).boundingBox();
			expect(box?.width ?? 0).toBeGreaterThan(200);
			expect(box?.height ?? 0).toBeGreaterThan(150);
		}
		await expect(page.locator('#panel-charts .alt').first()).toBeDefined();
		expect(errors).toEqual([]);
		await context.close();
	});
});
