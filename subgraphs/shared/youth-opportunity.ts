import type { ClassType } from 'type-graphql';
import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Address } from './address.js';
import { checkFirst } from './connection.js';
import type { MunicipioKey } from './municipio-key.js';
import { Source } from './source.js';
import { type OpportunityFilter, opportunityMatcher } from './youth-opportunity-filter.js';

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

/** The id of the record an opportunity comes from (opportunityId, read back). */
export const opportunityRecordId = (id: string) => id.slice(id.indexOf(':') + 1);

/** What a programme's record gives of its opportunity; the id and the Municipio are made from it. */
export interface OpportunityFacts<P extends object, L extends object>
  extends Omit<Opportunity<MunicipioKey, P, L>, 'id' | 'programme' | 'municipio'> {
  recordId: string;
  municipioNumber: number | null;
}

/**
 * A youth-opportunity query, the same way in both programmes: the filter and `first` checked before
 * anything is read, then the records (in their order) that match, at most `first` of them.
 */
export async function youthOpportunities<R, M extends MunicipioKey, P extends object, L extends object>(
  query: { programme: YouthProgramme; municipio: { of(number: number): M }; filter: OpportunityFilter | null; first: number },
  records: () => Promise<R[]>,
  facts: (record: R) => OpportunityFacts<P, L>,
): Promise<Opportunity<M, P, L>[]> {
  const { programme, municipio, first } = query;
  checkFirst(first);
  const matches = opportunityMatcher(query.filter);
  return (await records())
    .map(facts)
    .filter((f) => matches(f.municipioNumber, f.weeklyHours))
    .slice(0, first)
    .map(({ recordId, municipioNumber, ...f }) => ({
      ...f,
      id: opportunityId(programme, recordId),
      programme,
      municipio: municipioNumber === null ? null : municipio.of(municipioNumber),
    }));
}

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
