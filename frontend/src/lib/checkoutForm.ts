import type { CheckoutInput, PaymentMethod } from '../api/types';
import { normalizeBdPhone, phoneProblem } from './phone';

export interface CheckoutForm {
  name: string;
  phone: string;
  email: string;
  area: string;
  address: string;
  notes: string;
  paymentMethod: PaymentMethod;
}

export type CheckoutField = keyof CheckoutForm;
/** i18n keys of the problems, per field. */
export type CheckoutErrors = Partial<Record<CheckoutField, string>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateField(form: CheckoutForm, field: CheckoutField): string | undefined {
  switch (field) {
    case 'name':
      return form.name.trim().length < 2 ? 'checkout.nameShort' : undefined;
    case 'phone': {
      const problem = phoneProblem(form.phone);
      return problem === 'required'
        ? 'checkout.phoneRequired'
        : problem
          ? 'checkout.phoneInvalid'
          : undefined;
    }
    case 'email':
      return form.email.trim() && !EMAIL.test(form.email.trim()) ? 'checkout.emailInvalid' : undefined;
    case 'area':
      return form.area ? undefined : 'checkout.required';
    case 'address':
      return form.address.trim().length < 5 ? 'checkout.addressShort' : undefined;
    default:
      return undefined;
  }
}

export function validateCheckout(form: CheckoutForm): CheckoutErrors {
  const errors: CheckoutErrors = {};
  for (const field of ['name', 'phone', 'email', 'area', 'address'] as const) {
    const problem = validateField(form, field);
    if (problem) errors[field] = problem;
  }
  return errors;
}

export function checkoutInputOf(cartId: string, form: CheckoutForm): CheckoutInput {
  const email = form.email.trim();
  const notes = form.notes.trim();
  return {
    cartId,
    customer: {
      name: form.name.trim(),
      phone: normalizeBdPhone(form.phone) ?? form.phone.trim(),
      ...(email ? { email } : {}),
    },
    delivery: {
      // Chosen from GET /delivery-areas; the API refuses a code it does not know.
      area: form.area as CheckoutInput['delivery']['area'],
      address: form.address.trim(),
      ...(notes ? { notes } : {}),
    },
    paymentMethod: form.paymentMethod,
  };
}

/** Maps the API's field paths ("body.customer.phone") to the form's fields. */
export function fieldOfApiPath(path: string): CheckoutField | null {
  const last = path.split('.').pop() ?? '';
  const known: CheckoutField[] = ['name', 'phone', 'email', 'area', 'address', 'notes', 'paymentMethod'];
  return (known as string[]).includes(last) ? (last as CheckoutField) : null;
}
