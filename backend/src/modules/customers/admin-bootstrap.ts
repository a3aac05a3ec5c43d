import type { AppDeps } from '../../deps';
import { hashPassword } from '../../lib/passwords';
import { Customer } from './customer.models';

/**
 * Creates the first administrator from ADMIN_EMAIL / ADMIN_PASSWORD. An existing account
 * with that e-mail is promoted, and its password is left alone.
 */
export async function ensureAdmin(
  deps: Pick<AppDeps, 'logger'>,
  admin: { email: string; password: string },
): Promise<void> {
  const email = admin.email.toLowerCase();
  const existing = await Customer.findOne({ where: { email } });
  if (existing) {
    if (existing.role !== 'admin') {
      await existing.update({ role: 'admin' });
      deps.logger.info({ email }, 'existing account promoted to admin');
    }
    return;
  }
  await Customer.create({
    email,
    name: 'Administrator',
    phone: null,
    passwordHash: await hashPassword(admin.password),
    role: 'admin',
  });
  deps.logger.info({ email }, 'first admin account created');
}
