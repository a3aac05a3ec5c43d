import { randomUUID } from 'node:crypto';

export interface HttpResponse {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

/** A failed expectation; its message is what the report prints for the check. */
export class CheckFailure extends Error {
  override readonly name = 'CheckFailure';
}

/** Talks to one shop. Every request carries a recognisable request id so the API logs find it. */
export class ShopClient {
  private readonly base: URL;

  constructor(
    baseUrl: URL,
    private readonly timeoutMs: number,
  ) {
    // Keep any path prefix of the base URL: http://host/prefix + /healthz -> http://host/prefix/healthz
    this.base = new URL(baseUrl.href.endsWith('/') ? baseUrl.href : `${baseUrl.href}/`);
  }

  url(path: string): URL {
    return new URL(path.replace(/^\//, ''), this.base);
  }

  async request(method: string, path: string, body?: unknown): Promise<HttpResponse> {
    const url = this.url(path);
    const headers: Record<string, string> = {
      accept: 'application/json, text/plain;q=0.9',
      'user-agent': 'dhakacart-smoke-test',
      'x-request-id': `smoke-${randomUUID()}`,
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
        redirect: 'manual',
      });
    } catch (error) {
      throw new CheckFailure(
        `${method} ${url.pathname}${url.search}: ${describeNetworkError(error, this.timeoutMs)}`,
      );
    }
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      body: await response.text(),
    };
  }

  /** Sends a request, insists on the status, and returns the parsed JSON body. */
  async json(method: string, path: string, expectedStatus: number, body?: unknown): Promise<unknown> {
    const response = await this.request(method, path, body);
    const where = `${method} ${path}`;
    if (response.status !== expectedStatus) {
      throw new CheckFailure(
        `${where} answered ${response.status}, expected ${expectedStatus}: ${excerpt(response.body)}`,
      );
    }
    try {
      return JSON.parse(response.body) as unknown;
    } catch {
      throw new CheckFailure(
        `${where} did not answer JSON (content-type "${response.contentType}"): ${excerpt(response.body)}`,
      );
    }
  }
}

function describeNetworkError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `no answer within ${timeoutMs} ms`;
  }
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : undefined;
  return `request failed (${cause ?? String(error)})`;
}

export function excerpt(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat || '(empty body)';
}
