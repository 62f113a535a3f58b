/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What a point offers in an opening interval. */
export type Activity =
  /** Digital education: front office at computer stations and computer literacy courses. */
  | 'DIGITAL_EDUCATION'
  /** Listening, information and orientation for citizens (front office). */
  | 'FRONT_OFFICE'
  /** Other uses: socialising, workshops, courses, events. */
  | 'OTHER';

/** Output indicator (realizzazione fisica) or result indicator (risultato). */
export type IndicatorKind =
  /** Indicatore di realizzazione fisica/output. */
  | 'OUTPUT'
  /** Indicatore di risultato. */
  | 'RESULT';

/** Which points to list; every field given must match. */
export type PointFilter = {
  /** Only points one of whose records in the HSDS 3.0 directory API (/hsds) has one of these ids: the point's service, location or service at location, or its organization. UUIDs, at most 100. */
  hsdsIds?: Array<string | number> | null | undefined;
  /** Only CSRC, or only Spazi WeMi. */
  kind?: PointKind | null | undefined;
  /** Only points in this Municipio (1 to 9), from a source or from the boundaries. */
  municipio?: number | null | undefined;
  /** Only points open at this instant (Europe/Rome local time, holidays included). */
  openAt?: string | null | undefined;
  /** Only points whose name, short name, organization (the manager, or the Comune di Milano), street, kind ("Centro Socio Ricreativo Culturale (CSRC)", "Spazio WeMi") or network ("SPAZIO COMUNE.3") hold every word of this text, in any case and with or without accents ("citta" finds "Città"). At most 10 words of at most 40 characters; words under 3 characters are left out, and a text of such words alone is refused (BAD_USER_INPUT). */
  search?: string | null | undefined;
  /** Only points changed at or after this instant (their updatedAt). */
  updatedSince?: string | null | undefined;
  /** Only points with coordinates within a radius of a position; points without coordinates take no part. */
  within?: PointsWithin | null | undefined;
};

/** The kind of a point of a SPAZIO COMUNE network. */
export type PointKind =
  /** Centro Socio Ricreativo Culturale. */
  | 'CSRC'
  /** Spazio WeMi (welfare di comunità). */
  | 'WEMI';

/** A circle around a position: the points with coordinates within radiusKm of it. */
export type PointsWithin = {
  /** Latitude of the centre (WGS 84), -90 to 90. */
  latitude: number;
  /** Longitude of the centre (WGS 84), -180 to 180. */
  longitude: number;
  /** The radius in kilometres, more than 0 and at most 50 (as pointsNearby). */
  radiusKm: number;
};

/** The four areas of the shared services (servizi condivisi) of the Spazi WeMi. */
export type SharedServiceArea =
  /** promozione di un invecchiamento attivo */
  | 'ACTIVE_AGEING'
  /** servizi sociosanitari */
  | 'SOCIAL_HEALTH'
  /** sostegno allo studio */
  | 'STUDY_SUPPORT'
  /** supporto alla conciliazione tempo vita/lavoro */
  | 'WORK_LIFE_BALANCE';

/** A day of the week. */
export type Weekday =
  /** Venerdì. */
  | 'FRIDAY'
  /** Lunedì. */
  | 'MONDAY'
  /** Sabato. */
  | 'SATURDAY'
  /** Domenica. */
  | 'SUNDAY'
  /** Giovedì. */
  | 'THURSDAY'
  /** Martedì. */
  | 'TUESDAY'
  /** Mercoledì. */
  | 'WEDNESDAY';

export type CatalogAddressFragment = { street: string | null, postalCode: string | null, city: string | null, latitude: number | null, longitude: number | null };

export type CatalogPointsModifiedQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogPointsModifiedQuery = { points: { nodes: Array<{ updatedAt: string }> } };

export type CatalogPointsQueryVariables = Exact<{
  first: number;
  skip: number;
}>;


export type CatalogPointsQuery = { points: { totalCount: number, nodes: Array<{ id: string, kind: PointKind, name: string | null, shortName: string | null, manager: string | null, hoursAsWritten: string | null, updatedAt: string, address: { street: string | null, postalCode: string | null, city: string | null, latitude: number | null, longitude: number | null }, municipio: { number: number } | null, openingHours: Array<{ day: Weekday, opens: string, closes: string, activity: Activity }>, source: { demo: boolean } }> } };

