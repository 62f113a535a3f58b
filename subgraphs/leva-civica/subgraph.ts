import { subgraphEntry } from '../../server/subgraph-list.js';
import { AuditEntry } from '../shared/audit-entry.js';
import type { SubgraphDefinition } from '../shared/subgraph.js';
import { migrations } from './migrations/index.js';
import { MunicipioResolver, municipioReference } from './municipio.resolver.js';
import { MunicipioLevaCivicaResolver } from './municipio-leva-civica.resolver.js';
import { LevaCivicaProject } from './project.js';
import { LevaCivicaProjectMutations } from './project.mutations.js';
import { LevaCivicaProjectResolver, levaCivicaProjectReference } from './project.resolver.js';
import { seedLevaCivica } from './seed/seed.js';
import { LevaCivicaSite } from './site.js';
import { LevaCivicaSiteResolver, levaCivicaSiteReference } from './site.resolver.js';
import { YouthOpportunityResolver } from './youth-opportunity.resolver.js';

/** Leva Civica: projects for young people, their site, places and hours plan. */
export const levaCivica: SubgraphDefinition = {
  ...subgraphEntry('leva-civica'),
  databaseSchema: 'leva_civica',
  entities: [LevaCivicaSite, LevaCivicaProject, AuditEntry],
  migrations,
  resolvers: [
    LevaCivicaProjectMutations,
    YouthOpportunityResolver,
    LevaCivicaProjectResolver,
    LevaCivicaSiteResolver,
    MunicipioResolver,
    MunicipioLevaCivicaResolver,
  ],
  referenceResolvers: { ...municipioReference, ...levaCivicaProjectReference, ...levaCivicaSiteReference },
  seed: seedLevaCivica,
};
