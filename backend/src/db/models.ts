import type { Sequelize } from 'sequelize';
import { initCartModels } from '../modules/cart/cart.models';
import { initCatalogModels } from '../modules/catalog/catalog.models';
import { initCustomerModels } from '../modules/customers/customer.models';
import { initOrderModels } from '../modules/orders/order.models';

/** Binds every model to `sequelize`. Order matters: later modules reference earlier ones. */
export function initModels(sequelize: Sequelize): void {
  initCatalogModels(sequelize);
  initCustomerModels(sequelize);
  initCartModels(sequelize);
  initOrderModels(sequelize);
}
