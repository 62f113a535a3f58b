import { runSubgraph } from '../shared/run-subgraph.js';
import { servizioCivile } from './subgraph.js';

await runSubgraph(servizioCivile);
