import type { Sequelize } from 'sequelize';
import { Cart, CartLine, initCartModels } from '../modules/cart/cart.models';
import {
  Category,
  initCatalogModels,
  Product,
  ProductImage,
  StockMovement,
} from '../modules/catalog/catalog.models';
import { Customer, initCustomerModels, RefreshToken } from '../modules/customers/customer.models';
import {
  IdempotencyKey,
  initOrderModels,
  Order,
  OrderLine,
  OrderStatusHistory,
} from '../modules/orders/order.models';

const models = {
  Category,
  Product,
  ProductImage,
  StockMovement,
  Customer,
  RefreshToken,
  Cart,
  CartLine,
  Order,
  OrderLine,
  OrderStatusHistory,
  IdempotencyKey,
};

/** Every model, bound to one Sequelize instance; repositories that use the ORM take it. */
export type Models = typeof models;

/** Binds every model to `sequelize`. Order matters: later modules reference earlier ones. */
export function initModels(sequelize: Sequelize): Models {
  initCatalogModels(sequelize);
  initCustomerModels(sequelize);
  initCartModels(sequelize);
  initOrderModels(sequelize);
  return models;
}
