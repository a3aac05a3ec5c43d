import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Waits until the header's cart badge shows this many items (in either language's digits). */
export async function expectCartCount(page: Page, count: number): Promise<void> {
  const digits = new Intl.NumberFormat('bn-BD').format(count);
  await page.waitForFunction(
    ([en, bn]) => {
      const text = document.querySelector('[data-test=cart-count]')?.textContent?.trim();
      return text === en || text === bn;
    },
    [String(count), digits],
  );
}

export interface DeliveryDetails {
  name?: string;
  phone: string;
  address: string;
  payment?: 'cash_on_delivery' | 'bkash' | 'nagad';
}

/** Fills the checkout form like a customer: contact, the first Dhaka area, address, payment. */
export async function fillCheckout(page: Page, details: DeliveryDetails): Promise<void> {
  if (details.name !== undefined) await page.fill('#co-name', details.name);
  await page.fill('#co-phone', details.phone);
  await page.waitForFunction(
    () => ((document.querySelector('#co-area') as HTMLSelectElement | null)?.options.length ?? 0) > 1,
  );
  await page.selectOption('#co-area', { index: 1 });
  await page.fill('#co-address', details.address);
  await page.check(`[data-test=pay-${details.payment ?? 'cash_on_delivery'}]`);
}

/** Places the order and returns its number from the confirmation page. */
export async function placeOrder(page: Page): Promise<string> {
  await page.click('[data-test=place-order]');
  await page.waitForURL(/\/orders\/[^/?]+\?/);
  await page.waitForSelector('[data-test=order-success]');
  const number = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
  expect(number).toMatch(/^DC-/);
  return number;
}

export async function statusText(page: Page): Promise<string> {
  return (await page.textContent('[data-test=order-status]'))?.trim() ?? '';
}
