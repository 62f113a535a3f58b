import type { ClassType } from 'type-graphql';
import { Directive, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Address } from './address.js';
import { badUserInput } from './errors.js';
import type { MunicipioKey } from './municipio-key.js';
import { Source } from './source.js';

/**
 * Places for young people, one shape for both programmes: servizio-civile and leva-civica each
 * resolve their own list of the same value type, and one request through the gateway gets both.
 */

export enum YouthProgramme {
  SERVIZIO_CIVILE = 'SERVIZIO_CIVILE',
  LEVA_CIVICA = 'LEVA_CIVICA',
}
registerEnumType(YouthProgramme, {
  name: 'YouthProgramme',
  description: 'The programme an opportunity belongs to.',
  valuesConfig: {
    SERVIZIO_CIVILE: { description: 'Servizio Civile Universale.' },
    LEVA_CIVICA: { description: 'Leva Civica.' },
  },
});

@InputType('OpportunityFilter', { description: 'Which opportunities to list; every field given must match.' })
export class OpportunityFilter {
  @Field(() => Int, { nullable: true, description: 'Only opportunities at sites in this Municipio (1 to 9).' })
  municipio?: number | null;

  @Field(() => Float, { nullable: true, description: 'Only opportunities of at least these weekly hours.' })
  minWeeklyHours?: number | null;

  @Field(() => Float, { nullable: true, description: 'Only opportunities of at most these weekly hours.' })
  maxWeeklyHours?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Servizio Civile: the call year (the latest call when absent). Leva Civica projects have no call year and ignore it.',
  })
  callYear?: number | null;
}

/** Checks a filter and tells whether an opportunity's Municipio and weekly hours match it. */
export function opportunityMatcher(filter: OpportunityFilter | null | undefined) {
  const { municipio, minWeeklyHours: min, maxWeeklyHours: max } = filter ?? {};
  if (municipio != null && (!Number.isInteger(municipio) || municipio < 1 || municipio > 9)) {
    throw badUserInput('filter.municipio must be 1 to 9.', 'filter');
  }
  for (const value of [min, max]) {
    if (value != null && (!Number.isFinite(value) || value < 0 || value > 168))
      throw badUserInput('weekly hours must be from 0 to 168.', 'filter');
  }
  if (min != null && max != null && min > max) throw badUserInput('filter.minWeeklyHours is more than filter.maxWeeklyHours.', 'filter');
  return (municipioNumber: number | null, weeklyHours: number) =>
    (municipio == null || municipioNumber === municipio) && (min == null || weeklyHours >= min) && (max == null || weeklyHours <= max);
}

export interface Opportunity<M extends MunicipioKey, P extends object, L extends object> {
  id: string;
  programme: YouthProgramme;
  title: string;
  callYear: number | null;
  places: number;
  weeklyHours: number;
  annualHours: number;
  site: { name: string; address: Address | null };
  municipio: M | null;
  servizioCivilePlacement: P | null;
  levaCivicaProject: L | null;
  source: Source;
}

/** An opportunity's id: the programme and the id of the record it comes from, unique across both programmes. */
export const opportunityId = (programme: YouthProgramme, recordId: string) => `${programme}:${recordId}`;

/**
 * The value types, made per subgraph around its own classes for Municipio (see municipioKeyType),
 * ServizioCivilePlacement and LevaCivicaProject (the entity in the subgraph that owns it, its key elsewhere).
 */
export function opportunityType<M extends MunicipioKey, P extends object, L extends object>(
  municipio: ClassType<M>,
  placement: ClassType<P>,
  project: ClassType<L>,
): ClassType<Opportunity<M, P, L>> {
  @ObjectType('YouthOpportunitySite', { description: 'Where an opportunity takes place.' })
  @Directive('@shareable')
  class Site {
    @Field(() => String, { description: 'The name of the site.' })
    name!: string;

    @Field(() => Address, { nullable: true, description: 'The address of the site as the source writes it.' })
    address!: Address | null;
  }

  @ObjectType('YouthOpportunity', { description: 'Places for young people in a programme, in the same shape for both programmes.' })
  @Directive('@shareable')
  class YouthOpportunity {
    @Field(() => ID, {
      description: 'Stable identifier of the opportunity, unique across both programmes (e.g. "SERVIZIO_CIVILE:2022-202928").',
    })
    id!: string;

    @Field(() => YouthProgramme, { description: 'Servizio Civile or Leva Civica.' })
    programme!: YouthProgramme;

    @Field(() => String, { description: 'The title of the project.' })
    title!: string;

    @Field(() => Int, { nullable: true, description: 'The year of the Servizio Civile call; null for Leva Civica.' })
    callYear!: number | null;

    @Field(() => Int, { description: 'Places for young people: volunteers of the placement, or places of the project.' })
    places!: number;

    @Field(() => Float, { description: 'Hours of service a week (an average where the source gives one).' })
    weeklyHours!: number;

    @Field(() => Int, { description: 'Hours of service in the whole period.' })
    annualHours!: number;

    @Field(() => Site, { description: 'Where it takes place.' })
    site!: Site;

    @Field(() => municipio, {
      nullable: true,
      description:
        'The Municipio of the site as the sources give it; null when none does. A Servizio Civile site also answers from its coordinates: servizioCivilePlacement.site.municipio.',
    })
    municipio!: M | null;

    @Field(() => placement, {
      nullable: true,
      description: 'The Servizio Civile placement this opportunity is (its call, site, project and activities); null for Leva Civica.',
    })
    servizioCivilePlacement!: P | null;

    @Field(() => project, {
      nullable: true,
      description: 'The Leva Civica project this opportunity is (its description and hours plan); null for Servizio Civile.',
    })
    levaCivicaProject!: L | null;
    @Field(() => Source, {
      description:
        'Where it came from: the placement of the call (Servizio Civile) or the project (Leva Civica), with its document section.',
    })
    source!: Source;
  }
  return YouthOpportunity;
}
