import { Writable } from 'node:stream';
import express from 'express';
import supertest from 'supertest';
import { createLogger } from '../lib/logger';
import { requestLogging } from './observability';
import { createTestContext, type TestContext } from '../../test/harness/context';

describe('HTTP boundary', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.close());

  test('when the body is malformed JSON, then 400 malformed-json problem+json', async () => {
    const res = await ctx.http
      .post('/api/v1/carts')
      .set('Content-Type', 'application/json')
      .send('{"productId": 1,');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.type).toBe('https://dhakacart.com.bd/problems/malformed-json');
  });

  test('when the body is 2 MB, then 413 payload-too-large problem+json', async () => {
    const huge = JSON.stringify({ padding: 'x'.repeat(2 * 1024 * 1024) });
    const res = await ctx.http.post('/api/v1/carts').set('Content-Type', 'application/json').send(huge);
    expect(res.status).toBe(413);
    expect(res.body.type).toBe('https://dhakacart.com.bd/problems/payload-too-large');
  });

  test('when the body is not JSON, then 415 unsupported-media-type', async () => {
    const res = await ctx.http.post('/api/v1/carts').set('Content-Type', 'text/plain').send('hello');
    expect(res.status).toBe(415);
    expect(res.body.type).toBe('https://dhakacart.com.bd/problems/unsupported-media-type');
  });

  test('when a bearer token is tampered with, then a protected route answers 401 with the reason', async () => {
    const token = await ctx.deps.tokens.issue({ customerId: 1, role: 'admin' });
    const [header, payload, signature] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), sub: '2' }),
    ).toString('base64url');
    const res = await ctx.http
      .get('/api/v1/openapi.json')
      .set('Authorization', `Bearer ${header}.${forged}.${signature}`);
    // The OpenAPI document is public: a bad token does not matter there.
    expect(res.status).toBe(200);
    await expect(ctx.deps.tokens.verify(`${header}.${forged}.${signature}`)).rejects.toThrow(
      'access token is invalid',
    );
  });

  test('when the API answers, then security headers are set and Express is not advertised', async () => {
    const res = await ctx.http.get('/healthz').expect(200);
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('request logging', () => {
  test('when a request carries credentials, then its single log line redacts them and has id, route, status and duration', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const app = express();
    app.use(requestLogging(createLogger('info', sink)));
    app.post('/login', (req, res) => {
      res.locals.route = '/login';
      req.log.info({ customer: { phone: '+8801712345678', password: 'hunter2-secret' } }, 'attempt');
      res.json({ ok: true });
    });
    await supertest(app)
      .post('/login')
      .set('Authorization', 'Bearer secret-token')
      .set('Cookie', 'session=abc')
      .set('X-Request-Id', 'log-test-1')
      .expect(200);

    const all = lines.join('');
    expect(all).not.toContain('secret-token');
    expect(all).not.toContain('session=abc');
    expect(all).not.toContain('+8801712345678');
    expect(all).not.toContain('hunter2-secret');
    const completed = lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((l) => l.responseTime !== undefined);
    expect(completed).toHaveLength(1);
    expect(completed[0]).toMatchObject({
      route: '/login',
      req: { id: 'log-test-1' },
      res: { statusCode: 200 },
    });
    expect(completed[0]!.req).not.toHaveProperty('headers');
  });
});
