import type { SubgraphDefinition } from '../shared/subgraph.js';
import { GovernanceBody } from './governance-body.js';
import { Indicator } from './indicator.js';
import { IndicatorResolver } from './indicator.resolver.js';
import { migrations } from './migrations/index.js';
import { Municipio } from './municipio.js';
import { MunicipioResolver, municipioReference } from './municipio.resolver.js';
import { Network } from './network.js';
import { NetworkResolver } from './network.resolver.js';
import { OpeningHours } from './opening-hours.js';
import { Operator } from './operator.js';
import { Participation } from './participation.js';
import { Point } from './point.js';
import { PointResolver } from './point.resolver.js';
import { SpazioComuneQueries } from './resolver.js';
import { seedSpazioComune } from './seed/seed.js';
import { SharedService } from './shared-service.js';
import { SiteLocation, SiteLocationResolver, siteLocationReference } from './site-municipio.js';
import { SpecialSchedule } from './special-schedule.js';
import { WemiCategory } from './wemi-category.js';

/** SPAZIO COMUNE: the Municipi, their nine networks of CSRC and Spazi WeMi, and the rules of the technical sheets. */
export const spazioComune: SubgraphDefinition = {
  name: 'spazio-comune',
  databaseSchema: 'spazio_comune',
  defaultPort: 4003,
  entities: [
    Municipio,
    Network,
    Point,
    OpeningHours,
    SpecialSchedule,
    Operator,
    SharedService,
    WemiCategory,
    Indicator,
    Participation,
    GovernanceBody,
  ],
  migrations,
  resolvers: [SpazioComuneQueries, SiteLocationResolver, MunicipioResolver, NetworkResolver, PointResolver, IndicatorResolver],
  referenceResolvers: { ...municipioReference, ...siteLocationReference },
  orphanedTypes: [SiteLocation],
  seed: seedSpazioComune,
};
