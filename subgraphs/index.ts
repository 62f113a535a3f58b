import { SUBGRAPHS } from '../server/subgraph-list.js';
import { levaCivica } from './leva-civica/subgraph.js';
import { servizioCivile } from './servizio-civile/subgraph.js';
import type { SubgraphDefinition } from './shared/subgraph.js';
import { spazioComune } from './spazio-comune/subgraph.js';

const definitions = new Map([servizioCivile, levaCivica, spazioComune].map((d) => [d.name, d]));

/** Every subgraph's definition, in the order of the one list of subgraphs (server/subgraph-list.ts). */
export const subgraphs: SubgraphDefinition[] = SUBGRAPHS.map(({ name }) => {
  const definition = definitions.get(name);
  if (!definition) throw new Error(`subgraph ${name} is listed but not defined`);
  return definition;
});
