import { UniqueConstraintError, type Transaction } from 'sequelize';
import type { AppDeps } from '../../deps';
import { HttpProblem, notFound } from '../../lib/problem';
import { invalidateCatalog } from './catalog.cache';
import {
  Category,
  Product,
  ProductImage,
  StockMovement,
  type ProductStatus,
} from './catalog.models';
import { pageMeta } from '../../http/envelope';
import { IMAGE_SIZE } from './product-image.svg';
import { generatedImageUrl, slugify } from './slug';
import { findAdminProduct, findAdminProductPage } from './admin-products.repository';
import type {
  AdminProduct,
  AdminProductListQuery,
  CreateProductBody,
  UpdateProductBody,
} from './admin-products.schemas';
import { toAdminProduct } from './admin-products.view';

export type AdminDeps = Pick<AppDeps, 'sequelize' | 'catalogCache' | 'logger'>;

export async function listAdminProducts(deps: AdminDeps, query: AdminProductListQuery) {
  const { rows, total } = await findAdminProductPage(deps.sequelize, query);
  return { data: rows.map(toAdminProduct), meta: pageMeta(query.page, query.pageSize, total) };
}

export async function getAdminProduct(deps: AdminDeps, id: number): Promise<AdminProduct> {
  const row = await findAdminProduct(deps.sequelize, id);
  if (!row) throw notFound('Product');
  return toAdminProduct(row);
}

export async function createProduct(deps: AdminDeps, body: CreateProductBody, actorId: number) {
  const categoryId = await requireCategoryId(body.categorySlug);
  const slug = body.slug ?? slugify(body.name);
  if (!slug)
    throw invalidField('body.slug', 'the name has no Latin letters to make a slug from; send a slug');
  const stock = body.stock ?? 0;
  const id = await writeUniqueSlug(slug, () =>
    deps.sequelize.transaction(async (transaction) => {
      const product = await Product.create(
        {
          slug,
          name: body.name,
          nameBn: body.nameBn ?? null,
          description: body.description,
          categoryId,
          pricePaisa: body.pricePaisa,
          stock,
        },
        { transaction },
      );
      await setMainImage(product.id, body.imageUrl ?? generatedImageUrl(slug), body.name, transaction);
      if (stock > 0) {
        const opening = {
          kind: 'initial' as const,
          delta: stock,
          stockAfter: stock,
          reason: 'Opening stock',
        };
        await StockMovement.create(
          { productId: product.id, ...opening, orderId: null, actorId },
          { transaction },
        );
      }
      return product.id;
    }),
  );
  await invalidateCatalog(deps);
  return getAdminProduct(deps, id);
}

export async function updateProduct(deps: AdminDeps, id: number, body: UpdateProductBody) {
  const product = await Product.findByPk(id);
  if (!product) throw notFound('Product');
  const categoryId = body.categorySlug ? await requireCategoryId(body.categorySlug) : undefined;
  const oldSlug = product.slug;
  await writeUniqueSlug(body.slug ?? oldSlug, () =>
    deps.sequelize.transaction(async (transaction) => {
      product.set({
        ...(body.name !== undefined && { name: body.name }),
        ...(body.nameBn !== undefined && { nameBn: body.nameBn }),
        ...(body.slug !== undefined && { slug: body.slug }),
        ...(body.description !== undefined && { description: body.description }),
        ...(body.pricePaisa !== undefined && { pricePaisa: body.pricePaisa }),
        ...(categoryId !== undefined && { categoryId }),
      });
      await product.save({ transaction });
      const image = await ProductImage.findOne({ where: { productId: id, position: 0 }, transaction });
      // A generated image follows its product's slug; an uploaded one stays until replaced.
      const generated = !image || image.url === generatedImageUrl(oldSlug);
      const url = body.imageUrl ?? (generated ? generatedImageUrl(product.slug) : image.url);
      await setMainImage(id, url, product.name, transaction);
    }),
  );
  await invalidateCatalog(deps);
  return getAdminProduct(deps, id);
}

export async function setProductStatus(deps: AdminDeps, id: number, status: ProductStatus) {
  const [count] = await Product.update({ status }, { where: { id } });
  if (count === 0) throw notFound('Product');
  await invalidateCatalog(deps);
  return getAdminProduct(deps, id);
}

async function requireCategoryId(slug: string): Promise<number> {
  const category = await Category.findOne({ where: { slug }, attributes: ['id'] });
  if (!category) throw invalidField('body.categorySlug', `no category has the slug "${slug}"`);
  return category.id;
}

function invalidField(field: string, message: string): HttpProblem {
  return new HttpProblem('validation-error', '1 field is invalid', { errors: [{ field, message }] });
}

async function writeUniqueSlug<T>(slug: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof UniqueConstraintError) {
      throw new HttpProblem('conflict', `Another product already has the slug "${slug}"`, {
        field: 'body.slug',
      });
    }
    throw error;
  }
}

async function setMainImage(productId: number, url: string, alt: string, transaction: Transaction) {
  const size = { width: IMAGE_SIZE, height: IMAGE_SIZE };
  const [count] = await ProductImage.update(
    { url, alt, ...size },
    { where: { productId, position: 0 }, transaction },
  );
  if (count === 0) await ProductImage.create({ productId, url, alt, ...size, position: 0 }, { transaction });
}
