import { ApiError } from './problem';

/** Where the access token comes from and how to renew it; set by the auth store. */
export interface AuthHooks {
  accessToken(): string | null;
  refresh(): Promise<boolean>;
}

let auth: AuthHooks = { accessToken: () => null, refresh: async () => false };

export function setAuthHooks(hooks: AuthHooks): void {
  auth = hooks;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
  /** Skip the bearer token (refresh and logout carry their own credentials). */
  anonymous?: boolean;
}

const BASE = '/api/v1';

async function send(path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const token = options.anonymous ? null : auth.accessToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  try {
    return await fetch(BASE + path, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch (cause) {
    throw ApiError.network(cause);
  }
}

/** Calls the API; a 401 with a token triggers one silent refresh and one retry. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  let response = await send(path, options);
  if (response.status === 401 && !options.anonymous && auth.accessToken() && (await auth.refresh())) {
    response = await send(path, options);
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!response.ok) {
    throw new ApiError(response.status, body as Record<string, unknown> | null, `HTTP ${response.status}`);
  }
  return body as T;
}

/** Builds a query string, leaving out empty values. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
