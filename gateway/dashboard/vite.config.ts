import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const page = (name: string) => fileURLToPath(new URL(`app/${name}`, import.meta.url));

/**
 * The city dashboard's bundle (npm run build): app/index.html and everything it imports, the
 * charting library included, and its accessibility statement (app/accessibilita.html), into
 * dist/dashboard, served by the gateway at /dashboard. No CDN.
 */
export default defineConfig({
  root: fileURLToPath(new URL('app', import.meta.url)),
  base: '/dashboard/',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../dist/dashboard', import.meta.url)),
    emptyOutDir: true,
    // One script and one stylesheet: nothing to fetch lazily, and no inlined assets to loosen the CSP of a page.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1000,
    // A typed document the page does not send (the HSDS API's, the JSON-LD route's) is left out: making one
    // has no side effect, so the generated module's other documents need not ride along.
    rolldownOptions: {
      input: { index: page('index.html'), accessibilita: page('accessibilita.html') },
      treeshake: { manualPureFunctions: ['TypedDocumentString'] },
    },
  },
});
