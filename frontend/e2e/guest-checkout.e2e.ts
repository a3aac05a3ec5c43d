import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, newShopper, snap } from './harness/browser';
import { ShopApi, type SeedProduct } from './harness/shopApi';
import { expectCartCount, fillCheckout, placeOrder, statusText } from './harness/steps';

const baseUrl = inject('baseUrl');
const shop = new ShopApi(baseUrl, inject('admin'));
const J = 'guest';
let browser: Browser;
let page: Page;
let products: SeedProduct[];

beforeAll(async () => {
  products = await shop.inStockProducts(5);
  browser = await launchChromium();
  page = await (await newShopper(browser, baseUrl)).newPage();
});
afterAll(() => browser?.close());

describe('a guest shops and pays cash on delivery', () => {
  it('when a guest searches, adds two items and checks out, then the confirmation shows the order number and status', async () => {
    const [first, second] = products;
    expect(first && second).toBeTruthy();

    await page.goto('/');
    await page.waitForSelector('[data-test=product-card]');
    expect(await page.getAttribute('html', 'lang')).toBe('bn');
    await snap(page, J, '01-home');

    await page.fill('[data-test=search-input]', first!.name);
    await page.click('[data-test=search-submit]');
    await page.waitForURL(/\/products\?q=/);
    const card = page.locator(`[data-test=product-card][data-slug="${first!.slug}"]`);
    await card.waitFor();
    await snap(page, J, '02-search-results');

    await card.locator('a').first().click();
    await page.waitForSelector('[data-test=product-name]');
    await page.click('[data-test=add-to-cart]');
    await page.waitForSelector('[data-test=cart-drawer]');
    await expectCartCount(page, 1);
    await snap(page, J, '03-added-first-item');
    await page.keyboard.press('Escape');

    await page.goto(`/products?q=${encodeURIComponent(second!.name)}`);
    await page
      .locator(`[data-test=product-card][data-slug="${second!.slug}"] [data-test=add-to-cart]`)
      .click();
    await expectCartCount(page, 2);

    await page.click('[data-test=open-cart]');
    const drawer = page.locator('[data-test=cart-drawer]');
    await expect.poll(() => drawer.locator('[data-test=cart-line]').count()).toBe(2);
    await drawer.locator('[data-test=cart-line]').first().locator('[data-test=qty-increase]').click();
    await expectCartCount(page, 3);
    await drawer.locator('[data-test=cart-line]').first().locator('[data-test=qty-decrease]').click();
    await expectCartCount(page, 2);
    await snap(page, J, '04-cart-drawer');

    await page.click('[data-test=drawer-checkout]');
    await page.waitForSelector('[data-test=checkout-form]');
    await fillCheckout(page, { name: 'Rahim Uddin', phone: '12345', address: 'House 12, Road 5' });
    await page.locator('#co-phone').blur();
    expect(await page.textContent('#co-phone-error')).toContain('বাংলাদেশি মোবাইল নম্বর');
    await snap(page, J, '05-checkout-phone-error');
    await page.fill('#co-phone', '01712345678');
    await page.locator('#co-phone').blur();
    expect(await page.locator('#co-phone-error').count()).toBe(0);
    await snap(page, J, '06-checkout-filled');

    const number = await placeOrder(page);
    expect(await page.textContent('[data-test=order-number]')).toContain(number);
    expect(await statusText(page)).toBe('অর্ডার গৃহীত');
    await page.waitForSelector('[data-test=order-timeline] [aria-current=step]');
    await expectCartCount(page, 0);
    await snap(page, J, '07-confirmation');

    // The link alone (with its token) is enough to track the order, e.g. from another device.
    const link = page.url().replace('&placed=1', '');
    const other = await (await newShopper(browser, baseUrl)).newPage();
    await other.goto(link);
    await other.waitForSelector('[data-test=order-timeline]');
    expect(await statusText(other)).toBe('অর্ডার গৃহীত');
    await snap(other, J, '08-tracking-by-link');
  });
});
