// The last step of npm run build: each server process that `npm start` runs, bundled from tsc's
// output in dist/ into dist/bundle/<name>.js with the modules it imports. Bundled from the compiled
// JavaScript, not the TypeScript sources, because type-graphql and MikroORM read the decorator
// metadata that tsc emits and bundlers do not. A bundle loads in about half the time: Node no longer
// resolves, reads and compiles some thousand files one by one (README, Benchmark).
// Plain JavaScript on purpose: rolldown reads it as it is.
import { SUBGRAPHS } from '../dist/server/subgraph-list.js';

export default {
  input: {
    gateway: 'dist/gateway/main.js',
    ...Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, `dist/subgraphs/${name}/main.js`])),
  },
  platform: 'node',
  // pg's optional native binding is not installed; pg requires it only when asked to.
  external: [/^node:/, 'pg-native'],
  output: {
    dir: 'dist/bundle',
    format: 'esm',
    sourcemap: true,
    // Bundled CommonJS modules call require for Node's own modules.
    banner: "import { createRequire as __hubCreateRequire } from 'node:module'; const require = __hubCreateRequire(import.meta.url);",
  },
  logLevel: 'warn',
};
