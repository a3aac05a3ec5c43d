import type { AppDeps } from '../../deps';
import { hashPassword } from '../../lib/passwords';

/**
 * Creates the first administrator from ADMIN_EMAIL / ADMIN_PASSWORD. An existing account
 * with that e-mail is promoted, and its password is left alone.
 */
export async function ensureAdmin(
  deps: Pick<AppDeps, 'logger' | 'repositories'>,
  admin: { email: string; password: string },
): Promise<void> {
  const email = admin.email.toLowerCase();
  const customers = deps.repositories.customers;
  const existing = await customers.byEmail(email);
  if (existing) {
    if (existing.role !== 'admin') {
      await customers.update(existing.id, { role: 'admin' });
      deps.logger.info({ email }, 'existing account promoted to admin');
    }
    return;
  }
  await customers.create({
    email,
    name: 'Administrator',
    phone: null,
    passwordHash: await hashPassword(admin.password),
    role: 'admin',
  });
  deps.logger.info({ email }, 'first admin account created');
}
