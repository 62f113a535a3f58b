import { runSubgraph } from '../shared/main.js';
import { servizioCivile } from './subgraph.js';

await runSubgraph(servizioCivile);