export type CatalogCallsQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogCallsQuery = { servizioCivileCalls: Array<{ year: number, placementCount: number }> };

export type CatalogCallPlacementsQueryVariables = Exact<{
  year: number;
  first: number;
  skip: number;
}>;


export type CatalogCallPlacementsQuery = { servizioCivileCall: { placements: Array<{ id: string, callYear: number, volunteers: number, project: { id: string, title: string }, site: { code: string, name: string, municipio: { number: number } | null }, address: { street: string | null, postalCode: string | null, city: string | null, latitude: number | null, longitude: number | null }, source: { demo: boolean } }> } | null };

export type CatalogLevaCivicaProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogLevaCivicaProjectsQuery = { levaCivicaProjects: Array<{ id: string, title: string, places: number, hours: { months: number, monthlyAverage: number }, site: { id: string, name: string, organisation: string, address: { street: string | null, postalCode: string | null, city: string | null, latitude: number | null, longitude: number | null }, municipio: { number: number } | null }, source: { demo: boolean } }> };

export type CatalogIndicatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogIndicatorsQuery = { indicators: Array<{ code: string, kind: IndicatorKind, description: string, unit: string, target2024: number | null, target2027: number | null, actual: number, note: string | null, actualBasis: { real: number, includesDemo: boolean }, source: { demo: boolean } }> };

export type DashboardFrameQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardFrameQuery = { municipi: Array<{ number: number, name: string, boundary: Record<string, unknown> }>, servizioCivileCalls: Array<{ year: number, title: string, totalVolunteers: number }>, indicators: Array<{ code: string, description: string, unit: string, target2024: number | null, target2027: number | null, actual: number, actualBasis: { demo: number, includesDemo: boolean } }>, compliance: Array<{ rule: string, description: string, subject: string, passed: boolean | null, detail: string }> };

export type DemoPartFragment = { demo: number, includesDemo: boolean };

export type DashboardFiguresQueryVariables = Exact<{
  callYear?: number | null | undefined;
  at: string;
}>;


export type DashboardFiguresQuery = { municipi: Array<{ number: number, name: string, spazioComune: { code: string, frontOfficeHoursPerWeek: number, frontOfficeHoursPerWeekBasis: { demo: number, includesDemo: boolean }, points: Array<{ id: string, source: { demo: boolean } }> } | null, servizioCivile: { volunteers: number } | null, levaCivica: { places: number } | null }>, open1: { totalCount: number }, open2: { totalCount: number }, open3: { totalCount: number }, open4: { totalCount: number }, open5: { totalCount: number }, open6: { totalCount: number }, open7: { totalCount: number }, open8: { totalCount: number }, open9: { totalCount: number } };

export type DashboardPointsQueryVariables = Exact<{
  municipio: number;
  at: string;
}>;


export type DashboardPointsQuery = { points: { edges: Array<{ node: { isOpen: boolean | null, id: string, kind: PointKind, name: string | null, shortName: string | null, manager: string | null, nextChange: { at: string, opens: boolean } | null, address: { street: string | null, postalCode: string | null, city: string | null, latitude: number | null, longitude: number | null }, municipio: { number: number, name: string } | null, openingHours: Array<{ day: Weekday, opens: string, closes: string }>, specialSchedules: Array<{ validFrom: string, validTo: string, closed: boolean, opens: string | null, closes: string | null, reason: string }>, source: { demo: boolean } } }> } };

export type DashboardComparisonQueryVariables = Exact<{
  fromYear: number;
  toYear: number;
}>;


export type DashboardComparisonQuery = { servizioCivileCallComparison: Array<{ fromVolunteers: number, toVolunteers: number, delta: number, site: { code: string, name: string, municipio: { number: number } | null } }> | null };

export type HsdsAddressFragment = { street: string | null, postalCode: string | null, city: string | null, latitude: number | null, longitude: number | null };

export type HsdsPointsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  skip?: number | null | undefined;
  filter?: PointFilter | null | undefined;
}>;


