import type { AppDeps } from '../../deps';
import { pageMeta } from '../../http/envelope';
import { HttpProblem, notFound } from '../../lib/problem';
import { SlugTaken, type MainImage } from './admin-products.repository';
import type {
  AdminProduct,
  AdminProductListQuery,
  CreateProductBody,
  ProductStatus,
  UpdateProductBody,
} from './admin-products.schemas';
import { toAdminProduct } from './admin-products.view';
import { invalidateCatalog } from './catalog.cache';
import { IMAGE_SIZE } from './product-image.svg';
import { generatedImageUrl, slugify } from './slug';

export type AdminDeps = Pick<AppDeps, 'repositories' | 'catalogCache' | 'logger'>;

export async function listAdminProducts(deps: AdminDeps, query: AdminProductListQuery) {
  const { rows, total } = await deps.repositories.adminProducts.page(query);
  return { data: rows.map(toAdminProduct), meta: pageMeta(query.page, query.pageSize, total) };
}

export async function getAdminProduct(deps: AdminDeps, id: number): Promise<AdminProduct> {
  const row = await deps.repositories.adminProducts.byId(id);
  if (!row) throw notFound('Product');
  return toAdminProduct(row);
}

export async function createProduct(deps: AdminDeps, body: CreateProductBody, actorId: number) {
  const categoryId = await requireCategoryId(deps, body.categorySlug);
  const slug = body.slug ?? slugify(body.name);
  if (!slug)
    throw invalidField('body.slug', 'the name has no Latin letters to make a slug from; send a slug');
  const id = await uniqueSlug(slug, () =>
    deps.repositories.adminProducts.create(
      {
        slug,
        name: body.name,
        nameBn: body.nameBn ?? null,
        description: body.description,
        categoryId,
        pricePaisa: body.pricePaisa,
        stock: body.stock ?? 0,
      },
      mainImage(body.imageUrl ?? generatedImageUrl(slug), body.name),
      actorId,
    ),
  );
  await invalidateCatalog(deps);
  return getAdminProduct(deps, id);
}

export async function updateProduct(deps: AdminDeps, id: number, body: UpdateProductBody) {
  const current = await deps.repositories.adminProducts.byId(id);
  if (!current) throw notFound('Product');
  const categoryId = body.categorySlug ? await requireCategoryId(deps, body.categorySlug) : undefined;
  const slug = body.slug ?? current.slug;
  // A generated image follows its product's slug; an uploaded one stays until replaced.
  const generated = current.imageUrl === null || current.imageUrl === generatedImageUrl(current.slug);
  const url = body.imageUrl ?? (generated ? generatedImageUrl(slug) : current.imageUrl!);
  const changes = {
    ...(body.name !== undefined && { name: body.name }),
    ...(body.nameBn !== undefined && { nameBn: body.nameBn }),
    ...(body.slug !== undefined && { slug: body.slug }),
    ...(body.description !== undefined && { description: body.description }),
    ...(body.pricePaisa !== undefined && { pricePaisa: body.pricePaisa }),
    ...(categoryId !== undefined && { categoryId }),
  };
  const updated = await uniqueSlug(slug, () =>
    deps.repositories.adminProducts.update(id, changes, mainImage(url, body.name ?? current.name)),
  );
  if (!updated) throw notFound('Product');
  await invalidateCatalog(deps);
  return getAdminProduct(deps, id);
}

export async function setProductStatus(deps: AdminDeps, id: number, status: ProductStatus) {
  if (!(await deps.repositories.adminProducts.setStatus(id, status))) throw notFound('Product');
  await invalidateCatalog(deps);
  return getAdminProduct(deps, id);
}

function mainImage(url: string, alt: string): MainImage {
  return { url, alt, width: IMAGE_SIZE, height: IMAGE_SIZE };
}

async function requireCategoryId(deps: AdminDeps, slug: string): Promise<number> {
  const id = await deps.repositories.adminProducts.categoryId(slug);
  if (id === undefined) throw invalidField('body.categorySlug', `no category has the slug "${slug}"`);
  return id;
}

function invalidField(field: string, message: string): HttpProblem {
  return new HttpProblem('validation-error', '1 field is invalid', { errors: [{ field, message }] });
}

async function uniqueSlug<T>(slug: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof SlugTaken) {
      throw new HttpProblem('conflict', `Another product already has the slug "${slug}"`, {
        field: 'body.slug',
      });
    }
    throw error;
  }
}
