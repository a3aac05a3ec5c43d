import {
  DataTypes,
  Model,
  type CreationOptional,
  type ForeignKey,
  type InferAttributes,
  type InferCreationAttributes,
  type NonAttribute,
  type Sequelize,
} from 'sequelize';

export class Category extends Model<InferAttributes<Category>, InferCreationAttributes<Category>> {
  declare id: CreationOptional<number>;
  declare slug: string;
  declare name: string;
  declare nameBn: string | null;
  declare sortOrder: CreationOptional<number>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

export type ProductStatus = 'active' | 'archived';

export class Product extends Model<InferAttributes<Product>, InferCreationAttributes<Product>> {
  declare id: CreationOptional<number>;
  declare slug: string;
  declare name: string;
  declare nameBn: string | null;
  declare description: string;
  declare categoryId: ForeignKey<Category['id']>;
  declare pricePaisa: number;
  declare stock: CreationOptional<number>;
  declare status: CreationOptional<ProductStatus>;
  declare unitsSold: CreationOptional<number>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
  declare category?: NonAttribute<Category>;
  declare images?: NonAttribute<ProductImage[]>;
}

export class ProductImage extends Model<
  InferAttributes<ProductImage>,
  InferCreationAttributes<ProductImage>
> {
  declare id: CreationOptional<number>;
  declare productId: ForeignKey<Product['id']>;
  declare url: string;
  declare alt: string;
  declare width: number;
  declare height: number;
  declare position: CreationOptional<number>;
}

export type StockMovementKind = 'initial' | 'adjustment' | 'order' | 'cancellation';

/** The audit trail of every change of stock. */
export class StockMovement extends Model<
  InferAttributes<StockMovement>,
  InferCreationAttributes<StockMovement>
> {
  declare id: CreationOptional<number>;
  declare productId: number;
  declare kind: StockMovementKind;
  declare delta: number;
  declare stockAfter: number;
  declare reason: string;
  declare orderId: number | null;
  declare actorId: number | null;
  declare createdAt: CreationOptional<Date>;
}

export function initCatalogModels(sequelize: Sequelize) {
  const common = { sequelize, underscored: true };
  Category.init(
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      slug: { type: DataTypes.TEXT, allowNull: false, unique: true },
      name: { type: DataTypes.TEXT, allowNull: false },
      nameBn: { type: DataTypes.TEXT },
      sortOrder: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    { ...common, tableName: 'categories' },
  );
  Product.init(
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      slug: { type: DataTypes.TEXT, allowNull: false, unique: true },
      name: { type: DataTypes.TEXT, allowNull: false },
      nameBn: { type: DataTypes.TEXT },
      description: { type: DataTypes.TEXT, allowNull: false, defaultValue: '' },
      pricePaisa: { type: DataTypes.INTEGER, allowNull: false },
      stock: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      status: { type: DataTypes.ENUM('active', 'archived'), allowNull: false, defaultValue: 'active' },
      unitsSold: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    { ...common, tableName: 'products' },
  );
  ProductImage.init(
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      url: { type: DataTypes.TEXT, allowNull: false },
      alt: { type: DataTypes.TEXT, allowNull: false, defaultValue: '' },
      width: { type: DataTypes.INTEGER, allowNull: false },
      height: { type: DataTypes.INTEGER, allowNull: false },
      position: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    },
    { ...common, tableName: 'product_images', timestamps: false },
  );
  StockMovement.init(
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      productId: { type: DataTypes.INTEGER, allowNull: false },
      kind: { type: DataTypes.ENUM('initial', 'adjustment', 'order', 'cancellation'), allowNull: false },
      delta: { type: DataTypes.INTEGER, allowNull: false },
      stockAfter: { type: DataTypes.INTEGER, allowNull: false },
      reason: { type: DataTypes.TEXT, allowNull: false },
      orderId: { type: DataTypes.INTEGER },
      actorId: { type: DataTypes.INTEGER },
      createdAt: DataTypes.DATE,
    },
    { ...common, tableName: 'stock_movements', updatedAt: false },
  );
  Category.hasMany(Product, { foreignKey: 'categoryId', as: 'products' });
  Product.belongsTo(Category, { foreignKey: 'categoryId', as: 'category' });
  Product.hasMany(ProductImage, { foreignKey: 'productId', as: 'images' });
  ProductImage.belongsTo(Product, { foreignKey: 'productId' });
}
