import type { CustomerRecord } from './customer.repository';
import type { CustomerView } from './customer.schemas';

export function toCustomerView(customer: CustomerRecord): CustomerView {
  return {
    id: customer.id,
    name: customer.name,
    email: customer.email,
    phone: customer.phone,
    role: customer.role,
    createdAt: customer.createdAt.toISOString(),
  };
}
