import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { extendZodWithOpenApi, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import { Router, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { z, type ZodType } from 'zod';
import { HttpProblem, type FieldError } from '../lib/problem';
import { requireRole, type AuthRequirement } from './auth';

extendZodWithOpenApi(z);

type AnyObject = z.ZodObject<z.ZodRawShape>;

export interface RouteRequest {
  params?: AnyObject;
  query?: AnyObject;
  body?: ZodType;
  headers?: AnyObject;
}

type Infer<T> = T extends ZodType ? z.output<T> : undefined;

export interface RouteInput<R extends RouteRequest> {
  params: Infer<R['params']>;
  query: Infer<R['query']>;
  body: Infer<R['body']>;
  headers: Infer<R['headers']>;
}

export interface RouteResponse {
  description: string;
  schema?: ZodType;
  contentType?: string;
}

export interface RouteSpec<R extends RouteRequest> {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Express-style path relative to the router's mount point, e.g. `/products/:slug`. */
  path: string;
  summary: string;
  tags: string[];
  /** Who may call it; `optional` parses a token when one is sent. @default 'public' */
  auth?: AuthRequirement;
  deprecated?: boolean;
  request?: R;
  responses: Record<number, RouteResponse>;
  /** Runs before validation, e.g. a rate limit. */
  before?: RequestHandler[];
  handler: (input: RouteInput<R>, req: Request, res: Response) => unknown;
}

const PROBLEM_RESPONSES: Record<number, string> = {
  400: 'Invalid request (problem+json, `errors` lists each bad field)',
  401: 'Missing, expired or invalid credentials (problem+json)',
  403: 'Not allowed (problem+json)',
  404: 'Not found (problem+json)',
  409: 'Conflict (problem+json)',
  413: 'Request body too large (problem+json)',
  422: 'Unprocessable (problem+json)',
  429: 'Rate limited (problem+json)',
  503: 'Database unavailable (problem+json)',
};

export function toOpenApiPath(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

export function zodFieldErrors(location: string, error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue) => {
    const base = [location, ...issue.path.map(String)].join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: `${base}.${key}`.replace(/^\./, ''),
        message: 'is not allowed',
      }));
    }
    return [{ field: base, message: issue.message }];
  });
}

function validate(request: RouteRequest, req: Request): RouteInput<RouteRequest> {
  const errors: FieldError[] = [];
  const parse = (location: string, schema: ZodType | undefined, value: unknown) => {
    if (!schema) return undefined;
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    errors.push(...zodFieldErrors(location, result.error));
    return undefined;
  };
  const input = {
    params: parse('params', request.params, req.params),
    query: parse('query', request.query, req.query ?? {}),
    body: parse('body', request.body, req.body),
    headers: parse('headers', request.headers, req.headers),
  };
  if (errors.length > 0) {
    const noun = errors.length === 1 ? 'field is' : 'fields are';
    throw new HttpProblem('validation-error', `${errors.length} ${noun} invalid`, { errors });
  }
  return input as RouteInput<RouteRequest>;
}

/**
 * An Express router whose every route is validated by zod and described in OpenAPI from
 * the same schemas, so the document cannot drift from what the server accepts.
 */
export class ApiRouter {
  readonly router = Router();
  private readonly routes: { method: string; path: string }[] = [];

  constructor(
    private readonly registry: OpenAPIRegistry,
    /** Where this router is mounted, for the OpenAPI paths. */
    private readonly mountPath: string,
  ) {}

  route<R extends RouteRequest>(spec: RouteSpec<R>): this {
    const fullPath = `${this.mountPath}${spec.path}`.replace(/\/+$/, '') || '/';
    this.registerOpenApi(spec, fullPath);
    const routeTemplate = fullPath;
    const handler = async (req: Request, res: Response, next: NextFunction) => {
      res.locals.route = routeTemplate;
      try {
        const input = validate(spec.request ?? {}, req) as RouteInput<R>;
        await spec.handler(input, req, res);
      } catch (error) {
        next(error);
      }
    };
    const labelRoute: RequestHandler = (_req, res, next) => {
      res.locals.route = routeTemplate;
      next();
    };
    this.router[spec.method](
      spec.path,
      labelRoute,
      ...requireRole(spec.auth ?? 'public'),
      ...(spec.before ?? []),
      handler,
    );
    this.routes.push({ method: spec.method, path: fullPath });
    return this;
  }

  private registerOpenApi(spec: RouteSpec<RouteRequest>, fullPath: string) {
    const responses: RouteConfig['responses'] = {};
    for (const [status, response] of Object.entries(spec.responses)) {
      responses[status] = response.schema
        ? {
            description: response.description,
            content: { [response.contentType ?? 'application/json']: { schema: response.schema } },
          }
        : { description: response.description };
    }
    const statuses = new Set(Object.keys(spec.responses).map(Number));
    if (spec.request) statuses.add(400);
    if (spec.auth === 'customer' || spec.auth === 'admin') statuses.add(401);
    if (spec.auth === 'admin') statuses.add(403);
    for (const status of statuses) {
      if (responses[status] || !PROBLEM_RESPONSES[status]) continue;
      responses[status] = {
        description: PROBLEM_RESPONSES[status],
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
      };
    }
    const body = spec.request?.body;
    this.registry.registerPath({
      method: spec.method,
      path: toOpenApiPath(fullPath),
      summary: spec.summary,
      tags: spec.tags,
      deprecated: spec.deprecated,
      security: spec.auth === 'customer' || spec.auth === 'admin' ? [{ bearerAuth: [] }] : undefined,
      request: {
        params: spec.request?.params,
        query: spec.request?.query,
        headers: spec.request?.headers,
        body: body ? { content: { 'application/json': { schema: body } }, required: true } : undefined,
      },
      responses,
    });
  }
}
