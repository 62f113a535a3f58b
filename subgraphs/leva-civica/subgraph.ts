import { subgraphEntry } from '../../server/subgraph-list.js';
import { AuditEntry } from '../shared/audit-entry.js';
import type { SubgraphDefinition } from '../shared/subgraph.js';
import { migrations } from './migrations/index.js';
import { MunicipioLevaCivicaResolver, MunicipioResolver, municipioReference } from './municipio.resolver.js';
import { LevaCivicaMutations } from './mutations.js';
import { OpportunityQueries } from './opportunities.js';
import { LevaCivicaProject } from './project.js';
import { LevaCivicaProjectResolver, levaCivicaProjectReference } from './project.resolver.js';
import { LevaCivicaQueries } from './queries.js';
import { seedLevaCivica } from './seed/seed.js';
import { LevaCivicaSite } from './site.js';
import { LevaCivicaSiteResolver } from './site.resolver.js';

/** Leva Civica: projects for young people, their site, places and hours plan. */
export const levaCivica: SubgraphDefinition = {
  ...subgraphEntry('leva-civica'),
  databaseSchema: 'leva_civica',
  entities: [LevaCivicaSite, LevaCivicaProject, AuditEntry],
  migrations,
  resolvers: [
    LevaCivicaQueries,
    LevaCivicaMutations,
    OpportunityQueries,
    LevaCivicaProjectResolver,
    LevaCivicaSiteResolver,
    MunicipioResolver,
    MunicipioLevaCivicaResolver,
  ],
  referenceResolvers: { ...municipioReference, ...levaCivicaProjectReference },
  seed: seedLevaCivica,
};
