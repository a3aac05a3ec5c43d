import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, newDesktop, newShopper, snap } from './harness/browser';
import { expectCartCount, fillCheckout, placeOrder, statusText } from './harness/steps';

const baseUrl = inject('baseUrl');
const admin = inject('admin');
const J = 'customer';
let browser: Browser;
let customer: Page;
let orderNumber = '';

beforeAll(async () => {
  browser = await launchChromium();
  customer = await (await newShopper(browser, baseUrl)).newPage();
});
afterAll(() => browser?.close());

describe('a customer with an account, and the admin who ships the order', () => {
  it('when a customer registers and orders, then the order is in their history', async () => {
    await customer.goto('/register');
    await customer.fill('#reg-name', 'Nusrat Jahan');
    await customer.fill('#reg-email', `nusrat+${Date.now()}@example.com`);
    await customer.fill('#reg-phone', '01812345678');
    await customer.fill('#reg-password', 'a-long-enough-password');
    await snap(customer, J, '01-register');
    await customer.click('[data-test=register-submit]');
    await customer.waitForURL(/\/account$/);
    await customer.waitForSelector('text=স্বাগতম, Nusrat Jahan');

    await customer.goto('/products?inStock=1');
    await customer
      .locator('[data-test=product-card] [data-test=add-to-cart]:not([disabled])')
      .first()
      .click();
    await expectCartCount(customer, 1);
    await customer.goto('/checkout');
    await customer.waitForSelector('[data-test=checkout-form]');
    expect(await customer.inputValue('#co-name')).toBe('Nusrat Jahan');
    await fillCheckout(customer, {
      phone: '01812345678',
      address: 'Flat 4B, Road 11',
      payment: 'bkash',
    });
    await snap(customer, J, '02-checkout-bkash');
    orderNumber = await placeOrder(customer);
    await snap(customer, J, '03-confirmation');

    await customer.goto('/account');
    const row = customer.locator(`[data-test=my-orders] [data-number="${orderNumber}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('অর্ডার গৃহীত');
    await snap(customer, J, '04-order-history');
  });

  it('when the admin advances the order to shipped, then the customer’s tracking page shows it', async () => {
    expect(orderNumber).toMatch(/^DC-/);
    const adminPage = await (await newDesktop(browser, baseUrl)).newPage();
    await adminPage.goto('/login?next=/admin/orders');
    await adminPage.fill('#login-email', admin.email);
    await adminPage.fill('#login-password', admin.password);
    await adminPage.click('[data-test=login-submit]');
    await adminPage.waitForURL(/\/admin\/orders$/);
    const row = adminPage.locator(`[data-test=admin-orders] tr[data-number="${orderNumber}"]`);
    await row.waitFor();
    for (const status of ['confirmed', 'packed', 'shipped']) {
      await row.locator('[data-test=advance-order]').click();
      await row.locator(`.status-pill[data-status="${status}"]`).waitFor();
    }
    await snap(adminPage, J, '05-admin-shipped');

    await customer.goto(`/orders/${orderNumber}`);
    await customer.waitForSelector('[data-test=order][data-status=shipped]');
    expect(await statusText(customer)).toBe('পাঠানো হয়েছে');
    expect(await customer.getAttribute('[data-test=order-timeline] [aria-current=step]', 'data-status')).toBe(
      'shipped',
    );
    await snap(customer, J, '06-tracking-shipped');
  });
});