export type HsdsPointsQuery = { points: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: PointKind, name: string | null, shortName: string | null, manager: string | null, hoursAsWritten: string | null, updatedAt: string, address: { street: string | null, postalCode: string | null, city: string | null, latitude: number | null, longitude: number | null }, municipio: { number: number } | null, openingHours: Array<{ day: Weekday, opens: string, closes: string, activity: Activity }>, specialSchedules: Array<{ id: string, validFrom: string, validTo: string, closed: boolean, opens: string | null, closes: string | null, activity: Activity | null, reason: string }>, source: { demo: boolean } } }> } };

export type HsdsProgrammesQueryVariables = Exact<{
  search?: string | null | undefined;
  atLocations?: boolean;
}>;


export type HsdsProgrammesQuery = { wemiCategories: Array<{ position: number, name: string }>, sharedServices: Array<{ id: string, name: string, area: SharedServiceArea, source: { demo: boolean } }>, servizioCivileCalls: Array<{ year: number, organisation: string, projectCount?: number, placementCount?: number }>, levaCivicaProjects: Array<{ id: string, title: string, places: number, description: string, hours: { weeklyAverage: number, months: number }, site: { id: string, name: string, organisation: string, address: { street: string | null, postalCode: string | null, city: string | null, latitude: number | null, longitude: number | null } }, source: { demo: boolean } }> };

export type HsdsProjectFragment = { id: string, title: string, weeklyHours: number, months: number, requirements: string, volunteers: number, placementCount: number, programme: { title: string } };

export type HsdsPlacementFragment = { volunteers: number, site: { code: string, name: string, address: { street: string | null, postalCode: string | null, city: string | null, latitude: number | null, longitude: number | null } | null } };

export type HsdsCallProjectsQueryVariables = Exact<{
  year: number;
  first: number;
  skip: number;
  search?: string | null | undefined;
  placements: boolean;
}>;


export type HsdsCallProjectsQuery = { servizioCivileCall: { year: number, organisation: string, projects: Array<{ id: string, title: string, weeklyHours: number, months: number, requirements: string, volunteers: number, placementCount: number, placements?: Array<{ volunteers: number, site: { code: string, name: string, address: { street: string | null, postalCode: string | null, city: string | null, latitude: number | null, longitude: number | null } | null } }>, programme: { title: string } }> } | null };

export type HsdsCallPlacementsQueryVariables = Exact<{
  year: number;
  first: number;
  skip: number;
  search?: string | null | undefined;
}>;


export type HsdsCallPlacementsQuery = { servizioCivileCall: { year: number, organisation: string, placements: Array<{ volunteers: number, project: { id: string, title: string, weeklyHours: number, months: number, requirements: string, volunteers: number, placementCount: number, programme: { title: string } }, site: { code: string, name: string, address: { street: string | null, postalCode: string | null, city: string | null, latitude: number | null, longitude: number | null } | null } }> } | null };

export type HsdsProjectPlacementsQueryVariables = Exact<{
  project: string | number;
  after?: string | null | undefined;
}>;


export type HsdsProjectPlacementsQuery = { servizioCivilePlacements: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ volunteers: number, site: { code: string, name: string, address: { street: string | null, postalCode: string | null, city: string | null, latitude: number | null, longitude: number | null } | null } }> } };

export type HsdsPointsCountQueryVariables = Exact<{
  filter?: PointFilter | null | undefined;
}>;


export type HsdsPointsCountQuery = { points: { totalCount: number } };

export type HsdsManagersQueryVariables = Exact<{ [key: string]: never; }>;


export type HsdsManagersQuery = { points: { managers: Array<string> } };

export type HsdsWemiCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type HsdsWemiCategoriesQuery = { wemiCategories: Array<{ position: number, name: string }> };

export type HsdsProgrammeOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type HsdsProgrammeOrganisationsQuery = { servizioCivileCalls: Array<{ organisation: string }>, levaCivicaProjects: Array<{ site: { organisation: string } }> };

export type HsdsProjectByHsdsIdQueryVariables = Exact<{
  id: string | number;
}>;


export type HsdsProjectByHsdsIdQuery = { servizioCivileCalls: Array<{ year: number, organisation: string, projects: Array<{ id: string, title: string, weeklyHours: number, months: number, requirements: string, volunteers: number, placementCount: number, placements: Array<{ volunteers: number, site: { code: string, name: string, address: { street: string | null, postalCode: string | null, city: string | null, latitude: number | null, longitude: number | null } | null } }>, programme: { title: string } }> }> };

