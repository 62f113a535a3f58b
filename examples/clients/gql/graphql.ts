/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What a point offers in an opening interval. */
export type Activity =
  /** Digital education: front office at computer stations and computer literacy courses. */
  | 'DIGITAL_EDUCATION'
  /** Listening, information and orientation for citizens (front office). */
  | 'FRONT_OFFICE'
  /** Other uses: socialising, workshops, courses, events. */
  | 'OTHER';

/** Days on which a point is closed, or open at other hours (a closure for works, a summer timetable…). */
export type AddPointSpecialScheduleInput = {
  /** What the point offers in those hours (front office when absent); absent when closed. */
  activity?: Activity | null | undefined;
  /** True: closed all day. False: open from opens to closes. */
  closed: boolean;
  /** Closing time on those days; required unless closed, absent when closed. */
  closes?: string | null | undefined;
  /** The version of the point the client last read; a stale one changes nothing (VERSION_CONFLICT). */
  expectedVersion: number;
  /** Opening time on those days; required unless closed, absent when closed. */
  opens?: string | null | undefined;
  /** The point. */
  pointId: string | number;
  /** Why, as citizens will read it, e.g. "Chiusura per lavori". */
  reason: string;
  /** The first day, e.g. "2027-08-01". */
  validFrom: string;
  /** The last day, included; not before validFrom. */
  validTo: string;
};

/** The text of a Servizio Civile call (bando), imported all or nothing. */
export type ImportServizioCivileCallInput = {
  /** The text of a Servizio Civile call (bando) as published (markdown), at most about 1 MB; a larger one is staged in parts (stageServizioCivileCallImportPart) and named by uploadId. */
  document?: string | null | undefined;
  /** True: report what would change, and change nothing. */
  dryRun?: boolean;
  /** Instead of document: the upload whose parts were staged with stageServizioCivileCallImportPart; they are imported as one document. */
  uploadId?: string | number | null | undefined;
};

/** What decides the hours of a day. */
export type OpeningDayState =
  /** An Italian public holiday or Sant’Ambrogio (7 December): closed. */
  | 'HOLIDAY'
  /** A special schedule closes the point all day. */
  | 'SPECIAL_CLOSURE'
  /** A special schedule sets other hours. */
  | 'SPECIAL_HOURS'
  /** The weekly opening hours (no interval when the point does not open on that weekday). */
  | 'WEEKLY_HOURS';

/** One weekly opening interval, in Europe/Rome local time. */
export type OpeningHoursInput = {
  /** Front office, digital education or another use. */
  activity: Activity;
  /** Closing time, e.g. "13:00"; one before opens means the next day. */
  closes: string;
  /** The day the interval starts. */
  day: Weekday;
  /** Opening time, e.g. "09:00". */
  opens: string;
};

/** Which opportunities to list; every field given must match. */
export type OpportunityFilter = {
  /** Servizio Civile: the call year (the latest call when absent). Leva Civica projects have no call year and ignore it. */
  callYear?: number | null | undefined;
  /** Only opportunities of at most these weekly hours. */
  maxWeeklyHours?: number | null | undefined;
  /** Only opportunities of at least these weekly hours. */
  minWeeklyHours?: number | null | undefined;
  /** Only opportunities at sites in this Municipio (1 to 9). */
  municipio?: number | null | undefined;
};

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

/** People who took part in an activity, on a day, at a point or for the whole city. */
export type RecordParticipationInput = {
  /** How many people, at least 1. */
  count: number;
  /** The day, not in the future. */
  date: string;
  /** The indicator the participation counts for, e.g. "EECO01". */
  indicatorCode: string | number;
  /** The point where they took part; absent for the whole city (admins only). */
  pointId?: string | number | null | undefined;
};

/** A special schedule to remove. */
export type RemovePointSpecialScheduleInput = {
  /** The version of its point the client last read; a stale one changes nothing (VERSION_CONFLICT). */
  expectedVersion: number;
  /** The special schedule. */
  specialScheduleId: string | number;
};

