import { levaCivica } from './leva-civica/subgraph.js';
import { servizioCivile } from './servizio-civile/subgraph.js';
import type { SubgraphDefinition } from './shared/subgraph.js';
import { spazioComune } from './spazio-comune/subgraph.js';

/** Every subgraph of the hub, in the order their default ports go. */
export const subgraphs: SubgraphDefinition[] = [servizioCivile, levaCivica, spazioComune];
