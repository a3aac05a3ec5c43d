/** RFC 9457 problem details. `type` is stable: clients branch on it. */
export const PROBLEM_BASE = 'https://dhakacart.com.bd/problems/';

export const PROBLEMS = {
  'validation-error': { status: 400, title: 'Request validation failed' },
  'malformed-json': { status: 400, title: 'Malformed JSON body' },
  'price-mismatch': { status: 400, title: 'Order total does not match current prices' },
  unauthorized: { status: 401, title: 'Authentication required' },
  forbidden: { status: 403, title: 'Not allowed' },
  'not-found': { status: 404, title: 'Not found' },
  conflict: { status: 409, title: 'Conflict' },
  'out-of-stock': { status: 409, title: 'Not enough stock' },
  'payload-too-large': { status: 413, title: 'Request body too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
  'idempotency-key-reused': { status: 422, title: 'Idempotency key reused with a different request' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  'internal-error': { status: 500, title: 'Internal server error' },
  'payment-failed': { status: 402, title: 'Payment was not authorised' },
  'service-unavailable': { status: 503, title: 'Service temporarily unavailable' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemType = keyof typeof PROBLEMS;

export interface FieldError {
  field: string;
  message: string;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

/** Thrown anywhere below a route; the error handler turns it into problem+json. */
export class HttpProblem extends Error {
  readonly status: number;
  readonly title: string;

  constructor(
    readonly type: ProblemType,
    detail?: string,
    readonly extensions: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? PROBLEMS[type].title);
    this.status = PROBLEMS[type].status;
    this.title = PROBLEMS[type].title;
  }

  toBody(instance: string, requestId: string): ProblemBody {
    return {
      type: PROBLEM_BASE + this.type,
      title: this.title,
      status: this.status,
      detail: this.message,
      instance,
      requestId,
      ...this.extensions,
    };
  }
}

export const notFound = (what: string) => new HttpProblem('not-found', `${what} not found`);
