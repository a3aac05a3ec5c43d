import { describe, expect, it } from 'vitest';
import type { Order } from '../api/types';
import { mountApp } from '../test/mountApp';
import OrderTimeline from './OrderTimeline.vue';

function order(status: Order['status'], history: Order['history']): Order {
  return {
    number: 'DC-2026-000001',
    status,
    lines: [],
    subtotalPaisa: 0,
    deliveryFeePaisa: 0,
    totalPaisa: 0,
    paymentMethod: 'cash_on_delivery',
    paymentStatus: 'pending',
    customer: { name: 'Rahim', phone: '+8801712345678', email: null },
    delivery: { area: 'dhanmondi', areaName: 'Dhanmondi', address: 'Road 5', notes: null },
    history,
    createdAt: '2026-01-01T00:00:00Z',
  };
}

describe('OrderTimeline', () => {
  it('when an order is shipped, then the steps up to shipped are done and shipped is current', async () => {
    const { wrapper } = await mountApp(OrderTimeline, {
      locale: 'en',
      props: {
        order: order('shipped', [
          { status: 'pending', at: '2026-01-01T10:00:00Z', note: null },
          { status: 'confirmed', at: '2026-01-01T11:00:00Z', note: null },
          { status: 'packed', at: '2026-01-01T12:00:00Z', note: null },
          { status: 'shipped', at: '2026-01-01T13:00:00Z', note: null },
        ]),
      },
    });
    const steps = wrapper.findAll('li');
    expect(steps.map((s) => s.attributes('data-status'))).toEqual([
      'pending',
      'confirmed',
      'packed',
      'shipped',
      'delivered',
    ]);
    expect(steps.filter((s) => s.classes('timeline__step--done'))).toHaveLength(4);
    expect(wrapper.get('[aria-current=step]').text()).toContain('Shipped');
  });

  it('when an order is cancelled, then its real history is shown, ending in cancelled', async () => {
    const { wrapper } = await mountApp(OrderTimeline, {
      props: {
        order: order('cancelled', [
          { status: 'pending', at: '2026-01-01T10:00:00Z', note: null },
          { status: 'cancelled', at: '2026-01-01T10:30:00Z', note: null },
        ]),
      },
    });
    expect(wrapper.findAll('li').map((s) => s.attributes('data-status'))).toEqual(['pending', 'cancelled']);
    expect(wrapper.text()).toContain('বাতিল');
  });
});
