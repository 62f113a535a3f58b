import { defineConfig } from 'vitest/config';

export default defineConfig({
  // vite would otherwise load graphql twice (ESM and CJS): "Cannot use GraphQLSchema from another module or realm".
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['test/**/*.spec.ts', 'subgraphs/**/*.spec.ts', 'gateway/**/*.spec.ts', 'server/**/*.spec.ts', 'scripts/**/*.spec.ts'],
    globalSetup: ['test/support/database.ts'],
    // type-graphql and MikroORM decorators read design-time types through reflect-metadata.
    setupFiles: ['reflect-metadata'],
    // The end-to-end files share one PostgreSQL server and fixed table contents: one file at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
