import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, newShopper, snap } from './harness/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await (await newShopper(browser, baseUrl)).newPage();
});
afterAll(() => browser?.close());

const cardSlugs = () =>
  page
    .locator('[data-test=product-card]')
    .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-slug')));

describe('catalog filters live in the URL', () => {
  it('when a shopper filters and sorts, then the URL carries it and a reload (or a shared link) shows the same list', async () => {
    await page.goto('/products');
    await page.waitForSelector('[data-test=product-card]');
    await page.click('.filters__toggle');
    await page.check('[data-test=in-stock-filter]');
    await page.click('[data-test=apply-filters]');
    await page.waitForURL(/inStock=1/);
    // The cards of the unsorted list are still shown until the sorted answer arrives: wait for it.
    const sorted = page.waitForResponse(
      (r) => r.url().includes('/api/v1/products?') && r.url().includes('sort=price_asc'),
    );
    await page.selectOption('[data-test=sort]', 'price_asc');
    await page.waitForURL(/sort=price_asc/);
    const answered = ((await (await sorted).json()) as { data: { slug: string }[] }).data.map((p) => p.slug);
    await expect.poll(cardSlugs).toEqual(answered);
    const before = await cardSlugs();
    expect(before.length).toBeGreaterThan(0);
    expect(await page.locator('[data-test=product-card] [data-test=add-to-cart][disabled]').count()).toBe(0);
    await snap(page, 'catalog', '01-filtered-sorted');

    const shared = await (await newShopper(browser, baseUrl)).newPage();
    await shared.goto(page.url());
    await shared.waitForSelector('[data-test=product-card]');
    expect(
      await shared
        .locator('[data-test=product-card]')
        .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-slug'))),
    ).toEqual(before);
    expect(await shared.isChecked('[data-test=in-stock-filter]')).toBe(true);
  });
});
