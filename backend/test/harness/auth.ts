import { randomBytes } from 'node:crypto';
import { Customer } from '../../src/modules/customers/customer.models';
import { TEST_ADMIN, type TestContext } from './context';

/** A bearer token of the test admin (TEST_ADMIN), minted directly. */
export async function adminToken(ctx: TestContext): Promise<string> {
  const admin = await Customer.findOne({ where: { email: TEST_ADMIN.email } });
  if (!admin) throw new Error('the test admin does not exist: createTestContext() creates it');
  return ctx.deps.tokens.issue({ customerId: admin.id, role: 'admin' });
}

/** A bearer token of a fresh customer account, created directly in the database. */
export async function customerToken(ctx: TestContext): Promise<string> {
  const customer = await Customer.create({
    email: `customer-${randomBytes(4).toString('hex')}@test.dhakacart.invalid`,
    name: 'Test Customer',
    phone: null,
    passwordHash: 'not-a-real-hash',
    role: 'customer',
  });
  return ctx.deps.tokens.issue({ customerId: customer.id, role: 'customer' });
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
