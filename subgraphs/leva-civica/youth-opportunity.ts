import { opportunityType } from '../shared/youth-opportunity.js';
import { Municipio } from './municipio.js';
import { LevaCivicaProject } from './project.js';
import { ServizioCivilePlacement } from './servizio-civile-placement.js';

/** The value type both programmes answer with, around this subgraph's own classes. */
export const YouthOpportunity = opportunityType(Municipio, ServizioCivilePlacement, LevaCivicaProject);
