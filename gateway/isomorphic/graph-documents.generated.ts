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

/** The text of a Leva Civica project document, imported all or nothing. */
export type ImportLevaCivicaProjectInput = {
  /** The text of a Leva Civica project document as published (markdown), at most about 1 MB. */
  document: string;
  /** True: report what would change, and change nothing. */
  dryRun?: boolean;
};

/** Where an import of a staged upload is. */
export type ImportPhase =
  /** Every record written; the transaction commits (or, in a dry run, rolls back). */
  | 'COMMITTING'
  /** Joining the staged parts, reading the file and the records it names. */
  | 'READING'
  /** Writing its records: `done` of `total`. */
  | 'WRITING';

/** A file of points with their weekly hours, imported all or nothing. */
export type ImportPointsInput = {
  /** The text of the file (at most about 1 MB); a larger one is staged in parts (stagePointsImportPart) and named by uploadId. */
  document?: string | null | undefined;
  /** The name of the file, recorded as the source of every imported point. */
  documentName?: string | null | undefined;
  /** True: report what would change, and change nothing. */
  dryRun?: boolean;
  /** CSV or JSON. */
  format: PointsFileFormat;
  /** False (the default): a column or key the file leaves out keeps the stored value, and an empty cell or null clears it. True: the file replaces each point whole, so what it leaves out is cleared. */
  replace?: boolean;
  /** Instead of document: the upload whose parts were staged with stagePointsImportPart; they are imported as one file. */
  uploadId?: string | number | null | undefined;
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

/** Output indicator (realizzazione fisica) or result indicator (risultato). */
export type IndicatorKind =
  /** Indicatore di realizzazione fisica/output. */
  | 'OUTPUT'
  /** Indicatore di risultato. */
  | 'RESULT';

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

/** An operator of a point: role and weekly hours, no personal data. */
export type OperatorInput = {
  /** Of those, hours of front office a week, where known. */
  frontOfficeHours?: number | null | undefined;
  /** The role, as the technical sheets name it. */
  role: OperatorRole;
  /** Hours of work a week, more than 0 and at most 60. */
  weeklyHours: number;
};

/** The role of an operator in a municipal network, as the technical sheets name them. */
export type OperatorRole =
  /** Community social worker (Assistente sociale di Comunità). */
  | 'COMMUNITY_SOCIAL_WORKER'
  /** Coordinator of the network (coordinatore degli spazi WeMi e della rete). */
  | 'COORDINATOR'
  /** Referent of the CSRC (referente degli CSRC). */
  | 'CSRC_REFERENT'
  /** Operator of a Spazio WeMi dedicated to front office. */
  | 'FRONT_OFFICE'
  /** Technician of the Municipio (tecnico del Municipio). */
  | 'MUNICIPIO_TECHNICIAN';

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

/** What an import does to a point of its file. */
export type PointImportAction =
  /** A new point (version 1). */
  | 'CREATED'
  /** A point whose fields or hours change (version + 1). */
  | 'UPDATED';

/** The kind of a point of a SPAZIO COMUNE network. */
export type PointKind =
  /** Centro Socio Ricreativo Culturale. */
  | 'CSRC'
  /** Spazio WeMi (welfare di comunità). */
  | 'WEMI';

/** The format of a file of points to import. */
export type PointsFileFormat =
  /** Comma- or semicolon-separated values with a header row (see the README for the columns). */
  | 'CSV'
  /** A JSON list of points, or an object whose "points" is that list. */
  | 'JSON';

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

/** The operators of a point; they replace the old ones whole. */
export type SetPointOperatorsInput = {
  /** The version of the point the client last read; a stale one changes nothing (VERSION_CONFLICT). */
  expectedVersion: number;
  /** Every operator of the point (at most 50). */
  operators: Array<OperatorInput>;
  /** The point. */
  pointId: string | number;
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

/** One part of a file of points too large for one request. */
export type StagePointsImportPartInput = {
  /** The position of this part in the file: 0, 1, 2… The parts are joined in this order. */
  index: number;
  /** The text of this part, cut anywhere (at most about 1 MB). */
  text: string;
  /** The upload, a UUID the client makes; importPoints names it to import the parts as one file. */
  uploadId: string | number;
};

/** One part of the text of a Servizio Civile call too large for one request. */
export type StageServizioCivileCallImportPartInput = {
  /** The position of this part in the file: 0, 1, 2… The parts are joined in this order. */
  index: number;
  /** The text of this part, cut anywhere (at most about 1 MB). */
  text: string;
  /** The upload, a UUID the client makes; importServizioCivileCall names it to import the parts as one file. */
  uploadId: string | number;
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

export type BackofficePointsQueryVariables = Exact<{
  filter?: PointFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type BackofficePointsQuery = { points: { totalCount: number, edges: Array<{ node: { id: string, kind: PointKind, name: string | null, version: number, updatedAt: string, address: { street: string | null }, municipio: { number: number } | null, spazioComune: { code: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type BackofficePointQueryVariables = Exact<{
  id: string | number;
}>;


export type BackofficePointQuery = { point: { id: string, kind: PointKind, name: string | null, version: number, updatedAt: string, address: { street: string | null, city: string | null }, municipio: { number: number, name: string } | null, spazioComune: { code: string } | null, openingHours: Array<{ day: Weekday, opens: string, closes: string, activity: Activity }>, specialSchedules: Array<{ id: string, validFrom: string, validTo: string, closed: boolean, opens: string | null, closes: string | null, activity: Activity | null, reason: string }>, operators: Array<{ id: string, role: OperatorRole, weeklyHours: number, frontOfficeHours: number | null }> } | null };

export type EditablePointFragment = { id: string, kind: PointKind, name: string | null, version: number, updatedAt: string, address: { street: string | null, city: string | null }, municipio: { number: number, name: string } | null, spazioComune: { code: string } | null, openingHours: Array<{ day: Weekday, opens: string, closes: string, activity: Activity }>, specialSchedules: Array<{ id: string, validFrom: string, validTo: string, closed: boolean, opens: string | null, closes: string | null, activity: Activity | null, reason: string }>, operators: Array<{ id: string, role: OperatorRole, weeklyHours: number, frontOfficeHours: number | null }> };

export type BackofficeHistoryQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type BackofficeHistoryQuery = { point: { id: string, history: { totalCount: number, edges: Array<{ node: { at: string, actor: string, action: string, before: Record<string, unknown>, after: Record<string, unknown> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null };

export type BackofficeIndicatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type BackofficeIndicatorsQuery = { indicators: Array<{ code: string, description: string, unit: string, actual: number }> };

export type ProblemFragment = { field: Array<string> | null, message: string, code: UserErrorCode, currentVersion: number | null, line: number | null };

export type BackofficeSetHoursMutationVariables = Exact<{
  input: SetPointOpeningHoursInput;
}>;


export type BackofficeSetHoursMutation = { setPointOpeningHours: { point: { id: string, kind: PointKind, name: string | null, version: number, updatedAt: string, address: { street: string | null, city: string | null }, municipio: { number: number, name: string } | null, spazioComune: { code: string } | null, openingHours: Array<{ day: Weekday, opens: string, closes: string, activity: Activity }>, specialSchedules: Array<{ id: string, validFrom: string, validTo: string, closed: boolean, opens: string | null, closes: string | null, activity: Activity | null, reason: string }>, operators: Array<{ id: string, role: OperatorRole, weeklyHours: number, frontOfficeHours: number | null }> } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode, currentVersion: number | null, line: number | null }> } };

export type BackofficeAddSpecialScheduleMutationVariables = Exact<{
  input: AddPointSpecialScheduleInput;
}>;


export type BackofficeAddSpecialScheduleMutation = { addPointSpecialSchedule: { point: { id: string, kind: PointKind, name: string | null, version: number, updatedAt: string, address: { street: string | null, city: string | null }, municipio: { number: number, name: string } | null, spazioComune: { code: string } | null, openingHours: Array<{ day: Weekday, opens: string, closes: string, activity: Activity }>, specialSchedules: Array<{ id: string, validFrom: string, validTo: string, closed: boolean, opens: string | null, closes: string | null, activity: Activity | null, reason: string }>, operators: Array<{ id: string, role: OperatorRole, weeklyHours: number, frontOfficeHours: number | null }> } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode, currentVersion: number | null, line: number | null }> } };

export type BackofficeRemoveSpecialScheduleMutationVariables = Exact<{
  input: RemovePointSpecialScheduleInput;
}>;


export type BackofficeRemoveSpecialScheduleMutation = { removePointSpecialSchedule: { point: { id: string, kind: PointKind, name: string | null, version: number, updatedAt: string, address: { street: string | null, city: string | null }, municipio: { number: number, name: string } | null, spazioComune: { code: string } | null, openingHours: Array<{ day: Weekday, opens: string, closes: string, activity: Activity }>, specialSchedules: Array<{ id: string, validFrom: string, validTo: string, closed: boolean, opens: string | null, closes: string | null, activity: Activity | null, reason: string }>, operators: Array<{ id: string, role: OperatorRole, weeklyHours: number, frontOfficeHours: number | null }> } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode, currentVersion: number | null, line: number | null }> } };

export type BackofficeSetOperatorsMutationVariables = Exact<{
  input: SetPointOperatorsInput;
}>;


export type BackofficeSetOperatorsMutation = { setPointOperators: { point: { id: string, kind: PointKind, name: string | null, version: number, updatedAt: string, address: { street: string | null, city: string | null }, municipio: { number: number, name: string } | null, spazioComune: { code: string } | null, openingHours: Array<{ day: Weekday, opens: string, closes: string, activity: Activity }>, specialSchedules: Array<{ id: string, validFrom: string, validTo: string, closed: boolean, opens: string | null, closes: string | null, activity: Activity | null, reason: string }>, operators: Array<{ id: string, role: OperatorRole, weeklyHours: number, frontOfficeHours: number | null }> } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode, currentVersion: number | null, line: number | null }> } };

export type BackofficeRecordParticipationMutationVariables = Exact<{
  input: RecordParticipationInput;
}>;


export type BackofficeRecordParticipationMutation = { recordParticipation: { participation: { id: string, date: string, count: number } | null, indicator: { code: string, actual: number } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode, currentVersion: number | null, line: number | null }> } };

export type BackofficeImportPointsMutationVariables = Exact<{
  input: ImportPointsInput;
}>;


export type BackofficeImportPointsMutation = { importPoints: { report: { dryRun: boolean, points: number, created: number, updated: number, unchanged: number, records: Array<{ id: string, pointId: string, line: number, action: PointImportAction, changes: Array<{ field: string, from: unknown, to: unknown }> }> } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode, currentVersion: number | null, line: number | null }> } };

export type BackofficeStagePointsPartMutationVariables = Exact<{
  input: StagePointsImportPartInput;
}>;


export type BackofficeStagePointsPartMutation = { stagePointsImportPart: { parts: number | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode, currentVersion: number | null, line: number | null }> } };

export type BackofficeImportLevaCivicaMutationVariables = Exact<{
  input: ImportLevaCivicaProjectInput;
}>;


export type BackofficeImportLevaCivicaMutation = { importLevaCivicaProject: { report: { dryRun: boolean, title: string, places: number, created: number, updated: number, unchanged: number, warnings: Array<string> } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode, currentVersion: number | null, line: number | null }> } };

export type BackofficeImportCallMutationVariables = Exact<{
  input: ImportServizioCivileCallInput;
}>;


export type BackofficeImportCallMutation = { importServizioCivileCall: { report: { dryRun: boolean, callYear: number, placements: number, created: number, updated: number, unchanged: number, warnings: Array<string> } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode, currentVersion: number | null, line: number | null }> } };

export type BackofficeStageCallPartMutationVariables = Exact<{
  input: StageServizioCivileCallImportPartInput;
}>;


export type BackofficeStageCallPartMutation = { stageServizioCivileCallImportPart: { parts: number | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode, currentVersion: number | null, line: number | null }> } };

export type BackofficePointsImportProgressQueryVariables = Exact<{
  uploadId: string | number;
}>;


export type BackofficePointsImportProgressQuery = { pointsImportProgress: { phase: ImportPhase, done: number, total: number | null } | null };

export type BackofficeCallImportProgressQueryVariables = Exact<{
  uploadId: string | number;
}>;


export type BackofficeCallImportProgressQuery = { servizioCivileCallImportProgress: { phase: ImportPhase, done: number, total: number | null } | null };

export type CatalogAddressFragment = { street: string | null, postalCode: string | null, city: string | null, latitude: number | null, longitude: number | null };

export type CatalogPointsModifiedQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogPointsModifiedQuery = { points: { nodes: Array<{ updatedAt: string }> } };

export type CatalogServizioCivileChangedAtQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogServizioCivileChangedAtQuery = { servizioCivileChangedAt: string | null };

export type CatalogLevaCivicaChangedAtQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogLevaCivicaChangedAtQuery = { levaCivicaChangedAt: string | null };

export type CatalogIndicatorsChangedAtQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogIndicatorsChangedAtQuery = { indicatorsChangedAt: string | null };

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


export type CatalogCallPlacementsQuery = { servizioCivileCall: { placements: Array<{ key: string, callYear: number, volunteers: number, project: { key: string, title: string }, site: { code: string, name: string, municipio: { number: number } | null }, address: { street: string | null, postalCode: string | null, city: string | null, latitude: number | null, longitude: number | null }, source: { demo: boolean } }> } | null };

export type CatalogLevaCivicaProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogLevaCivicaProjectsQuery = { levaCivicaProjects: Array<{ key: string, title: string, places: number, hours: { months: number, monthlyAverage: number }, site: { key: string, name: string, organisation: string, address: { street: string | null, postalCode: string | null, city: string | null, latitude: number | null, longitude: number | null }, municipio: { number: number } | null }, source: { demo: boolean } }> };

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


export type HsdsProgrammesQuery = { wemiCategories: Array<{ position: number, name: string }>, sharedServices: Array<{ id: string, name: string, area: SharedServiceArea, source: { demo: boolean } }>, servizioCivileCalls: Array<{ year: number, organisation: string, projectCount?: number, placementCount?: number }>, levaCivicaProjects: Array<{ key: string, title: string, places: number, description: string, hours: { weeklyAverage: number, months: number }, site: { key: string, name: string, organisation: string, address: { street: string | null, postalCode: string | null, city: string | null, latitude: number | null, longitude: number | null } }, source: { demo: boolean } }> };

export type HsdsProjectFragment = { id: string, key: string, title: string, weeklyHours: number, months: number, requirements: string, volunteers: number, placementCount: number, programme: { title: string } };

export type HsdsPlacementFragment = { volunteers: number, site: { code: string, name: string, address: { street: string | null, postalCode: string | null, city: string | null, latitude: number | null, longitude: number | null } | null } };

export type HsdsCallProjectsQueryVariables = Exact<{
  year: number;
  first: number;
  skip: number;
  search?: string | null | undefined;
  placements: boolean;
}>;


export type HsdsCallProjectsQuery = { servizioCivileCall: { year: number, organisation: string, projects: Array<{ id: string, key: string, title: string, weeklyHours: number, months: number, requirements: string, volunteers: number, placementCount: number, placements?: Array<{ volunteers: number, site: { code: string, name: string, address: { street: string | null, postalCode: string | null, city: string | null, latitude: number | null, longitude: number | null } | null } }>, programme: { title: string } }> } | null };

export type HsdsCallPlacementsQueryVariables = Exact<{
  year: number;
  first: number;
  skip: number;
  search?: string | null | undefined;
}>;


export type HsdsCallPlacementsQuery = { servizioCivileCall: { year: number, organisation: string, placements: Array<{ volunteers: number, project: { id: string, key: string, title: string, weeklyHours: number, months: number, requirements: string, volunteers: number, placementCount: number, programme: { title: string } }, site: { code: string, name: string, address: { street: string | null, postalCode: string | null, city: string | null, latitude: number | null, longitude: number | null } | null } }> } | null };

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


export type HsdsProjectByHsdsIdQuery = { servizioCivileCalls: Array<{ year: number, organisation: string, projects: Array<{ id: string, key: string, title: string, weeklyHours: number, months: number, requirements: string, volunteers: number, placementCount: number, placements: Array<{ volunteers: number, site: { code: string, name: string, address: { street: string | null, postalCode: string | null, city: string | null, latitude: number | null, longitude: number | null } | null } }>, programme: { title: string } }> }> };

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
export const EditablePointFragmentDoc = new TypedDocumentString(`
    fragment EditablePoint on Point {
  id
  kind
  name
  address {
    street
    city
  }
  municipio {
    number
    name
  }
  spazioComune {
    code
  }
  version
  updatedAt
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
  operators {
    id
    role
    weeklyHours
    frontOfficeHours
  }
}
    `, {"fragmentName":"EditablePoint"}) as unknown as TypedDocumentString<EditablePointFragment, unknown>;
export const ProblemFragmentDoc = new TypedDocumentString(`
    fragment Problem on UserError {
  field
  message
  code
  currentVersion
  line
}
    `, {"fragmentName":"Problem"}) as unknown as TypedDocumentString<ProblemFragment, unknown>;
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
  key
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
export const BackofficePointsDocument = new TypedDocumentString(`
    query BackofficePoints($filter: PointFilter, $first: Int!, $after: String) {
  points(filter: $filter, first: $first, after: $after, orderBy: {field: NAME}) {
    totalCount
    edges {
      node {
        id
        kind
        name
        address {
          street
        }
        municipio {
          number
        }
        spazioComune {
          code
        }
        version
        updatedAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<BackofficePointsQuery, BackofficePointsQueryVariables>;
export const BackofficePointDocument = new TypedDocumentString(`
    query BackofficePoint($id: ID!) {
  point(id: $id) {
    ...EditablePoint
  }
}
    fragment EditablePoint on Point {
  id
  kind
  name
  address {
    street
    city
  }
  municipio {
    number
    name
  }
  spazioComune {
    code
  }
  version
  updatedAt
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
  operators {
    id
    role
    weeklyHours
    frontOfficeHours
  }
}`) as unknown as TypedDocumentString<BackofficePointQuery, BackofficePointQueryVariables>;
export const BackofficeHistoryDocument = new TypedDocumentString(`
    query BackofficeHistory($id: ID!, $first: Int!, $after: String) {
  point(id: $id) {
    id
    history(first: $first, after: $after) {
      totalCount
      edges {
        node {
          at
          actor
          action
          before
          after
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BackofficeHistoryQuery, BackofficeHistoryQueryVariables>;
export const BackofficeIndicatorsDocument = new TypedDocumentString(`
    query BackofficeIndicators {
  indicators {
    code
    description
    unit
    actual
  }
}
    `) as unknown as TypedDocumentString<BackofficeIndicatorsQuery, BackofficeIndicatorsQueryVariables>;
export const BackofficeSetHoursDocument = new TypedDocumentString(`
    mutation BackofficeSetHours($input: SetPointOpeningHoursInput!) {
  setPointOpeningHours(input: $input) {
    point {
      ...EditablePoint
    }
    userErrors {
      ...Problem
    }
  }
}
    fragment EditablePoint on Point {
  id
  kind
  name
  address {
    street
    city
  }
  municipio {
    number
    name
  }
  spazioComune {
    code
  }
  version
  updatedAt
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
  operators {
    id
    role
    weeklyHours
    frontOfficeHours
  }
}
fragment Problem on UserError {
  field
  message
  code
  currentVersion
  line
}`) as unknown as TypedDocumentString<BackofficeSetHoursMutation, BackofficeSetHoursMutationVariables>;
export const BackofficeAddSpecialScheduleDocument = new TypedDocumentString(`
    mutation BackofficeAddSpecialSchedule($input: AddPointSpecialScheduleInput!) {
  addPointSpecialSchedule(input: $input) {
    point {
      ...EditablePoint
    }
    userErrors {
      ...Problem
    }
  }
}
    fragment EditablePoint on Point {
  id
  kind
  name
  address {
    street
    city
  }
  municipio {
    number
    name
  }
  spazioComune {
    code
  }
  version
  updatedAt
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
  operators {
    id
    role
    weeklyHours
    frontOfficeHours
  }
}
fragment Problem on UserError {
  field
  message
  code
  currentVersion
  line
}`) as unknown as TypedDocumentString<BackofficeAddSpecialScheduleMutation, BackofficeAddSpecialScheduleMutationVariables>;
export const BackofficeRemoveSpecialScheduleDocument = new TypedDocumentString(`
    mutation BackofficeRemoveSpecialSchedule($input: RemovePointSpecialScheduleInput!) {
  removePointSpecialSchedule(input: $input) {
    point {
      ...EditablePoint
    }
    userErrors {
      ...Problem
    }
  }
}
    fragment EditablePoint on Point {
  id
  kind
  name
  address {
    street
    city
  }
  municipio {
    number
    name
  }
  spazioComune {
    code
  }
  version
  updatedAt
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
  operators {
    id
    role
    weeklyHours
    frontOfficeHours
  }
}
fragment Problem on UserError {
  field
  message
  code
  currentVersion
  line
}`) as unknown as TypedDocumentString<BackofficeRemoveSpecialScheduleMutation, BackofficeRemoveSpecialScheduleMutationVariables>;
export const BackofficeSetOperatorsDocument = new TypedDocumentString(`
    mutation BackofficeSetOperators($input: SetPointOperatorsInput!) {
  setPointOperators(input: $input) {
    point {
      ...EditablePoint
    }
    userErrors {
      ...Problem
    }
  }
}
    fragment EditablePoint on Point {
  id
  kind
  name
  address {
    street
    city
  }
  municipio {
    number
    name
  }
  spazioComune {
    code
  }
  version
  updatedAt
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
  operators {
    id
    role
    weeklyHours
    frontOfficeHours
  }
}
fragment Problem on UserError {
  field
  message
  code
  currentVersion
  line
}`) as unknown as TypedDocumentString<BackofficeSetOperatorsMutation, BackofficeSetOperatorsMutationVariables>;
export const BackofficeRecordParticipationDocument = new TypedDocumentString(`
    mutation BackofficeRecordParticipation($input: RecordParticipationInput!) {
  recordParticipation(input: $input) {
    participation {
      id
      date
      count
    }
    indicator {
      code
      actual
    }
    userErrors {
      ...Problem
    }
  }
}
    fragment Problem on UserError {
  field
  message
  code
  currentVersion
  line
}`) as unknown as TypedDocumentString<BackofficeRecordParticipationMutation, BackofficeRecordParticipationMutationVariables>;
export const BackofficeImportPointsDocument = new TypedDocumentString(`
    mutation BackofficeImportPoints($input: ImportPointsInput!) {
  importPoints(input: $input) {
    report {
      dryRun
      points
      created
      updated
      unchanged
      records {
        id
        pointId
        line
        action
        changes {
          field
          from
          to
        }
      }
    }
    userErrors {
      ...Problem
    }
  }
}
    fragment Problem on UserError {
  field
  message
  code
  currentVersion
  line
}`) as unknown as TypedDocumentString<BackofficeImportPointsMutation, BackofficeImportPointsMutationVariables>;
export const BackofficeStagePointsPartDocument = new TypedDocumentString(`
    mutation BackofficeStagePointsPart($input: StagePointsImportPartInput!) {
  stagePointsImportPart(input: $input) {
    parts
    userErrors {
      ...Problem
    }
  }
}
    fragment Problem on UserError {
  field
  message
  code
  currentVersion
  line
}`) as unknown as TypedDocumentString<BackofficeStagePointsPartMutation, BackofficeStagePointsPartMutationVariables>;
export const BackofficeImportLevaCivicaDocument = new TypedDocumentString(`
    mutation BackofficeImportLevaCivica($input: ImportLevaCivicaProjectInput!) {
  importLevaCivicaProject(input: $input) {
    report {
      dryRun
      title
      places
      created
      updated
      unchanged
      warnings
    }
    userErrors {
      ...Problem
    }
  }
}
    fragment Problem on UserError {
  field
  message
  code
  currentVersion
  line
}`) as unknown as TypedDocumentString<BackofficeImportLevaCivicaMutation, BackofficeImportLevaCivicaMutationVariables>;
export const BackofficeImportCallDocument = new TypedDocumentString(`
    mutation BackofficeImportCall($input: ImportServizioCivileCallInput!) {
  importServizioCivileCall(input: $input) {
    report {
      dryRun
      callYear
      placements
      created
      updated
      unchanged
      warnings
    }
    userErrors {
      ...Problem
    }
  }
}
    fragment Problem on UserError {
  field
  message
  code
  currentVersion
  line
}`) as unknown as TypedDocumentString<BackofficeImportCallMutation, BackofficeImportCallMutationVariables>;
export const BackofficeStageCallPartDocument = new TypedDocumentString(`
    mutation BackofficeStageCallPart($input: StageServizioCivileCallImportPartInput!) {
  stageServizioCivileCallImportPart(input: $input) {
    parts
    userErrors {
      ...Problem
    }
  }
}
    fragment Problem on UserError {
  field
  message
  code
  currentVersion
  line
}`) as unknown as TypedDocumentString<BackofficeStageCallPartMutation, BackofficeStageCallPartMutationVariables>;
export const BackofficePointsImportProgressDocument = new TypedDocumentString(`
    query BackofficePointsImportProgress($uploadId: ID!) {
  pointsImportProgress(uploadId: $uploadId) {
    phase
    done
    total
  }
}
    `) as unknown as TypedDocumentString<BackofficePointsImportProgressQuery, BackofficePointsImportProgressQueryVariables>;
export const BackofficeCallImportProgressDocument = new TypedDocumentString(`
    query BackofficeCallImportProgress($uploadId: ID!) {
  servizioCivileCallImportProgress(uploadId: $uploadId) {
    phase
    done
    total
  }
}
    `) as unknown as TypedDocumentString<BackofficeCallImportProgressQuery, BackofficeCallImportProgressQueryVariables>;
export const CatalogPointsModifiedDocument = new TypedDocumentString(`
    query CatalogPointsModified {
  points(first: 1, orderBy: {field: UPDATED_AT, direction: DESC}) {
    nodes {
      updatedAt
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogPointsModifiedQuery, CatalogPointsModifiedQueryVariables>;
export const CatalogServizioCivileChangedAtDocument = new TypedDocumentString(`
    query CatalogServizioCivileChangedAt {
  servizioCivileChangedAt
}
    `) as unknown as TypedDocumentString<CatalogServizioCivileChangedAtQuery, CatalogServizioCivileChangedAtQueryVariables>;
export const CatalogLevaCivicaChangedAtDocument = new TypedDocumentString(`
    query CatalogLevaCivicaChangedAt {
  levaCivicaChangedAt
}
    `) as unknown as TypedDocumentString<CatalogLevaCivicaChangedAtQuery, CatalogLevaCivicaChangedAtQueryVariables>;
export const CatalogIndicatorsChangedAtDocument = new TypedDocumentString(`
    query CatalogIndicatorsChangedAt {
  indicatorsChangedAt
}
    `) as unknown as TypedDocumentString<CatalogIndicatorsChangedAtQuery, CatalogIndicatorsChangedAtQueryVariables>;
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
      key
      callYear
      volunteers
      project {
        key
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
    key
    title
    places
    hours {
      months
      monthlyAverage
    }
    site {
      key
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
    key
    title
    places
    description
    hours {
      weeklyAverage
      months
    }
    site {
      key
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
  key
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
  key
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
  key
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