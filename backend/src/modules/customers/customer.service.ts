import type { AppDeps } from '../../deps';
import { HttpProblem } from '../../lib/problem';
import type { CustomerView } from './customer.schemas';
import { toCustomerView } from './customer.view';

type CustomerDeps = Pick<AppDeps, 'repositories'>;

const gone = () => new HttpProblem('unauthorized', 'This account no longer exists');

/** The signed-in customer; 401 when the account was deleted after the token was issued. */
export async function signedInCustomer(deps: CustomerDeps, customerId: number): Promise<CustomerView> {
  const customer = await deps.repositories.customers.byId(customerId);
  if (!customer) throw gone();
  return toCustomerView(customer);
}

/** Changes name and/or phone (null clears the phone). */
export async function updateProfile(
  deps: CustomerDeps,
  customerId: number,
  changes: { name?: string; phone?: string | null },
): Promise<CustomerView> {
  const customer = await deps.repositories.customers.update(customerId, {
    ...(changes.name !== undefined && { name: changes.name }),
    ...(changes.phone !== undefined && { phone: changes.phone }),
  });
  if (!customer) throw gone();
  return toCustomerView(customer);
}
