import { municipioKeyType } from '../shared/municipio-key.js';
import { Node } from './node.js';

/** Municipio (owned by spazio-comune), which this subgraph extends with servizioCivile. */
export const Municipio = municipioKeyType(Node);
export type Municipio = InstanceType<typeof Municipio>;
