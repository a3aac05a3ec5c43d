import express from 'express';

/** The ceiling: a bare Express 5 JSON endpoint, no middleware, no I/O. */
const app = express();
app.get('/json', (_req, res) => {
  res.json({ status: 'ok', items: [1, 2, 3] });
});
const server = app.listen(Number(process.env.PORT), '127.0.0.1');
process.once('SIGTERM', () => server.close(() => process.exit(0)));
