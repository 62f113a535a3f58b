import { subgraphEntry } from '../../server/subgraph-list.js';
import { AuditEntry } from '../shared/audit-entry.js';
import { importProgressResolver } from '../shared/import-progress.js';
import { ImportUploadPart } from '../shared/import-upload.js';
import type { SubgraphDefinition } from '../shared/subgraph.js';
import { ServizioCivileCall } from './call.js';
import { ServizioCivileCallMutations } from './call.mutations.js';
import { ServizioCivileCallResolver, servizioCivileCallReference } from './call.resolver.js';
import { ServizioCivileCallComparisonRowResolver } from './call-comparison-row.resolver.js';
import { CallVolunteersTotal } from './call-volunteers-total.js';
import { migrations } from './migrations/index.js';
import { MunicipioResolver, municipioReference } from './municipio.resolver.js';
import { MunicipioServizioCivileResolver } from './municipio-servizio-civile.resolver.js';
import { ServizioCivilePlacement } from './placement.js';
import { ServizioCivilePlacementResolver, servizioCivilePlacementReference } from './placement.resolver.js';
import { ServizioCivileProgramme } from './programme.js';
import { ServizioCivileProgrammeResolver, servizioCivileProgrammeReference } from './programme.resolver.js';
import { ServizioCivileProject } from './project.js';
import { ServizioCivileProjectResolver, servizioCivileProjectReference } from './project.resolver.js';
import { seedServizioCivile } from './seed/seed.js';
import { ServizioCivileSite } from './site.js';
import { ServizioCivileSiteResolver, servizioCivileSiteReference } from './site.resolver.js';
import { YouthOpportunityResolver } from './youth-opportunity.resolver.js';

/** Servizio Civile Universale: calls, programmes, projects, sites and placements of volunteers. */
export const servizioCivile: SubgraphDefinition = {
  ...subgraphEntry('servizio-civile'),
  databaseSchema: 'servizio_civile',
  entities: [
    ServizioCivileCall,
    ServizioCivileProgramme,
    ServizioCivileProject,
    ServizioCivileSite,
    ServizioCivilePlacement,
    CallVolunteersTotal,
    AuditEntry,
    ImportUploadPart,
  ],
  migrations,
  resolvers: [
    ServizioCivileCallMutations,
    ServizioCivileCallComparisonRowResolver,
    YouthOpportunityResolver,
    ServizioCivileCallResolver,
    ServizioCivileProjectResolver,
    ServizioCivileProgrammeResolver,
    ServizioCivilePlacementResolver,
    ServizioCivileSiteResolver,
    MunicipioResolver,
    MunicipioServizioCivileResolver,
    importProgressResolver('servizioCivileCallImportProgress', 'importServizioCivileCall'),
  ],
  referenceResolvers: {
    ...servizioCivileCallReference,
    ...servizioCivileProgrammeReference,
    ...servizioCivileProjectReference,
    ...municipioReference,
    ...servizioCivileSiteReference,
    ...servizioCivilePlacementReference,
  },
  seed: seedServizioCivile,
};
