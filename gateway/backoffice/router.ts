import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import express, { type NextFunction, type Request, type Response, Router } from 'express';
import type { BackofficeSignIn } from '../../server/service-config.js';
import { dashboardDir } from '../dashboard/router.js';
import { LocalSignInRefused, localSignInRequest, refuseUnlessLoopback, signLocalToken } from './local-sign-in.js';

/** Where `npm run build` writes the back office page (vite, see gateway/backoffice/vite.config.ts): beside the dashboard. */
export const backofficeDir = join(dirname(dashboardDir), 'backoffice');

/**
 * The page's Content-Security-Policy: its own script, styles and /graphql, and nothing else but the
 * identity provider, whose discovery document and token endpoint the page fetches.
 */
export function contentSecurityPolicy(signIn: BackofficeSignIn): string {
  const provider = signIn.mode === 'oidc' ? ` ${new URL(signIn.issuer).origin}` : '';
  return [
    "default-src 'self'",
    `connect-src 'self'${provider}`,
    "img-src 'self' data:",
    "style-src 'self'",
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${provider}`,
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The back office, mounted at /backoffice: the page and its bundled script and styles; GET
 * /config.json, how the page signs in (the provider, or the local sign-in); POST /local-sign-in, a
 * token signed with the embedded key, for development only (see local-sign-in.ts for who may ask).
 * The page reads and writes the graph as any client does, through /graphql, with the token it holds.
 */
export function backofficeRouter(signIn: BackofficeSignIn, dir = backofficeDir): Router {
  const policy = contentSecurityPolicy(signIn);
  return Router()
    .use((_req, res, next) => {
      res.setHeader('content-security-policy', policy);
      next();
    })
    .get('/config.json', (_req, res) => {
      res.setHeader('cache-control', 'no-store');
      res.json(signIn);
    })
    .post('/local-sign-in', express.json({ limit: '2kb' }), async (req, res, next) => {
      try {
        if (signIn.mode !== 'local')
          throw new LocalSignInRefused(
            403,
            'LOCAL_SIGN_IN_DISABLED',
            'The local sign-in is off: this hub trusts an identity provider (HUB_OIDC_ISSUER or HUB_JWKS_URL), sign in there.',
          );
        refuseUnlessLoopback(req);
        res.setHeader('cache-control', 'no-store');
        res.json(await signLocalToken(localSignInRequest(req.body)));
      } catch (error) {
        next(error);
      }
    })
    .use(express.static(dir, { index: 'index.html', maxAge: '1h' }))
    .use((_req, res) => {
      const built = existsSync(join(dir, 'index.html'));
      const message = built ? 'No such file.' : 'The back office is not built: run npm run build.';
      res.status(built ? 404 : 503).json({ error: 'not_found', message });
    })
    .use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
      if (!(error instanceof LocalSignInRefused)) return next(error);
      res.status(error.status).json({ error: error.code, message: error.message });
    });
}
