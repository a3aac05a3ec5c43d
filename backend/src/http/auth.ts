import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { HttpProblem } from '../lib/problem';
import { InvalidTokenError, type AccessClaims, type AccessTokens } from '../lib/tokens';

declare module 'express-serve-static-core' {
  interface Request {
    /** Set when a valid bearer token came with the request. */
    auth?: AccessClaims;
    /** Why the bearer token that came with the request was refused. */
    authError?: string;
  }
}

export type AuthRequirement = 'public' | 'optional' | 'customer' | 'admin';

/** Reads `Authorization: Bearer …` when present; never rejects by itself. */
export function authenticate(tokens: AccessTokens): RequestHandler {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const header = req.headers.authorization;
    if (!header) return next();
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) {
      req.authError = 'Authorization header must be "Bearer <token>"';
      return next();
    }
    try {
      req.auth = await tokens.verify(match[1]);
    } catch (error) {
      req.authError = error instanceof InvalidTokenError ? error.message : 'access token is invalid';
    }
    next();
  };
}

/** Middleware enforcing a route's requirement. A bad token is refused unless the route is public. */
export function requireRole(requirement: AuthRequirement): RequestHandler[] {
  if (requirement === 'public') return [];
  return [
    (req, _res, next) => {
      if (req.authError)
        return next(new HttpProblem('unauthorized', req.authError, {}, { 'WWW-Authenticate': 'Bearer' }));
      if (requirement === 'optional') return next();
      if (!req.auth)
        return next(new HttpProblem('unauthorized', 'Sign in first', {}, { 'WWW-Authenticate': 'Bearer' }));
      if (requirement === 'admin' && req.auth.role !== 'admin') {
        return next(new HttpProblem('forbidden', 'Administrators only'));
      }
      next();
    },
  ];
}
