import path from 'node:path';
import express, { Router } from 'express';

/**
 * Serves the built storefront for local runs (`npm start`), so the shop and the API share
 * one URL. In production nginx serves it; this mirrors nginx.conf's caching rules.
 */
export function serveStorefront(dir: string): Router {
  const root = path.resolve(dir);
  const router = Router();
  router.use(
    '/assets',
    express.static(path.join(root, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }),
  );
  // `/` is the pre-rendered home page (index.html); any other path gets the app.html shell,
  // as nginx's `try_files $uri $uri/ /app.html` does.
  router.use(
    express.static(root, {
      index: 'index.html',
      maxAge: 0,
      setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache'),
    }),
  );
  router.get(/^(?!\/api\/).*/, (req, res, next) => {
    if (!req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(path.join(root, 'app.html'), (error) => (error ? next() : undefined));
  });
  return router;
}
