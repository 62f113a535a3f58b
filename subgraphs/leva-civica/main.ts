import { runSubgraph } from '../shared/run-subgraph.js';
import { levaCivica } from './subgraph.js';

await runSubgraph(levaCivica);
