import { readFileSync } from 'node:fs';
import express from 'express';

/**
 * The ceiling: a bare Express 5 JSON endpoint, no middleware, no I/O. With BODY_FILE it
 * sends that file's JSON instead (the same bytes as a catalog page), to separate the cost of
 * the payload from the cost of the API's work.
 */
const body: unknown = process.env.BODY_FILE
  ? JSON.parse(readFileSync(process.env.BODY_FILE, 'utf8'))
  : { status: 'ok', items: [1, 2, 3] };
const app = express();
app.get('/json', (_req, res) => {
  res.json(body);
});
const server = app.listen(Number(process.env.PORT), '127.0.0.1');
process.once('SIGTERM', () => server.close(() => process.exit(0)));