/** The new weekly opening hours of a point; they replace the old ones whole. */
export type SetPointOpeningHoursInput = {
  /** The version of the point the client last read; a stale one changes nothing (VERSION_CONFLICT). */
  expectedVersion: number;
  /** Every weekly interval (at most 50); an empty list means no timetable. */
  hours: Array<OpeningHoursInput>;
  /** The point. */
  pointId: string | number;
};

/** Why a mutation changed nothing. */
export type UserErrorCode =
  /** A value is not acceptable: not a time of day, a date that does not exist, an end before a start, a count below 1, a NUL byte… */
  | 'INVALID_INPUT'
  /** The input would go past a bound of the hub (e.g. what staged uploads may hold at once): the message says which, and when it frees up. */
  | 'LIMIT_REACHED'
  /** The document is not a Servizio Civile call: the message says what is missing. */
  | 'NOT_A_CALL'
  /** The document is not a Leva Civica project: the message says what is missing. */
  | 'NOT_A_PROJECT'
  /** The record the input names does not exist. */
  | 'NOT_FOUND'
  /** The record changed since the client read it: expectedVersion is stale. Read it again (currentVersion) and retry. */
  | 'VERSION_CONFLICT';

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

/** The programme an opportunity belongs to. */
export type YouthProgramme =
  /** Leva Civica. */
  | 'LEVA_CIVICA'
  /** Servizio Civile Universale. */
  | 'SERVIZIO_CIVILE';

export type AddClosureMutationVariables = Exact<{
  input: AddPointSpecialScheduleInput;
}>;


export type AddClosureMutation = { addPointSpecialSchedule: { specialSchedule: { id: string, validFrom: string, validTo: string, closed: boolean, opens: string | null, closes: string | null, reason: string } | null, point: { id: string, version: number, specialSchedules: Array<{ id: string, validFrom: string, validTo: string, closed: boolean }> } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode, currentVersion: number | null }> } };

export type CallComparisonQueryVariables = Exact<{
  fromYear: number;
  toYear: number;
}>;


export type CallComparisonQuery = { servizioCivileCallComparison: Array<{ fromVolunteers: number, toVolunteers: number, delta: number, site: { id: string, code: string, name: string } }> | null };

export type CityOverviewQueryVariables = Exact<{
  callYear: number;
}>;


export type CityOverviewQuery = { municipi: Array<{ id: string, number: number, name: string, spazioComune: { id: string, code: string, frontOfficeHoursPerWeek: number, points: Array<{ id: string, kind: PointKind }> } | null, servizioCivile: { volunteers: number, sites: Array<{ id: string, code: string }> } | null, levaCivica: { places: number } | null }> };

export type ImportServizioCivileCallMutationVariables = Exact<{
  input: ImportServizioCivileCallInput;
}>;


