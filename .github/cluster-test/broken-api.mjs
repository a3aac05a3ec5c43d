// Serves /healthz, /readyz and /metrics like the API, and 500 to everything else.
import http from 'node:http';

let failures = 0;
const port = Number(process.env.PORT ?? 3000);

const server = http.createServer((req, res) => {
  const path = (req.url ?? '/').split('?')[0];
  if (path === '/healthz' || path === '/readyz') {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
  } else if (path === '/metrics') {
    res
      .writeHead(200, { 'content-type': 'text/plain; version=0.0.4' })
      .end(
        '# TYPE http_requests_total counter\n' +
          `http_requests_total{method="GET",route="/api/v1/products",status_code="500"} ${failures}\n` +
          '# TYPE http_request_duration_seconds histogram\n',
      );
  } else {
    failures += 1;
    res
      .writeHead(500, { 'content-type': 'application/problem+json' })
      .end('{"type":"https://dhakacart.com.bd/problems/internal-error","status":500}');
  }
});

server.listen(port, '0.0.0.0');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
