import { opportunityType } from '../shared/youth-opportunity.js';
import { LevaCivicaProject } from './leva-civica-project.js';
import { Municipio } from './municipio.js';
import { ServizioCivilePlacement } from './placement.js';

/** The value type both programmes answer with, around this subgraph's own classes. */
export const YouthOpportunity = opportunityType(Municipio, ServizioCivilePlacement, LevaCivicaProject);
