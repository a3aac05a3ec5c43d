import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, newShopper, snap } from './harness/browser';
import { ShopApi, type SeedProduct } from './harness/shopApi';
import { expectCartCount, fillCheckout } from './harness/steps';

const baseUrl = inject('baseUrl');
const shop = new ShopApi(baseUrl, inject('admin'));
const J = 'stock-out';
let browser: Browser;
let page: Page;
let lantern: SeedProduct;

beforeAll(async () => {
  const [any] = await shop.inStockProducts(1);
  lantern = await shop.createProduct({
    name: 'Hurricane Lantern',
    categorySlug: any!.category.slug,
    pricePaisa: 65000,
    stock: 2,
  });
  browser = await launchChromium();
  page = await (await newShopper(browser, baseUrl)).newPage();
});
afterAll(() => browser?.close());

describe('stock runs out between cart and checkout', () => {
  it('when the last items sell while the customer checks out, then the customer is told clearly and nothing is ordered', async () => {
    await page.goto(`/p/${lantern.slug}`);
    await page.waitForSelector('[data-test=product-name]');
    await page.click('[data-test=qty-increase]');
    await page.click('[data-test=add-to-cart]');
    await expectCartCount(page, 2);

    await page.goto('/checkout');
    await page.waitForSelector('[data-test=checkout-form]');
    await fillCheckout(page, {
      name: 'Karim Ahmed',
      phone: '01912345678',
      address: 'House 3, Road 2',
    });

    await shop.adjustStock(lantern.id, -2, 'sold at the counter');
    await page.click('[data-test=place-order]');
    const alert = page.locator('[data-test=out-of-stock]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Hurricane Lantern: আপনি চেয়েছেন ২টি, আছে ০টি');
    expect(page.url()).toMatch(/\/checkout$/);
    await snap(page, J, '01-checkout-out-of-stock');

    await page.click('[data-test=out-of-stock] a');
    await page.waitForURL(/\/cart$/);
    await page.waitForSelector('.cart-line--problem');
    expect(await page.textContent('.cart-line--problem')).toContain('আর পাওয়া যাচ্ছে না');
    await snap(page, J, '02-cart-explains');
    expect((await shop.product(lantern.slug)).stock).toBe(0);
  });
});
