import { QueryTypes, UniqueConstraintError, type Sequelize, type Transaction } from 'sequelize';
import { SqlParams } from '../../lib/sql-params';
import type { Category, Product, ProductImage, StockMovement } from './catalog.models';
import { searchTerms } from './catalog.search';
import { inSearchTransaction, searchSql } from './search.sql';
import type { AdminProductListQuery, ProductStatus } from './admin-products.schemas';
import { DETAIL_COLUMNS, SUMMARY_COLUMNS, SUMMARY_FROM, type ProductDetailRecord } from './product.sql';

export interface AdminProductRecord extends ProductDetailRecord {
  status: ProductStatus;
  unitsSold: number;
  updatedAt: Date;
}

export interface StockMovementRecord {
  id: number;
  kind: 'initial' | 'adjustment' | 'order' | 'cancellation';
  delta: number;
  stockAfter: number;
  reason: string;
  orderId: number | null;
  actorId: number | null;
  createdAt: Date;
}

/** The fields of a product the back office writes (stock only through movements). */
export interface ProductFields {
  slug: string;
  name: string;
  nameBn: string | null;
  description: string;
  categoryId: number;
  pricePaisa: number;
}

/** The picture in position 0; its alt text is the product's name. */
export interface MainImage {
  url: string;
  alt: string;
  width: number;
  height: number;
}

/** Thrown when another product already has the slug; nothing was written. */
export class SlugTaken extends Error {}

const ADMIN_COLUMNS = `${SUMMARY_COLUMNS}, ${DETAIL_COLUMNS}, p.status, p.units_sold AS "unitsSold",
  p.updated_at AS "updatedAt"`;
const MOVEMENT_COLUMNS = `id, kind, delta, stock_after AS "stockAfter", reason, order_id AS "orderId",
  actor_id AS "actorId", created_at AS "createdAt"`;

export interface AdminProductModels {
  Category: typeof Category;
  Product: typeof Product;
  ProductImage: typeof ProductImage;
  StockMovement: typeof StockMovement;
}

/** The back office's reads and writes of products, in any status (never cached). */
export class AdminProductRepository {
  constructor(
    private readonly sequelize: Sequelize,
    private readonly models: AdminProductModels,
  ) {}

  /** Newest first. */
  async page(query: AdminProductListQuery): Promise<{ rows: AdminProductRecord[]; total: number }> {
    const params = new SqlParams();
    const where = ['true'];
    if (query.status) where.push(`p.status = ${params.add(query.status)}`);
    if (query.category) where.push(`c.slug = ${params.add(query.category)}`);
    const terms = query.q ? searchTerms(query.q) : [];
    if (terms.length > 0) where.push(searchSql(terms, params).where);
    const filter = where.join(' AND ');
    const sequelize = this.sequelize;
    return inSearchTransaction(sequelize, terms.length > 0, async (transaction) => {
      const [count] = await sequelize.query<{ total: number }>(
        `SELECT count(*)::int AS total FROM ${SUMMARY_FROM} WHERE ${filter}`,
        { type: QueryTypes.SELECT, bind: params.values, transaction },
      );
      const rows = await sequelize.query<AdminProductRecord>(
        `SELECT ${ADMIN_COLUMNS} FROM ${SUMMARY_FROM} WHERE ${filter} ORDER BY p.id DESC
         LIMIT ${params.add(query.pageSize)} OFFSET ${params.add((query.page - 1) * query.pageSize)}`,
        { type: QueryTypes.SELECT, bind: params.values, transaction },
      );
      return { rows, total: count?.total ?? 0 };
    });
  }

  async byId(id: number): Promise<AdminProductRecord | undefined> {
    const [row] = await this.sequelize.query<AdminProductRecord>(
      `SELECT ${ADMIN_COLUMNS} FROM ${SUMMARY_FROM} WHERE p.id = $1`,
      { type: QueryTypes.SELECT, bind: [id] },
    );
    return row;
  }

  async categoryId(slug: string): Promise<number | undefined> {
    const category = await this.models.Category.findOne({ where: { slug }, attributes: ['id'] });
    return category?.id;
  }

  /** The product, its main image and its opening stock movement (when it has stock), in one transaction. */
  async create(
    fields: ProductFields & { stock: number },
    image: MainImage,
    actorId: number,
  ): Promise<number> {
    const { Product, StockMovement } = this.models;
    return this.uniqueSlug(() =>
      this.sequelize.transaction(async (transaction) => {
        const product = await Product.create(fields, { transaction });
        await this.setMainImage(product.id, image, transaction);
        if (fields.stock > 0) {
          await StockMovement.create(
            {
              productId: product.id,
              kind: 'initial',
              delta: fields.stock,
              stockAfter: fields.stock,
              reason: 'Opening stock',
              orderId: null,
              actorId,
            },
            { transaction },
          );
        }
        return product.id;
      }),
    );
  }

  /** Changes the given fields and sets the main image, in one transaction. False when there is no such product. */
  async update(id: number, changes: Partial<ProductFields>, image: MainImage): Promise<boolean> {
    return this.uniqueSlug(() =>
      this.sequelize.transaction(async (transaction) => {
        const product = await this.models.Product.findByPk(id, { transaction });
        if (!product) return false;
        product.set(changes);
        await product.save({ transaction });
        await this.setMainImage(id, image, transaction);
        return true;
      }),
    );
  }

  /** False when there is no such product. */
  async setStatus(id: number, status: ProductStatus): Promise<boolean> {
    const [count] = await this.models.Product.update({ status }, { where: { id } });
    return count > 0;
  }

  /**
   * Changes stock by `delta` and records the movement, in one statement: the row lock of the
   * UPDATE orders concurrent adjustments, and the WHERE refuses any that would go below zero.
   * Returns undefined when nothing changed (no such product, or not enough stock).
   */
  async adjustStock(change: {
    productId: number;
    delta: number;
    reason: string;
    actorId: number | null;
  }): Promise<StockMovementRecord | undefined> {
    const [movement] = await this.sequelize.query<StockMovementRecord>(
      `WITH updated AS (
         UPDATE products SET stock = stock + $2, updated_at = now()
         WHERE id = $1 AND stock + $2 >= 0
         RETURNING id, stock
       )
       INSERT INTO stock_movements (product_id, kind, delta, stock_after, reason, actor_id)
       SELECT id, 'adjustment', $2, stock, $3, $4 FROM updated
       RETURNING ${MOVEMENT_COLUMNS}`,
      {
        type: QueryTypes.SELECT,
        bind: [change.productId, change.delta, change.reason, change.actorId],
      },
    );
    return movement;
  }

  /** Newest first. */
  stockMovements(productId: number): Promise<StockMovementRecord[]> {
    return this.sequelize.query<StockMovementRecord>(
      `SELECT ${MOVEMENT_COLUMNS} FROM stock_movements WHERE product_id = $1 ORDER BY id DESC LIMIT 500`,
      { type: QueryTypes.SELECT, bind: [productId] },
    );
  }

  private async uniqueSlug<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (error instanceof UniqueConstraintError) throw new SlugTaken();
      throw error;
    }
  }

  private async setMainImage(productId: number, image: MainImage, transaction: Transaction) {
    const { ProductImage } = this.models;
    const [count] = await ProductImage.update(image, { where: { productId, position: 0 }, transaction });
    if (count === 0) await ProductImage.create({ productId, ...image, position: 0 }, { transaction });
  }
}