export type ImportServizioCivileCallMutation = { importServizioCivileCall: { report: { year: number, dryRun: boolean, placements: number, created: number, updated: number, unchanged: number, warnings: Array<string> } | null, call: { id: string, year: number, totalVolunteers: number } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type LevaCivicaProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type LevaCivicaProjectsQuery = { levaCivicaProjects: Array<{ id: string, title: string, places: number, site: { id: string, name: string, address: { id: string, street: string | null, city: string | null }, municipio: { id: string, number: number } | null }, hours: { total: number, service: number, specificTraining: number, certification: number, weeklyAverage: number } }> };

export type MunicipioAtQueryVariables = Exact<{
  latitude: number;
  longitude: number;
}>;


export type MunicipioAtQuery = { municipioAt: { id: string, number: number, name: string } | null };

export type NetworkHealthQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworkHealthQuery = { indicators: Array<{ id: string, code: string, description: string, unit: string, target2024: number | null, target2027: number | null, actual: number }>, compliance: Array<{ rule: string, subject: string, passed: boolean | null, detail: string }>, wemiCategories: Array<{ id: string, name: string }> };

export type PointHistoryQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type PointHistoryQuery = { point: { id: string, version: number, updatedAt: string, history: { totalCount: number, edges: Array<{ node: { at: string, actor: string, action: string, before: Record<string, unknown>, after: Record<string, unknown> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null };

export type PointScheduleQueryVariables = Exact<{
  id: string | number;
  at: string;
}>;


export type PointScheduleQuery = { point: { id: string, name: string | null, isOpen: boolean | null, nextChange: { at: string, opens: boolean } | null, openingHours: Array<{ day: Weekday, opens: string, closes: string, activity: Activity }>, specialSchedules: Array<{ id: string, validFrom: string, validTo: string, closed: boolean, opens: string | null, closes: string | null, reason: string }> } | null };

export type PointTimetableQueryVariables = Exact<{
  id: string | number;
  from: string;
  days?: number | null | undefined;
}>;


export type PointTimetableQuery = { point: { id: string, name: string | null, openingTimes: Array<{ date: string, state: OpeningDayState, note: string | null, times: Array<{ start: string, end: string, endsOnNextDay: boolean, startsOnPreviousDay: boolean }> }> | null } | null };

export type PointsChangedSinceQueryVariables = Exact<{
  since: string;
  first: number;
  after?: string | null | undefined;
}>;


export type PointsChangedSinceQuery = { pointsModifiedSince: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, version: number, updatedAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PointsNearbyQueryVariables = Exact<{
  latitude: number;
  longitude: number;
  radiusKm: number;
  at: string;
}>;


export type PointsNearbyQuery = { pointsNearby: Array<{ distanceKm: number, point: { id: string, name: string | null, kind: PointKind, isOpen: boolean | null, address: { id: string, street: string | null, latitude: number | null, longitude: number | null }, municipio: { id: string, number: number } | null, openingHours: Array<{ day: Weekday, opens: string, closes: string, activity: Activity }> } }> };

export type PointsPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: PointFilter | null | undefined;
}>;


export type PointsPageQuery = { points: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, name: string | null, kind: PointKind, municipio: { id: string, number: number } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RecordParticipationMutationVariables = Exact<{
  input: RecordParticipationInput;
}>;


export type RecordParticipationMutation = { recordParticipation: { participation: { id: string, date: string, count: number } | null, indicator: { id: string, code: string, actual: number } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type RemoveClosureMutationVariables = Exact<{
  input: RemovePointSpecialScheduleInput;
}>;


export type RemoveClosureMutation = { removePointSpecialSchedule: { removedSpecialScheduleId: string | null, point: { id: string, version: number } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode, currentVersion: number | null }> } };

export type ServizioCivileCallQueryVariables = Exact<{
  year: number;
}>;


export type ServizioCivileCallQuery = { servizioCivileCall: { id: string, year: number, totalVolunteers: number, programme: { id: string, title: string, sector: string } | null, projects: Array<{ id: string, title: string, annualHours: number, weeklyHours: number, daysPerWeek: number, placements: Array<{ id: string, volunteers: number, address: { id: string, street: string | null, city: string | null }, site: { id: string, code: string, name: string } }> }> } | null };

export type SetPointHoursMutationVariables = Exact<{
  input: SetPointOpeningHoursInput;
}>;


export type SetPointHoursMutation = { setPointOpeningHours: { point: { id: string, version: number, updatedAt: string, frontOfficeHoursPerWeek: number, openingHours: Array<{ day: Weekday, opens: string, closes: string, activity: Activity }> } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode, currentVersion: number | null }> } };

export type SiteByCodeQueryVariables = Exact<{
  code: string | number;
}>;


export type SiteByCodeQuery = { servizioCivileSite: { id: string, code: string, name: string, address: { id: string, street: string | null, postalCode: string | null, city: string | null, latitude: number | null, longitude: number | null } | null, municipio: { id: string, number: number, name: string } | null, placements: Array<{ id: string, callYear: number, volunteers: number, project: { id: string, title: string } }> } | null };

export type YouthOpportunitiesQueryVariables = Exact<{
  filter?: OpportunityFilter | null | undefined;
}>;


export type YouthOpportunitiesQuery = { servizioCivileOpportunities: Array<{ id: string, programme: YouthProgramme, title: string, callYear: number | null, places: number, weeklyHours: number, annualHours: number, site: { name: string, address: { id: string, street: string | null, city: string | null } | null }, municipio: { id: string, number: number } | null }>, levaCivicaOpportunities: Array<{ id: string, programme: YouthProgramme, title: string, callYear: number | null, places: number, weeklyHours: number, annualHours: number, site: { name: string, address: { id: string, street: string | null, city: string | null } | null }, municipio: { id: string, number: number } | null }> };

export type OpportunityFragment = { id: string, programme: YouthProgramme, title: string, callYear: number | null, places: number, weeklyHours: number, annualHours: number, site: { name: string, address: { id: string, street: string | null, city: string | null } | null }, municipio: { id: string, number: number } | null };

export const OpportunityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Opportunity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"YouthOpportunity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"callYear"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"annualHours"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<OpportunityFragment, unknown>;
export const AddClosureDocument = {"__meta__":{"hash":"sha256:21386b6379b6643341b10d2d7839ca9007909bcecf9ecdb5236550448777b969"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddClosure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPointSpecialScheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPointSpecialSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specialSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"point"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"specialSchedules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]}}]} as unknown as DocumentNode<AddClosureMutation, AddClosureMutationVariables>;
export const CallComparisonDocument = {"__meta__":{"hash":"sha256:bc51546a996a09be532facf3a116759c5d9ec1e33fa78b016ad265aaa38434ca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CallComparison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"servizioCivileCallComparison"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"toYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromVolunteers"}},{"kind":"Field","name":{"kind":"Name","value":"toVolunteers"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}}]}}]}}]} as unknown as DocumentNode<CallComparisonQuery, CallComparisonQueryVariables>;
export const CityOverviewDocument = {"__meta__":{"hash":"sha256:2b315d88bb54ed5b7e9e0a6b599561b81f427ce58fab8457863790290041dd1d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CityOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"spazioComune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"frontOfficeHoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"servizioCivile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteers"}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"levaCivica"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"places"}}]}}]}}]}}]} as unknown as DocumentNode<CityOverviewQuery, CityOverviewQueryVariables>;
export const ImportServizioCivileCallDocument = {"__meta__":{"hash":"sha256:c799246f2c8a1df756bed92d383d2e3f0aeecef210e4c31090a3676fc404bdf1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportServizioCivileCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportServizioCivileCallInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importServizioCivileCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"placements"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"totalVolunteers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ImportServizioCivileCallMutation, ImportServizioCivileCallMutationVariables>;
export const LevaCivicaProjectsDocument = {"__meta__":{"hash":"sha256:e54ce4a8d60245d7db1756352998a2d3e75f69897d020bdacb405ef630558632"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LevaCivicaProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"levaCivicaProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"specificTraining"}},{"kind":"Field","name":{"kind":"Name","value":"certification"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyAverage"}}]}}]}}]}}]} as unknown as DocumentNode<LevaCivicaProjectsQuery, LevaCivicaProjectsQueryVariables>;
export const MunicipioAtDocument = {"__meta__":{"hash":"sha256:b5e889d1d5d2481e047ec982669230909ac549ebe5ac1019f8d21728512c0bca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MunicipioAt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"latitude"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"longitude"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipioAt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"latitude"},"value":{"kind":"Variable","name":{"kind":"Name","value":"latitude"}}},{"kind":"Argument","name":{"kind":"Name","value":"longitude"},"value":{"kind":"Variable","name":{"kind":"Name","value":"longitude"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MunicipioAtQuery, MunicipioAtQueryVariables>;
export const NetworkHealthDocument = {"__meta__":{"hash":"sha256:a8f81dc5a0ec12e5c7bb19eb2d492f1e9908406a88fe67f97eb5efb68c87fabc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"target2024"}},{"kind":"Field","name":{"kind":"Name","value":"target2027"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wemiCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<NetworkHealthQuery, NetworkHealthQueryVariables>;
export const PointHistoryDocument = {"__meta__":{"hash":"sha256:781dfeb933a082661e6c21f002917f6a9db937190c37cdda3d289b5be489bfb1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PointHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"point"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PointHistoryQuery, PointHistoryQueryVariables>;
export const PointScheduleDocument = {"__meta__":{"hash":"sha256:54b813497284350c29b1ecf014b9d23834d8dbf94c13d22139996d9f9c74bc69"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PointSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"point"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}]},{"kind":"Field","name":{"kind":"Name","value":"nextChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"specialSchedules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<PointScheduleQuery, PointScheduleQueryVariables>;
export const PointTimetableDocument = {"__meta__":{"hash":"sha256:5429bc409a0036e683518c63e64f73770085500709230070ada791126b105868"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PointTimetable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"7"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"point"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"openingTimes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"times"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"endsOnNextDay"}},{"kind":"Field","name":{"kind":"Name","value":"startsOnPreviousDay"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PointTimetableQuery, PointTimetableQueryVariables>;
export const PointsChangedSinceDocument = {"__meta__":{"hash":"sha256:243a5efeb6c328a95c4fe688559ae2df2f0bcbd18ec889cb283adbebbaa5e48f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PointsChangedSince"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsModifiedSince"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PointsChangedSinceQuery, PointsChangedSinceQueryVariables>;
export const PointsNearbyDocument = {"__meta__":{"hash":"sha256:766f2691ef3f564cb0374e38b9268c6e2ecd2485782092c21a289083d5368df0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PointsNearby"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"latitude"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"longitude"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"radiusKm"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsNearby"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"latitude"},"value":{"kind":"Variable","name":{"kind":"Name","value":"latitude"}}},{"kind":"Argument","name":{"kind":"Name","value":"longitude"},"value":{"kind":"Variable","name":{"kind":"Name","value":"longitude"}}},{"kind":"Argument","name":{"kind":"Name","value":"radiusKm"},"value":{"kind":"Variable","name":{"kind":"Name","value":"radiusKm"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"point"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}]},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PointsNearbyQuery, PointsNearbyQueryVariables>;
export const PointsPageDocument = {"__meta__":{"hash":"sha256:eae7cb63908f3fa2597c14aee07203d0aa29bb34773a9367a32a1ea9e8c815ee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PointsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PointFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"municipio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PointsPageQuery, PointsPageQueryVariables>;
export const RecordParticipationDocument = {"__meta__":{"hash":"sha256:ab39d00a6f803302930147404cd2021a33ae9522d3f199a8f31b87c32a57ae80"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordParticipation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordParticipationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordParticipation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RecordParticipationMutation, RecordParticipationMutationVariables>;
export const RemoveClosureDocument = {"__meta__":{"hash":"sha256:3b64ab9ef81b80b44781cd653b9e8d1bcb7f6f0821387023633b9e5acd9b0863"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveClosure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemovePointSpecialScheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removePointSpecialSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedSpecialScheduleId"}},{"kind":"Field","name":{"kind":"Name","value":"point"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveClosureMutation, RemoveClosureMutationVariables>;
export const ServizioCivileCallDocument = {"__meta__":{"hash":"sha256:511c3e95d9929018aa49cfd7ce86c2c641a132d47f13fbde55d7369ff64f096a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServizioCivileCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"servizioCivileCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"totalVolunteers"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"annualHours"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"volunteers"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ServizioCivileCallQuery, ServizioCivileCallQueryVariables>;
export const SetPointHoursDocument = {"__meta__":{"hash":"sha256:f8a4a21d9851cd0159ed3cb7dc565382618a29efa702dfb53fdc429a22e470f1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPointHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPointOpeningHoursInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPointOpeningHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"point"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"frontOfficeHoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]}}]} as unknown as DocumentNode<SetPointHoursMutation, SetPointHoursMutationVariables>;
export const SiteByCodeDocument = {"__meta__":{"hash":"sha256:5fad66f40b5b136a560b77caef80fa6264c06388b9ecae3a7f0639b42832b07f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"servizioCivileSite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"callYear"}},{"kind":"Field","name":{"kind":"Name","value":"volunteers"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SiteByCodeQuery, SiteByCodeQueryVariables>;
export const YouthOpportunitiesDocument = {"__meta__":{"hash":"sha256:50a88197f97520937e4e8f02f6a37febeb2fbd37800f03e66d801f97f6abc6ba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YouthOpportunities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OpportunityFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"servizioCivileOpportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Opportunity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levaCivicaOpportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Opportunity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Opportunity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"YouthOpportunity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"callYear"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"annualHours"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<YouthOpportunitiesQuery, YouthOpportunitiesQueryVariables>;