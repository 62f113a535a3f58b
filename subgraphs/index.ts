import { servizioCivile } from './servizio-civile/subgraph.js';
import type { SubgraphDefinition } from './shared/subgraph.js';

/** Every subgraph of the hub, in the order their default ports go. */
export const subgraphs: SubgraphDefinition[] = [servizioCivile];
