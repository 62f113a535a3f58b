import { runSubgraph } from '../shared/main.js';
import { spazioComune } from './subgraph.js';

await runSubgraph(spazioComune);
