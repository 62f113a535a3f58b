import { runSubgraph } from '../shared/main.js';
import { levaCivica } from './subgraph.js';

await runSubgraph(levaCivica);
