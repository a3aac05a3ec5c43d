import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type StubRoute = (req: IncomingMessage, res: ServerResponse, body: string) => void;

export interface StubShop {
  readonly baseUrl: string;
  readonly requests: { method: string; url: string; requestId: string | undefined }[];
  close(): Promise<void>;
}

/**
 * An HTTP server on loopback that stands in for a broken or odd API, for the cases a real shop
 * cannot be made to show on demand (a 503 readiness, a missing metric). Routes are "METHOD /path".
 */
export async function startStubShop(routes: Record<string, StubRoute>): Promise<StubShop> {
  const requests: StubShop['requests'] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        requestId: req.headers['x-request-id'] as string | undefined,
      });
      const route = routes[`${req.method} ${(req.url ?? '').split('?')[0]}`];
      if (route) route(req, res, body);
      else sendJson(res, 404, { type: 'https://dhakacart.com.bd/problems/not-found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** The routes of a healthy shop with one product, following docs/api.md. */
export function healthyShopRoutes(): Record<string, StubRoute> {
  const product = { id: 7, slug: 'walton-fridge', name: 'Walton fridge', pricePaisa: 3599000, images: [] };
  let lines: unknown[] = [];
  const cart = () => ({
    data: { id: 'c1', lines, itemCount: lines.length, subtotalPaisa: lines.length ? product.pricePaisa : 0 },
  });
  return {
    'GET /healthz': (_q, res) => sendJson(res, 200, { status: 'ok' }),
    'GET /readyz': (_q, res) =>
      sendJson(res, 200, { status: 'ready', checks: { database: 'up', cache: 'up' } }),
    'GET /api/v1/categories': (_q, res) => sendJson(res, 200, { data: [{ slug: 'home' }] }),
    'GET /api/v1/products': (_q, res) =>
      sendJson(res, 200, { data: [product], meta: { page: 1, pageSize: 5, total: 1, totalPages: 1 } }),
    'GET /api/v1/products/walton-fridge': (_q, res) => sendJson(res, 200, { data: product }),
    'POST /api/v1/carts': (_q, res) => sendJson(res, 201, cart()),
    'GET /api/v1/carts/c1': (_q, res) => sendJson(res, 200, cart()),
    'POST /api/v1/carts/c1/items': (_q, res) => {
      lines = [{ productId: 7, quantity: 1, unitPricePaisa: product.pricePaisa }];
      sendJson(res, 200, cart());
    },
    'DELETE /api/v1/carts/c1/items/7': (_q, res) => {
      lines = [];
      sendJson(res, 200, cart());
    },
    'GET /metrics': (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('# TYPE http_requests_total counter\n# TYPE http_request_duration_seconds histogram\n');
    },
  };
}
