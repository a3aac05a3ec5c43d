import { describe, expect, it } from 'vitest';
import { checkoutInputOf, fieldOfApiPath, validateCheckout, type CheckoutForm } from './checkoutForm';

const valid: CheckoutForm = {
  name: 'Rahim Uddin',
  phone: '01712345678',
  email: '',
  area: 'dhanmondi',
  address: 'House 12, Road 5',
  notes: '',
  paymentMethod: 'cash_on_delivery',
};

describe('checkout form', () => {
  it('when everything is filled in, then there are no errors', () => {
    expect(validateCheckout(valid)).toEqual({});
  });

  it('when fields are missing or wrong, then each gets its own message key', () => {
    expect(
      validateCheckout({ ...valid, name: '', phone: '123', email: 'x@', area: '', address: 'a' }),
    ).toEqual({
      name: 'checkout.nameShort',
      phone: 'checkout.phoneInvalid',
      email: 'checkout.emailInvalid',
      area: 'checkout.required',
      address: 'checkout.addressShort',
    });
  });

  it('when building the request, then the phone is normalised to +880 and empty optionals are left out', () => {
    expect(checkoutInputOf('cart-1', valid)).toEqual({
      cartId: 'cart-1',
      customer: { name: 'Rahim Uddin', phone: '+8801712345678' },
      delivery: { area: 'dhanmondi', address: 'House 12, Road 5' },
      paymentMethod: 'cash_on_delivery',
    });
  });

  it('when the API names a bad field by path, then it maps to the form field', () => {
    expect(fieldOfApiPath('body.customer.phone')).toBe('phone');
    expect(fieldOfApiPath('body.delivery.area')).toBe('area');
    expect(fieldOfApiPath('body.cartId')).toBeNull();
  });
});
