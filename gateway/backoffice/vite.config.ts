import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The back office's bundle (npm run build): app/index.html and everything it imports, the OpenID
 * Connect client included, into dist/backoffice, served by the gateway at /backoffice. No CDN.
 */
export default defineConfig({
  root: fileURLToPath(new URL('app', import.meta.url)),
  base: '/backoffice/',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../dist/backoffice', import.meta.url)),
    emptyOutDir: true,
    // One script and one stylesheet, as the dashboard: nothing inlined that the page's CSP would have to allow.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1000,
    // The typed documents the page does not send are left out (as in gateway/dashboard/vite.config.ts).
    rolldownOptions: { treeshake: { manualPureFunctions: ['TypedDocumentString'] } },
  },
});
