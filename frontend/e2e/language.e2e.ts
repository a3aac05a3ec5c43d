import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, newShopper, snap } from './harness/browser';

const baseUrl = inject('baseUrl');
const J = 'language';
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await (await newShopper(browser, baseUrl)).newPage();
});
afterAll(() => browser?.close());

const heading = () => page.textContent('#hero-title');

describe('Bangla first, English one click away', () => {
  it('when the customer switches to English and back, then the page is translated each time and the choice is remembered', async () => {
    await page.goto('/');
    await page.waitForSelector('[data-test=product-card]');
    expect(await heading()).toContain('ঘরে বসে কেনাকাটা');
    expect(await page.textContent('[data-test=stock]')).toMatch(/স্টক/);

    await page.click('[data-test=locale-switch]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await heading()).toBe('Shop from home, delivered across Dhaka');
    expect(await page.textContent('[data-test=stock]')).toMatch(/Stock|Out of stock|Only/);
    await snap(page, J, '01-english');

    await page.reload();
    await page.waitForSelector('#hero-title');
    expect(await heading()).toBe('Shop from home, delivered across Dhaka');

    await page.click('[data-test=locale-switch]');
    await page.waitForFunction(() => document.documentElement.lang === 'bn');
    expect(await heading()).toContain('ঘরে বসে কেনাকাটা');
    await snap(page, J, '02-back-to-bangla');
  });
});
