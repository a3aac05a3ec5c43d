import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchChromium, newShopper, snap } from './harness/browser';
import { ShopApi, type SeedProduct } from './harness/shopApi';
import { expectCartCount } from './harness/steps';

const baseUrl = inject('baseUrl');
const shop = new ShopApi(baseUrl, inject('admin'));
let browser: Browser;
let page: Page;
let product: SeedProduct;

beforeAll(async () => {
  [product] = (await shop.inStockProducts(3)) as [SeedProduct];
  browser = await launchChromium();
  page = await (await newShopper(browser, baseUrl)).newPage();
});
afterAll(() => browser?.close());

async function seriousViolations(): Promise<string[]> {
  const violations = await axeViolations(page);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility (axe-core)', () => {
  it('when the home page is checked, then there is no serious or critical violation', async () => {
    await page.goto('/');
    await page.waitForSelector('[data-test=product-card]');
    expect(await seriousViolations()).toEqual([]);
  });

  it('when the catalog is checked, then there is no serious or critical violation', async () => {
    await page.goto('/products');
    await page.waitForSelector('[data-test=product-card]');
    expect(await seriousViolations()).toEqual([]);
  });

  it('when a product page is checked, then there is no serious or critical violation', async () => {
    await page.goto(`/p/${product.slug}`);
    await page.waitForSelector('[data-test=product-name]');
    expect(await seriousViolations()).toEqual([]);
  });

  it('when the cart (page and drawer) is checked, then there is no serious or critical violation', async () => {
    await page.click('[data-test=add-to-cart]');
    await expectCartCount(page, 1);
    expect(await seriousViolations()).toEqual([]);
    await snap(page, 'a11y', 'cart-drawer');
    await page.goto('/cart');
    await page.waitForSelector('[data-test=cart-line]');
    expect(await seriousViolations()).toEqual([]);
  });

  it('when the checkout is checked, including inline errors, then there is no serious or critical violation', async () => {
    await page.goto('/checkout');
    await page.waitForSelector('[data-test=checkout-form]');
    expect(await seriousViolations()).toEqual([]);
    await page.click('[data-test=place-order]');
    await page.waitForSelector('[data-test=field-error]');
    expect(await seriousViolations()).toEqual([]);
    await snap(page, 'a11y', 'checkout-errors');
  });
});
