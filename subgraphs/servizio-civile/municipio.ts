import { municipioKeyType } from '../shared/municipio-key.js';

/** Municipio (owned by spazio-comune), which this subgraph extends with servizioCivile. */
export const Municipio = municipioKeyType();
export type Municipio = InstanceType<typeof Municipio>;
