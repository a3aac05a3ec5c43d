import type { Sequelize } from 'sequelize';
import { initModels } from './db/models';
import { sequelizeTransactions, type Transactions } from './lib/transactions';
import { CartRepository } from './modules/cart';
import { AdminProductRepository, CatalogRepository } from './modules/catalog';
import { CustomerRepository, RefreshTokenRepository } from './modules/customers';
import { HealthRepository } from './modules/health';
import { LegacyCatalogRepository } from './modules/legacy';
import {
  CheckoutRepository,
  IdempotencyKeyRepository,
  OrderRepository,
  OrderStatusRepository,
} from './modules/orders';

/** Every repository, built once per process over one Sequelize instance; services reach the database only through them. */
export interface Repositories {
  /** Transactions that span repositories (checkout, status changes); services hold only the opaque `Tx`. */
  transactions: Transactions;
  catalog: CatalogRepository;
  adminProducts: AdminProductRepository;
  carts: CartRepository;
  customers: CustomerRepository;
  refreshTokens: RefreshTokenRepository;
  orders: OrderRepository;
  orderStatuses: OrderStatusRepository;
  checkout: CheckoutRepository;
  idempotencyKeys: IdempotencyKeyRepository;
  legacyCatalog: LegacyCatalogRepository;
  health: HealthRepository;
}

/** Binds the models to `sequelize` and builds the repositories on them. */
export function createRepositories(sequelize: Sequelize): Repositories {
  const models = initModels(sequelize);
  return {
    transactions: sequelizeTransactions(sequelize),
    catalog: new CatalogRepository(sequelize),
    adminProducts: new AdminProductRepository(sequelize, models),
    carts: new CartRepository(sequelize),
    customers: new CustomerRepository(models),
    refreshTokens: new RefreshTokenRepository(sequelize),
    orders: new OrderRepository(sequelize, models),
    orderStatuses: new OrderStatusRepository(sequelize),
    checkout: new CheckoutRepository(sequelize),
    idempotencyKeys: new IdempotencyKeyRepository(sequelize),
    legacyCatalog: new LegacyCatalogRepository(sequelize),
    health: new HealthRepository(sequelize),
  };
}
