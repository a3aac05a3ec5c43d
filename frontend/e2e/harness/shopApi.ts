// Direct calls to the real API for arranging a journey (as the admin) and for checking
// what the storefront claims. The journeys themselves go through the browser.
export interface SeedProduct {
  id: number;
  slug: string;
  name: string;
  nameBn: string | null;
  stock: number;
  pricePaisa: number;
  category: { slug: string; name: string };
}

async function call<T>(baseUrl: string, path: string, init: RequestInit = {}, token?: string): Promise<T> {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    ...init,
    headers: {
      Accept: 'application/json',
      ...(init.body ? { 'Content-Type': 'application/json' } : {}),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(init.headers as Record<string, string> | undefined),
    },
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path} → ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

export class ShopApi {
  private token?: string;
  constructor(
    private readonly baseUrl: string,
    private readonly admin: { email: string; password: string },
  ) {}

  async inStockProducts(minStock = 3): Promise<SeedProduct[]> {
    const page = await call<{ data: SeedProduct[] }>(
      this.baseUrl,
      '/products?inStock=true&pageSize=100&sort=newest',
    );
    return page.data.filter((p) => p.stock >= minStock);
  }

  async product(slug: string): Promise<SeedProduct> {
    return (await call<{ data: SeedProduct }>(this.baseUrl, `/products/${slug}`)).data;
  }

  private async adminToken(): Promise<string> {
    if (!this.token) {
      const session = await call<{ data: { accessToken: string } }>(this.baseUrl, '/auth/login', {
        method: 'POST',
        body: JSON.stringify(this.admin),
      });
      this.token = session.data.accessToken;
    }
    return this.token;
  }

  async createProduct(input: {
    name: string;
    categorySlug: string;
    pricePaisa: number;
    stock: number;
  }): Promise<SeedProduct> {
    const body = { ...input, description: `${input.name}, for the end-to-end journeys.` };
    const created = await call<{ data: SeedProduct }>(
      this.baseUrl,
      '/admin/products',
      { method: 'POST', body: JSON.stringify(body) },
      await this.adminToken(),
    );
    return created.data;
  }

  async adjustStock(productId: number, delta: number, reason: string): Promise<void> {
    await call(
      this.baseUrl,
      `/admin/products/${productId}/stock-adjustments`,
      { method: 'POST', body: JSON.stringify({ delta, reason }) },
      await this.adminToken(),
    );
  }
}
