import { runSubgraph } from '../shared/run-subgraph.js';
import { spazioComune } from './subgraph.js';

await runSubgraph(spazioComune);
