import { municipioKeyReference } from '../shared/municipio-key.js';
import type { SubgraphDefinition } from '../shared/subgraph.js';
import { Call } from './call.js';
import { CallResolver } from './call.resolver.js';
import { ComparisonQueries } from './comparison.js';
import { migrations } from './migrations/index.js';
import { Municipio } from './municipio.js';
import { MunicipioResolver } from './municipio.resolver.js';
import { OpportunityQueries } from './opportunities.js';
import { Placement } from './placement.js';
import { PlacementResolver } from './placement.resolver.js';
import { Programme } from './programme.js';
import { Project } from './project.js';
import { ProgrammeResolver, ProjectResolver } from './project.resolver.js';
import { ServizioCivileQueries } from './resolver.js';
import { seedServizioCivile } from './seed/seed.js';
import { Site } from './site.js';
import { SiteResolver, siteReference } from './site.resolver.js';

/** Servizio Civile Universale: calls, programmes, projects, sites and placements of volunteers. */
export const servizioCivile: SubgraphDefinition = {
  name: 'servizio-civile',
  databaseSchema: 'servizio_civile',
  defaultPort: 4001,
  entities: [Call, Programme, Project, Site, Placement],
  migrations,
  resolvers: [
    ServizioCivileQueries,
    OpportunityQueries,
    ComparisonQueries,
    CallResolver,
    ProjectResolver,
    ProgrammeResolver,
    PlacementResolver,
    SiteResolver,
    MunicipioResolver,
  ],
  referenceResolvers: { ...municipioKeyReference(Municipio), ...siteReference },
  seed: seedServizioCivile,
};
