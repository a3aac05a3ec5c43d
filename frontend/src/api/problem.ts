import type { ShortItem } from './types';

/** An RFC 9457 problem from the API, or a network failure (type `network-error`). */
export class ApiError extends Error {
  readonly type: string;
  readonly status: number;
  readonly fieldErrors: { field: string; message: string }[];
  readonly items: ShortItem[];

  constructor(status: number, body: Record<string, unknown> | null, fallback: string) {
    const typeUrl = typeof body?.type === 'string' ? body.type : '';
    super(
      typeof body?.detail === 'string'
        ? body.detail
        : typeof body?.title === 'string'
          ? body.title
          : fallback,
    );
    this.name = 'ApiError';
    this.status = status;
    // Clients branch on the stable suffix of `type` (docs/api.md), never on `title`.
    this.type = typeUrl.split('/problems/')[1] ?? (status === 0 ? 'network-error' : `http-${status}`);
    this.fieldErrors = Array.isArray(body?.errors) ? (body.errors as ApiError['fieldErrors']) : [];
    this.items = Array.isArray(body?.items) ? (body.items as ShortItem[]) : [];
  }

  static network(cause: unknown): ApiError {
    const error = new ApiError(0, null, cause instanceof Error ? cause.message : 'network error');
    return error;
  }
}

export function isApiError(error: unknown, type?: string): error is ApiError {
  return error instanceof ApiError && (type === undefined || error.type === type);
}