export type PointPlaceFragment = { id: string, kind: PointKind, name: string | null, shortName: string | null, manager: string | null, address: { street: string | null, postalCode: string | null, city: string | null, latitude: number | null, longitude: number | null }, municipio: { number: number, name: string } | null, openingHours: Array<{ day: Weekday, opens: string, closes: string }>, specialSchedules: Array<{ validFrom: string, validTo: string, closed: boolean, opens: string | null, closes: string | null, reason: string }>, source: { demo: boolean } };

export type PointJsonLdQueryVariables = Exact<{
  id: string | number;
}>;


export type PointJsonLdQuery = { point: { id: string, kind: PointKind, name: string | null, shortName: string | null, manager: string | null, address: { street: string | null, postalCode: string | null, city: string | null, latitude: number | null, longitude: number | null }, municipio: { number: number, name: string } | null, openingHours: Array<{ day: Weekday, opens: string, closes: string }>, specialSchedules: Array<{ validFrom: string, validTo: string, closed: boolean, opens: string | null, closes: string | null, reason: string }>, source: { demo: boolean } } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CatalogAddressFragmentDoc = new TypedDocumentString(`
    fragment CatalogAddress on Address {
  street
  postalCode
  city
  latitude
  longitude
}
    `, {"fragmentName":"CatalogAddress"}) as unknown as TypedDocumentString<CatalogAddressFragment, unknown>;
export const DemoPartFragmentDoc = new TypedDocumentString(`
    fragment DemoPart on FigureBasis {
  demo
  includesDemo
}
    `, {"fragmentName":"DemoPart"}) as unknown as TypedDocumentString<DemoPartFragment, unknown>;
export const HsdsProjectFragmentDoc = new TypedDocumentString(`
    fragment HsdsProject on ServizioCivileProject {
  id
  title
  weeklyHours
  months
  requirements
  volunteers
  placementCount
  programme {
    title
  }
}
    `, {"fragmentName":"HsdsProject"}) as unknown as TypedDocumentString<HsdsProjectFragment, unknown>;
export const HsdsAddressFragmentDoc = new TypedDocumentString(`
    fragment HsdsAddress on Address {
  street
  postalCode
  city
  latitude
  longitude
}
    `, {"fragmentName":"HsdsAddress"}) as unknown as TypedDocumentString<HsdsAddressFragment, unknown>;
export const HsdsPlacementFragmentDoc = new TypedDocumentString(`
    fragment HsdsPlacement on ServizioCivilePlacement {
  volunteers
  site {
    code
    name
    address {
      ...HsdsAddress
    }
  }
}
    fragment HsdsAddress on Address {
  street
  postalCode
  city
  latitude
  longitude
}`, {"fragmentName":"HsdsPlacement"}) as unknown as TypedDocumentString<HsdsPlacementFragment, unknown>;
export const PointPlaceFragmentDoc = new TypedDocumentString(`
    fragment PointPlace on Point {
  id
  kind
  name
  shortName
  manager
  address {
    street
    postalCode
    city
    latitude
    longitude
  }
  municipio {
    number
    name
  }
  openingHours {
    day
    opens
    closes
  }
  specialSchedules {
    validFrom
    validTo
    closed
    opens
    closes
    reason
  }
  source {
    demo
  }
}
    `, {"fragmentName":"PointPlace"}) as unknown as TypedDocumentString<PointPlaceFragment, unknown>;
export const CatalogPointsModifiedDocument = new TypedDocumentString(`
    query CatalogPointsModified {
  points(first: 1, orderBy: {field: UPDATED_AT, direction: DESC}) {
    nodes {
      updatedAt
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogPointsModifiedQuery, CatalogPointsModifiedQueryVariables>;
export const CatalogPointsDocument = new TypedDocumentString(`
    query CatalogPoints($first: Int!, $skip: Int!) {
  points(first: $first, skip: $skip) {
    totalCount
    nodes {
      id
      kind
      name
      shortName
      manager
      address {
        ...CatalogAddress
      }
      municipio {
        number
      }
      openingHours {
        day
        opens
        closes
        activity
      }
      hoursAsWritten
      updatedAt
      source {
        demo
      }
    }
  }
}
    fragment CatalogAddress on Address {
  street
  postalCode
  city
  latitude
  longitude
}`) as unknown as TypedDocumentString<CatalogPointsQuery, CatalogPointsQueryVariables>;
export const CatalogCallsDocument = new TypedDocumentString(`
    query CatalogCalls {
  servizioCivileCalls {
    year
    placementCount
  }
}
    `) as unknown as TypedDocumentString<CatalogCallsQuery, CatalogCallsQueryVariables>;
export const CatalogCallPlacementsDocument = new TypedDocumentString(`
    query CatalogCallPlacements($year: Int!, $first: Int!, $skip: Int!) {
  servizioCivileCall(year: $year) {
    placements(first: $first, skip: $skip) {
      id
      callYear
      volunteers
      project {
        id
        title
      }
      site {
        code
        name
        municipio {
          number
        }
      }
      address {
        ...CatalogAddress
      }
      source {
        demo
      }
    }
  }
}
    fragment CatalogAddress on Address {
  street
  postalCode
  city
  latitude
  longitude
}`) as unknown as TypedDocumentString<CatalogCallPlacementsQuery, CatalogCallPlacementsQueryVariables>;
export const CatalogLevaCivicaProjectsDocument = new TypedDocumentString(`
    query CatalogLevaCivicaProjects {
  levaCivicaProjects(first: 100) {
    id
    title
    places
    hours {
      months
      monthlyAverage
    }
    site {
      id
      name
      organisation
      address {
        ...CatalogAddress
      }
      municipio {
        number
      }
    }
    source {
      demo
    }
  }
}
    fragment CatalogAddress on Address {
  street
  postalCode
  city
  latitude
  longitude
}`) as unknown as TypedDocumentString<CatalogLevaCivicaProjectsQuery, CatalogLevaCivicaProjectsQueryVariables>;
export const CatalogIndicatorsDocument = new TypedDocumentString(`
    query CatalogIndicators {
  indicators {
    code
    kind
    description
    unit
    target2024
    target2027
    actual
    actualBasis {
      real
      includesDemo
    }
    note
    source {
      demo
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogIndicatorsQuery, CatalogIndicatorsQueryVariables>;
export const DashboardFrameDocument = new TypedDocumentString(`
    query DashboardFrame {
  municipi {
    number
    name
    boundary
  }
  servizioCivileCalls {
    year
    title
    totalVolunteers
  }
  indicators {
    code
    description
    unit
    target2024
    target2027
    actual
    actualBasis {
      ...DemoPart
    }
  }
  compliance {
    rule
    description
    subject
    passed
    detail
  }
}
    fragment DemoPart on FigureBasis {
  demo
  includesDemo
}`) as unknown as TypedDocumentString<DashboardFrameQuery, DashboardFrameQueryVariables>;
export const DashboardFiguresDocument = new TypedDocumentString(`
    query DashboardFigures($callYear: Int, $at: DateTime!) {
  municipi {
    number
    name
    spazioComune {
      code
      frontOfficeHoursPerWeek
      frontOfficeHoursPerWeekBasis {
        ...DemoPart
      }
      points(first: 100) {
        id
        source {
          demo
        }
      }
    }
    servizioCivile(callYear: $callYear) {
      volunteers
    }
    levaCivica {
      places
    }
  }
  open1: points(first: 1, filter: {municipio: 1, openAt: $at}) {
    totalCount
  }
  open2: points(first: 1, filter: {municipio: 2, openAt: $at}) {
    totalCount
  }
  open3: points(first: 1, filter: {municipio: 3, openAt: $at}) {
    totalCount
  }
  open4: points(first: 1, filter: {municipio: 4, openAt: $at}) {
    totalCount
  }
  open5: points(first: 1, filter: {municipio: 5, openAt: $at}) {
    totalCount
  }
  open6: points(first: 1, filter: {municipio: 6, openAt: $at}) {
    totalCount
  }
  open7: points(first: 1, filter: {municipio: 7, openAt: $at}) {
    totalCount
  }
  open8: points(first: 1, filter: {municipio: 8, openAt: $at}) {
    totalCount
  }
  open9: points(first: 1, filter: {municipio: 9, openAt: $at}) {
    totalCount
  }
}
    fragment DemoPart on FigureBasis {
  demo
  includesDemo
}`) as unknown as TypedDocumentString<DashboardFiguresQuery, DashboardFiguresQueryVariables>;
export const DashboardPointsDocument = new TypedDocumentString(`
    query DashboardPoints($municipio: Int!, $at: DateTime!) {
  points(first: 100, filter: {municipio: $municipio}) {
    edges {
      node {
        ...PointPlace
        isOpen(at: $at)
        nextChange(after: $at) {
          at
          opens
        }
      }
    }
  }
}
    fragment PointPlace on Point {
  id
  kind
  name
  shortName
  manager
  address {
    street
    postalCode
    city
    latitude
    longitude
  }
  municipio {
    number
    name
  }
  openingHours {
    day
    opens
    closes
  }
  specialSchedules {
    validFrom
    validTo
    closed
    opens
    closes
    reason
  }
  source {
    demo
  }
}`) as unknown as TypedDocumentString<DashboardPointsQuery, DashboardPointsQueryVariables>;
export const DashboardComparisonDocument = new TypedDocumentString(`
    query DashboardComparison($fromYear: Int!, $toYear: Int!) {
  servizioCivileCallComparison(fromYear: $fromYear, toYear: $toYear) {
    site {
      code
      name
      municipio {
        number
      }
    }
    fromVolunteers
    toVolunteers
    delta
  }
}
    `) as unknown as TypedDocumentString<DashboardComparisonQuery, DashboardComparisonQueryVariables>;
export const HsdsPointsDocument = new TypedDocumentString(`
    query HsdsPoints($first: Int!, $after: String, $skip: Int, $filter: PointFilter) {
  points(first: $first, after: $after, skip: $skip, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        kind
        name
        shortName
        manager
        hoursAsWritten
        updatedAt
        address {
          ...HsdsAddress
        }
        municipio {
          number
        }
        openingHours {
          day
          opens
          closes
          activity
        }
        specialSchedules {
          id
          validFrom
          validTo
          closed
          opens
          closes
          activity
          reason
        }
        source {
          demo
        }
      }
    }
  }
}
    fragment HsdsAddress on Address {
  street
  postalCode
  city
  latitude
  longitude
}`) as unknown as TypedDocumentString<HsdsPointsQuery, HsdsPointsQueryVariables>;
export const HsdsProgrammesDocument = new TypedDocumentString(`
    query HsdsProgrammes($search: String, $atLocations: Boolean! = false) {
  wemiCategories {
    position
    name
  }
  sharedServices {
    id
    name
    area
    source {
      demo
    }
  }
  servizioCivileCalls {
    year
    organisation
    projectCount(search: $search) @skip(if: $atLocations)
    placementCount(search: $search) @include(if: $atLocations)
  }
  levaCivicaProjects {
    id
    title
    places
    description
    hours {
      weeklyAverage
      months
    }
    site {
      id
      name
      organisation
      address {
        ...HsdsAddress
      }
    }
    source {
      demo
    }
  }
}
    fragment HsdsAddress on Address {
  street
  postalCode
  city
  latitude
  longitude
}`) as unknown as TypedDocumentString<HsdsProgrammesQuery, HsdsProgrammesQueryVariables>;
export const HsdsCallProjectsDocument = new TypedDocumentString(`
    query HsdsCallProjects($year: Int!, $first: Int!, $skip: Int!, $search: String, $placements: Boolean!) {
  servizioCivileCall(year: $year) {
    year
    organisation
    projects(first: $first, skip: $skip, search: $search) {
      ...HsdsProject
      placements(first: 100) @include(if: $placements) {
        ...HsdsPlacement
      }
    }
  }
}
    fragment HsdsAddress on Address {
  street
  postalCode
  city
  latitude
  longitude
}
fragment HsdsProject on ServizioCivileProject {
  id
  title
  weeklyHours
  months
  requirements
  volunteers
  placementCount
  programme {
    title
  }
}
fragment HsdsPlacement on ServizioCivilePlacement {
  volunteers
  site {
    code
    name
    address {
      ...HsdsAddress
    }
  }
}`) as unknown as TypedDocumentString<HsdsCallProjectsQuery, HsdsCallProjectsQueryVariables>;
export const HsdsCallPlacementsDocument = new TypedDocumentString(`
    query HsdsCallPlacements($year: Int!, $first: Int!, $skip: Int!, $search: String) {
  servizioCivileCall(year: $year) {
    year
    organisation
    placements(first: $first, skip: $skip, search: $search) {
      ...HsdsPlacement
      project {
        ...HsdsProject
      }
    }
  }
}
    fragment HsdsAddress on Address {
  street
  postalCode
  city
  latitude
  longitude
}
fragment HsdsProject on ServizioCivileProject {
  id
  title
  weeklyHours
  months
  requirements
  volunteers
  placementCount
  programme {
    title
  }
}
fragment HsdsPlacement on ServizioCivilePlacement {
  volunteers
  site {
    code
    name
    address {
      ...HsdsAddress
    }
  }
}`) as unknown as TypedDocumentString<HsdsCallPlacementsQuery, HsdsCallPlacementsQueryVariables>;
export const HsdsProjectPlacementsDocument = new TypedDocumentString(`
    query HsdsProjectPlacements($project: ID!, $after: String) {
  servizioCivilePlacements(first: 100, projectId: $project, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...HsdsPlacement
    }
  }
}
    fragment HsdsAddress on Address {
  street
  postalCode
  city
  latitude
  longitude
}
fragment HsdsPlacement on ServizioCivilePlacement {
  volunteers
  site {
    code
    name
    address {
      ...HsdsAddress
    }
  }
}`) as unknown as TypedDocumentString<HsdsProjectPlacementsQuery, HsdsProjectPlacementsQueryVariables>;
export const HsdsPointsCountDocument = new TypedDocumentString(`
    query HsdsPointsCount($filter: PointFilter) {
  points(first: 1, filter: $filter) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<HsdsPointsCountQuery, HsdsPointsCountQueryVariables>;
export const HsdsManagersDocument = new TypedDocumentString(`
    query HsdsManagers {
  points(first: 1) {
    managers
  }
}
    `) as unknown as TypedDocumentString<HsdsManagersQuery, HsdsManagersQueryVariables>;
export const HsdsWemiCategoriesDocument = new TypedDocumentString(`
    query HsdsWemiCategories {
  wemiCategories {
    position
    name
  }
}
    `) as unknown as TypedDocumentString<HsdsWemiCategoriesQuery, HsdsWemiCategoriesQueryVariables>;
export const HsdsProgrammeOrganisationsDocument = new TypedDocumentString(`
    query HsdsProgrammeOrganisations {
  servizioCivileCalls {
    organisation
  }
  levaCivicaProjects {
    site {
      organisation
    }
  }
}
    `) as unknown as TypedDocumentString<HsdsProgrammeOrganisationsQuery, HsdsProgrammeOrganisationsQueryVariables>;
export const HsdsProjectByHsdsIdDocument = new TypedDocumentString(`
    query HsdsProjectByHsdsId($id: ID!) {
  servizioCivileCalls {
    year
    organisation
    projects(first: 1, hsdsIds: [$id]) {
      ...HsdsProject
      placements(first: 100) {
        ...HsdsPlacement
      }
    }
  }
}
    fragment HsdsAddress on Address {
  street
  postalCode
  city
  latitude
  longitude
}
fragment HsdsProject on ServizioCivileProject {
  id
  title
  weeklyHours
  months
  requirements
  volunteers
  placementCount
  programme {
    title
  }
}
fragment HsdsPlacement on ServizioCivilePlacement {
  volunteers
  site {
    code
    name
    address {
      ...HsdsAddress
    }
  }
}`) as unknown as TypedDocumentString<HsdsProjectByHsdsIdQuery, HsdsProjectByHsdsIdQueryVariables>;
export const PointJsonLdDocument = new TypedDocumentString(`
    query PointJsonLd($id: ID!) {
  point(id: $id) {
    ...PointPlace
  }
}
    fragment PointPlace on Point {
  id
  kind
  name
  shortName
  manager
  address {
    street
    postalCode
    city
    latitude
    longitude
  }
  municipio {
    number
    name
  }
  openingHours {
    day
    opens
    closes
  }
  specialSchedules {
    validFrom
    validTo
    closed
    opens
    closes
    reason
  }
  source {
    demo
  }
}`) as unknown as TypedDocumentString<PointJsonLdQuery, PointJsonLdQueryVariables>;