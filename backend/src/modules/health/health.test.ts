import { createTestContext, type TestContext } from '../../../test/harness/context';

describe('operations endpoints', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.close());

  test('when the process is up, then /healthz answers 200 ok', async () => {
    const res = await ctx.http.get('/healthz').expect(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  test('when the database and Redis answer, then /readyz is ready with both up', async () => {
    const res = await ctx.http.get('/readyz').expect(200);
    expect(res.body).toEqual({ status: 'ready', checks: { database: 'up', cache: 'up', draining: false } });
  });

  test('when the process is draining, then /readyz answers 503 so traffic moves away', async () => {
    ctx.deps.lifecycle.draining = true;
    try {
      const res = await ctx.http.get('/readyz').expect(503);
      expect(res.body.checks.draining).toBe(true);
      expect(res.headers.connection).toBe('close');
    } finally {
      ctx.deps.lifecycle.draining = false;
    }
  });

  test('when /health is called (legacy clients), then it answers {status: "OK", timestamp}', async () => {
    const res = await ctx.http.get('/health').expect(200);
    expect(res.body.status).toBe('OK');
    expect(new Date(res.body.timestamp).toString()).not.toBe('Invalid Date');
  });

  test('when a request was served, then /metrics counts it by route template and status, and probes and scrapes not at all', async () => {
    await ctx.http.get('/health').expect(200);
    await ctx.http.get('/no/such/route').expect(404);
    await ctx.http.get('/healthz').expect(200);
    await ctx.http.get('/readyz').expect(200);
    await ctx.http.get('/metrics').expect(200);
    const res = await ctx.http.get('/metrics').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.text).toMatch(/http_requests_total\{method="GET",route="\/health",status_code="200"\} \d+/);
    expect(res.text).toMatch(/http_requests_total\{method="GET",route="unmatched",status_code="404"\} \d+/);
    expect(res.text).toContain(
      'http_request_duration_seconds_bucket{le="0.005",method="GET",route="/health",status_code="200"}',
    );
    expect(res.text).not.toMatch(/route="\/(healthz|readyz|metrics)"/);
    expect(res.text).toContain('process_resident_memory_bytes');
    expect(res.text).toMatch(/dhakacart_db_pool_connections\{state="max"\} 10/);
  });

  test('when a client sends X-Request-Id, then it is echoed back; otherwise one is generated', async () => {
    const given = await ctx.http.get('/healthz').set('X-Request-Id', 'abc-123').expect(200);
    expect(given.headers['x-request-id']).toBe('abc-123');
    const generated = await ctx.http.get('/healthz').expect(200);
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('when a route does not exist, then the answer is a 404 problem+json with a stable type', async () => {
    const res = await ctx.http.get('/api/v1/nowhere').set('X-Request-Id', 'req-404').expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      type: 'https://dhakacart.com.bd/problems/not-found',
      status: 404,
      instance: '/api/v1/nowhere',
      requestId: 'req-404',
    });
  });
});
