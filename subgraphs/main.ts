import 'reflect-metadata';
import { subgraphs } from './index.js';
import { runSubgraphsTogether } from './shared/run-subgraph.js';

/**
 * `node dist/subgraphs/main.js [name…]`: the named subgraphs (all by default) in one process, each
 * on its own port. `npm start` runs them so; a deployment runs each alone (dist/subgraphs/<name>/main.js).
 */
const names = process.argv.slice(2);
const unknown = names.filter((name) => !subgraphs.some((s) => s.name === name));
if (unknown.length > 0) {
  console.error(`unknown subgraph: ${unknown.join(', ')} (known: ${subgraphs.map((s) => s.name).join(', ')})`);
  process.exit(2);
}
await runSubgraphsTogether(names.length === 0 ? subgraphs : subgraphs.filter((s) => names.includes(s.name)));
