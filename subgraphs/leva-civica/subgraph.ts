import { municipioKeyReference } from '../shared/municipio-key.js';
import type { SubgraphDefinition } from '../shared/subgraph.js';
import { migrations } from './migrations/index.js';
import { Municipio, MunicipioResolver } from './municipio.js';
import { OpportunityQueries } from './opportunities.js';
import { Project } from './project.js';
import { ProjectResolver, SiteResolver } from './project.resolver.js';
import { LevaCivicaQueries } from './resolver.js';
import { seedLevaCivica } from './seed/seed.js';
import { Site } from './site.js';

/** Leva Civica: projects for young people, their site, places and hours plan. */
export const levaCivica: SubgraphDefinition = {
  name: 'leva-civica',
  databaseSchema: 'leva_civica',
  defaultPort: 4002,
  entities: [Site, Project],
  migrations,
  resolvers: [LevaCivicaQueries, OpportunityQueries, ProjectResolver, SiteResolver, MunicipioResolver],
  referenceResolvers: municipioKeyReference(Municipio),
  seed: seedLevaCivica,
};
