import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { Router } from 'express';

/** The project's root: the nearest folder above this file with a package.json (from gateway/ or dist/gateway/). */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** Where `npm run build` writes the dashboard (vite, see gateway/dashboard/vite.config.ts). */
export const dashboardDir = join(projectRoot(), 'dist', 'dashboard');

/**
 * The city dashboard, mounted at /dashboard: a static page and its bundled script and styles, all
 * served from here. It reads the graph as any client does, through /graphql.
 */
export function dashboardRouter(dir = dashboardDir): Router {
  return Router()
    .use(express.static(dir, { index: 'index.html', maxAge: '1h' }))
    .use((_req, res) => {
      const built = existsSync(join(dir, 'index.html'));
      const message = built ? 'No such file.' : 'The dashboard is not built: run npm run build.';
      res.status(built ? 404 : 503).json({ error: 'not_found', message });
    });
}
