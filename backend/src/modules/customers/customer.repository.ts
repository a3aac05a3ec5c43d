import { UniqueConstraintError } from 'sequelize';
import type { Role } from '../../lib/tokens';
import type { Customer } from './customer.models';

export interface CustomerRecord {
  id: number;
  email: string;
  name: string;
  phone: string | null;
  passwordHash: string;
  role: Role;
  createdAt: Date;
}

/** Thrown when an account with the e-mail exists already; nothing was written. */
export class EmailTaken extends Error {}

function record(customer: Customer): CustomerRecord {
  const { id, email, name, phone, passwordHash, role, createdAt } = customer.get({ plain: true });
  return { id, email, name, phone, passwordHash, role, createdAt };
}

/** Customer accounts. */
export class CustomerRepository {
  constructor(private readonly models: { Customer: typeof Customer }) {}

  async create(account: {
    name: string;
    email: string;
    phone: string | null;
    passwordHash: string;
    role?: Role;
  }): Promise<CustomerRecord> {
    try {
      return record(await this.models.Customer.create(account));
    } catch (error) {
      if (error instanceof UniqueConstraintError) throw new EmailTaken();
      throw error;
    }
  }

  async byEmail(email: string): Promise<CustomerRecord | undefined> {
    const customer = await this.models.Customer.findOne({ where: { email } });
    return customer ? record(customer) : undefined;
  }

  async byId(id: number): Promise<CustomerRecord | undefined> {
    const customer = await this.models.Customer.findByPk(id);
    return customer ? record(customer) : undefined;
  }

  /** Changes the given fields; undefined when there is no such account. */
  async update(
    id: number,
    changes: Partial<Pick<CustomerRecord, 'name' | 'phone' | 'role'>>,
  ): Promise<CustomerRecord | undefined> {
    const customer = await this.models.Customer.findByPk(id);
    if (!customer) return undefined;
    return record(await customer.update(changes));
  }
}
