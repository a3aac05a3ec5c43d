import type { AppDeps } from '../../deps';
import type { ApiRouter } from '../../http/api-router';
import { dataOf } from '../../http/envelope';
import { AuthService } from './auth.service';
import { LoginBody, RefreshBody, RegisterBody, SessionSchema } from './customer.schemas';

const SessionResponse = { description: 'A signed-in session', schema: dataOf(SessionSchema) };

/** `/api/v1/auth/*`: register, login, refresh, logout. */
export function authRoutes(router: ApiRouter, deps: AppDeps): void {
  const auth = new AuthService(deps);
  router
    .route({
      method: 'post',
      path: '/auth/register',
      summary: 'Create a customer account (attaches the anonymous cart given as cartId; rate-limited per IP)',
      tags: ['customers'],
      request: { body: RegisterBody },
      responses: {
        201: SessionResponse,
        409: { description: 'E-mail already registered' },
        429: { description: 'Too many registrations' },
      },
      handler: async ({ body }, req, res) => {
        res.status(201).json({ data: await auth.register(body, req.ip ?? 'unknown') });
      },
    })
    .route({
      method: 'post',
      path: '/auth/login',
      summary: 'Sign in (rate-limited per IP and per account)',
      tags: ['customers'],
      request: { body: LoginBody },
      responses: {
        200: SessionResponse,
        401: { description: 'Wrong e-mail or password' },
        429: { description: 'Too many attempts' },
      },
      handler: async ({ body }, req, res) => {
        res.json({ data: await auth.login(body, req.ip ?? 'unknown') });
      },
    })
    .route({
      method: 'post',
      path: '/auth/refresh',
      summary: 'Exchange a refresh token for a new pair (the old one is revoked)',
      tags: ['customers'],
      request: { body: RefreshBody },
      responses: { 200: SessionResponse, 401: { description: 'Invalid, expired or reused refresh token' } },
      handler: async ({ body }, _req, res) => {
        res.json({ data: await auth.refresh(body.refreshToken) });
      },
    })
    .route({
      method: 'post',
      path: '/auth/logout',
      summary: 'Sign out: revokes the refresh token and its whole family',
      tags: ['customers'],
      request: { body: RefreshBody },
      responses: { 204: { description: 'Signed out (also for an unknown token)' } },
      handler: async ({ body }, _req, res) => {
        await auth.logout(body.refreshToken);
        res.status(204).end();
      },
    });
}
