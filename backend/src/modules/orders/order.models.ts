import {
  DataTypes,
  Model,
  type CreationOptional,
  type InferAttributes,
  type InferCreationAttributes,
  type NonAttribute,
  type Sequelize,
} from 'sequelize';

import { ORDER_STATUSES, type OrderStatus } from './order-status';
import { PAYMENT_METHODS, PAYMENT_STATUSES, type PaymentMethod, type PaymentStatus } from './payments';

export type { OrderStatus, PaymentMethod, PaymentStatus };

export class Order extends Model<InferAttributes<Order>, InferCreationAttributes<Order>> {
  declare id: CreationOptional<number>;
  declare number: string;
  declare customerId: number | null;
  declare status: CreationOptional<OrderStatus>;
  declare paymentMethod: PaymentMethod;
  declare paymentStatus: CreationOptional<PaymentStatus>;
  declare paymentReference: string | null;
  declare customerName: string;
  declare customerPhone: string;
  declare customerEmail: string | null;
  declare deliveryArea: string;
  declare deliveryAddress: string;
  declare deliveryNotes: string | null;
  declare subtotalPaisa: number;
  declare deliveryFeePaisa: number;
  declare totalPaisa: number;
  /** SHA-256 of the access token handed to the buyer at checkout. */
  declare accessTokenHash: string;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
  declare lines?: NonAttribute<OrderLine[]>;
  declare history?: NonAttribute<OrderStatusHistory[]>;
}

/** Prices are snapshots taken at checkout; later catalog changes don't alter orders. */
export class OrderLine extends Model<InferAttributes<OrderLine>, InferCreationAttributes<OrderLine>> {
  declare id: CreationOptional<number>;
  declare orderId: number;
  declare productId: number;
  declare productName: string;
  declare productSlug: string;
  declare unitPricePaisa: number;
  declare quantity: number;
  declare lineTotalPaisa: number;
}

export class OrderStatusHistory extends Model<
  InferAttributes<OrderStatusHistory>,
  InferCreationAttributes<OrderStatusHistory>
> {
  declare id: CreationOptional<number>;
  declare orderId: number;
  declare status: OrderStatus;
  declare note: string | null;
  declare actorId: number | null;
  declare createdAt: CreationOptional<Date>;
}

export class IdempotencyKey extends Model<
  InferAttributes<IdempotencyKey>,
  InferCreationAttributes<IdempotencyKey>
> {
  declare scope: string;
  declare key: string;
  declare requestHash: string;
  declare orderId: number | null;
  declare createdAt: CreationOptional<Date>;
}

export function initOrderModels(sequelize: Sequelize) {
  const common = { sequelize, underscored: true };
  Order.init(
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      number: { type: DataTypes.TEXT, allowNull: false, unique: true },
      customerId: { type: DataTypes.INTEGER },
      status: { type: DataTypes.ENUM(...ORDER_STATUSES), allowNull: false, defaultValue: 'pending' },
      paymentMethod: { type: DataTypes.ENUM(...PAYMENT_METHODS), allowNull: false },
      paymentStatus: { type: DataTypes.ENUM(...PAYMENT_STATUSES), allowNull: false, defaultValue: 'pending' },
      paymentReference: { type: DataTypes.TEXT },
      customerName: { type: DataTypes.TEXT, allowNull: false },
      customerPhone: { type: DataTypes.TEXT, allowNull: false },
      customerEmail: { type: DataTypes.TEXT },
      deliveryArea: { type: DataTypes.TEXT, allowNull: false },
      deliveryAddress: { type: DataTypes.TEXT, allowNull: false },
      deliveryNotes: { type: DataTypes.TEXT },
      subtotalPaisa: { type: DataTypes.INTEGER, allowNull: false },
      deliveryFeePaisa: { type: DataTypes.INTEGER, allowNull: false },
      totalPaisa: { type: DataTypes.INTEGER, allowNull: false },
      accessTokenHash: { type: DataTypes.TEXT, allowNull: false },
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    { ...common, tableName: 'orders' },
  );
  OrderLine.init(
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      orderId: { type: DataTypes.INTEGER, allowNull: false },
      productId: { type: DataTypes.INTEGER, allowNull: false },
      productName: { type: DataTypes.TEXT, allowNull: false },
      productSlug: { type: DataTypes.TEXT, allowNull: false },
      unitPricePaisa: { type: DataTypes.INTEGER, allowNull: false },
      quantity: { type: DataTypes.INTEGER, allowNull: false },
      lineTotalPaisa: { type: DataTypes.INTEGER, allowNull: false },
    },
    { ...common, tableName: 'order_lines', timestamps: false },
  );
  OrderStatusHistory.init(
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      orderId: { type: DataTypes.INTEGER, allowNull: false },
      status: { type: DataTypes.ENUM(...ORDER_STATUSES), allowNull: false },
      note: { type: DataTypes.TEXT },
      actorId: { type: DataTypes.INTEGER },
      createdAt: DataTypes.DATE,
    },
    { ...common, tableName: 'order_status_history', updatedAt: false },
  );
  IdempotencyKey.init(
    {
      scope: { type: DataTypes.TEXT, primaryKey: true },
      key: { type: DataTypes.TEXT, primaryKey: true },
      requestHash: { type: DataTypes.TEXT, allowNull: false },
      orderId: { type: DataTypes.INTEGER },
      createdAt: DataTypes.DATE,
    },
    { ...common, tableName: 'idempotency_keys', updatedAt: false },
  );
  Order.hasMany(OrderLine, { foreignKey: 'orderId', as: 'lines' });
  Order.hasMany(OrderStatusHistory, { foreignKey: 'orderId', as: 'history' });
}
