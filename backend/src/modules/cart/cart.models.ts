import {
  DataTypes,
  Model,
  type CreationOptional,
  type InferAttributes,
  type InferCreationAttributes,
  type NonAttribute,
  type Sequelize,
} from 'sequelize';
import { Product } from '../catalog/catalog.models';

export type CartStatus = 'open' | 'ordered';

export class Cart extends Model<InferAttributes<Cart>, InferCreationAttributes<Cart>> {
  /** An unguessable random token (not a sequence): knowing it is what grants access. */
  declare id: string;
  declare customerId: number | null;
  declare status: CreationOptional<CartStatus>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
  declare lines?: NonAttribute<CartLine[]>;
}

export class CartLine extends Model<InferAttributes<CartLine>, InferCreationAttributes<CartLine>> {
  declare cartId: string;
  declare productId: number;
  declare quantity: number;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
  declare product?: NonAttribute<Product>;
}

export function initCartModels(sequelize: Sequelize) {
  Cart.init(
    {
      id: { type: DataTypes.TEXT, primaryKey: true },
      customerId: { type: DataTypes.INTEGER },
      status: { type: DataTypes.ENUM('open', 'ordered'), allowNull: false, defaultValue: 'open' },
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    { sequelize, underscored: true, tableName: 'carts' },
  );
  CartLine.init(
    {
      cartId: { type: DataTypes.TEXT, primaryKey: true },
      productId: { type: DataTypes.INTEGER, primaryKey: true },
      quantity: { type: DataTypes.INTEGER, allowNull: false },
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    { sequelize, underscored: true, tableName: 'cart_lines' },
  );
  Cart.hasMany(CartLine, { foreignKey: 'cartId', as: 'lines' });
  CartLine.belongsTo(Cart, { foreignKey: 'cartId' });
  CartLine.belongsTo(Product, { foreignKey: 'productId', as: 'product' });
}
