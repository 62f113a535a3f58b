import { subgraphEntry } from '../../server/subgraph-list.js';
import { AuditEntry } from '../shared/audit-entry.js';
import { importProgressResolver } from '../shared/import-progress.js';
import { ImportUploadPart } from '../shared/import-upload.js';
import type { SubgraphDefinition } from '../shared/subgraph.js';
import { ComplianceCheckResolver } from './compliance-check.resolver.js';
import { ComplianceCheckConnectionResolver } from './compliance-check-connection.resolver.js';
import { GovernanceBody } from './governance-body.js';
import { GovernanceBodyResolver } from './governance-body.resolver.js';
import { Indicator } from './indicator.js';
import { IndicatorResolver } from './indicator.resolver.js';
import { LevaCivicaProject } from './leva-civica-project.js';
import { LevaCivicaSite } from './leva-civica-site.js';
import { migrations } from './migrations/index.js';
import { Municipio } from './municipio.js';
import { MunicipioResolver, municipioReference } from './municipio.resolver.js';
import { NearbyPointResolver } from './nearby-point.resolver.js';
import { NetworkHoursTotal } from './network-hours-total.js';
import { NodeResolver } from './node.resolver.js';
import { OpeningHours } from './opening-hours.js';
import { Operator } from './operator.js';
import { ParticipationRecord } from './participation-record.js';
import { ParticipationRecordMutations } from './participation-record.mutations.js';
import { ParticipationRecordResolver } from './participation-record.resolver.js';
import { ParticipationTotal } from './participation-total.js';
import { Point } from './point.js';
import { PointMutations } from './point.mutations.js';
import { PointResolver } from './point.resolver.js';
import { PointConnectionResolver } from './point-connection.resolver.js';
import { PointImportRecordResolver } from './point-import-record.resolver.js';
import { PointTimetableResolver } from './point-timetable.resolver.js';
import { seedSpazioComune } from './seed/seed.js';
import { ServizioCivileCall } from './servizio-civile-call.js';
import { ServizioCivilePlacement } from './servizio-civile-placement.js';
import { ServizioCivileProgramme } from './servizio-civile-programme.js';
import { ServizioCivileProject } from './servizio-civile-project.js';
import { ServizioCivileSite } from './servizio-civile-site.js';
import { ServizioCivileSiteResolver, servizioCivileSiteReference } from './servizio-civile-site.resolver.js';
import { SharedService } from './shared-service.js';
import { SharedServiceResolver } from './shared-service.resolver.js';
import { SheetProvision } from './sheet-provision.js';
import { SheetProvisionResolver } from './sheet-provision.resolver.js';
import { SpazioComune } from './spazio-comune.js';
import { SpazioComuneResolver } from './spazio-comune.resolver.js';
import { SpecialSchedule } from './special-schedule.js';
import { WemiCategory } from './wemi-category.js';
import { WemiCategoryResolver } from './wemi-category.resolver.js';

/** SPAZIO COMUNE: the Municipi, their nine networks of CSRC and Spazi WeMi, and the rules of the technical sheets. */
export const spazioComune: SubgraphDefinition = {
  ...subgraphEntry('spazio-comune'),
  databaseSchema: 'spazio_comune',
  entities: [
    Municipio,
    SpazioComune,
    Point,
    OpeningHours,
    NetworkHoursTotal,
    SpecialSchedule,
    Operator,
    SharedService,
    WemiCategory,
    Indicator,
    ParticipationRecord,
    ParticipationTotal,
    GovernanceBody,
    SheetProvision,
    AuditEntry,
    ImportUploadPart,
  ],
  migrations,
  resolvers: [
    PointMutations,
    ParticipationRecordMutations,
    ServizioCivileSiteResolver,
    MunicipioResolver,
    SpazioComuneResolver,
    PointResolver,
    PointTimetableResolver,
    PointConnectionResolver,
    NearbyPointResolver,
    WemiCategoryResolver,
    SharedServiceResolver,
    IndicatorResolver,
    ComplianceCheckResolver,
    ComplianceCheckConnectionResolver,
    ParticipationRecordResolver,
    GovernanceBodyResolver,
    SheetProvisionResolver,
    NodeResolver,
    PointImportRecordResolver,
    importProgressResolver('pointsImportProgress', 'importPoints'),
  ],
  referenceResolvers: { ...municipioReference, ...servizioCivileSiteReference },
  orphanedTypes: [
    ServizioCivileSite,
    ServizioCivileCall,
    ServizioCivileProgramme,
    ServizioCivileProject,
    ServizioCivilePlacement,
    LevaCivicaProject,
    LevaCivicaSite,
  ],
  seed: seedSpazioComune,
};
