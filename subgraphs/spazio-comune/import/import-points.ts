import { randomUUID } from 'node:crypto';
import { Reference } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Address } from '../../shared/address.js';
import type { Viewer } from '../../shared/auth/viewer.js';
import { type ProgressReport, UNSEEN } from '../../shared/import-progress.js';
import { recordChange } from '../../shared/record-change.js';
import { Source } from '../../shared/source.js';
import { tableOf } from '../../shared/sql.js';
import { UserErrorCode, UserErrors, userError } from '../../shared/user-error.js';
import { feedInstant } from '../../shared/write.js';
import { municipioNumbersAt } from '../geography.js';
import { Municipio } from '../municipio.js';
import { OpeningHours } from '../opening-hours.js';
import { Point, type PointKind } from '../point.js';
import { POINT_FIELDS, type PointField, type PointRow } from './parse-points.js';

/** One field an import changes, from what to what (null: no value). */
export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

/** What an import does to one point of its file: created, or updated with the fields that change. */
export interface PointChange {
  /** This line of this report: an id made for the report, a colon, the point's id. */
  id: string;
  pointId: string;
  line: number;
  action: 'CREATED' | 'UPDATED';
  changes: FieldChange[];
}

export interface PointsImportCounts {
  points: number;
  created: number;
  updated: number;
  unchanged: number;
  /** The first MAX_LISTED points created or updated, in file order, with each field that changes. */
  records: PointChange[];
  /** The points created or updated past those. */
  recordsNotListed: number;
}

/**
 * The changes a report lists: a file of 50,000 new points would otherwise answer (and hold) 50,000
 * records of a dozen changes each. Every change is in the points' history and the change feed.
 */
export const MAX_LISTED = 1_000;

/** A file of points as the import writes it: its ids (each with its line), and its rows read again in batches. */
export interface PointsFile {
  ids: Map<string, number>;
  rows(): AsyncIterable<PointRow[]>;
}

/** Rows already read, as a file (the scale generator and specs). */
export function rowsFile(rows: PointRow[]): PointsFile {
  return {
    ids: new Map(rows.map((row) => [row.id, row.line])),
    async *rows() {
      for (let first = 0; first < rows.length; first += CHUNK) yield rows.slice(first, first + CHUNK);
    },
  };
}

/** A point as the import compares it: one value per field, in the names the changes use. */
interface Fields {
  kind: string;
  name: string | null;
  shortName: string | null;
  'address.street': string | null;
  'address.postalCode': string | null;
  'address.city': string | null;
  'address.latitude': number | null;
  'address.longitude': number | null;
  municipio: number | null;
  manager: string | null;
  openedOn: string | null;
  openingHours: { day: string; opens: string; closes: string; activity: string }[];
}
type Key = keyof Fields;

/** The compared fields that each field of a file gives. */
const KEYS_OF: Record<PointField, Key[]> = {
  kind: ['kind'],
  name: ['name'],
  shortName: ['shortName'],
  street: ['address.street'],
  postalCode: ['address.postalCode'],
  city: ['address.city'],
  coordinates: ['address.latitude', 'address.longitude'],
  municipio: ['municipio'],
  manager: ['manager'],
  openedOn: ['openedOn'],
  hours: ['openingHours'],
};

export interface WritePointsOptions {
  document: string;
  action: string;
  /** True: a field the file leaves out is cleared (null, no hours). False (the default): it is left as stored. */
  replace?: boolean;
  /** Told the points compared and written after each chunk (import-progress.ts). */
  progress?: ProgressReport;
}

/**
 * Writes parsed points and their weekly hours, inside the caller's transaction: a new id is created
 * (version 1), a point whose fields or hours differ is updated (version + 1, audited with before and
 * after), an identical one is left alone. So the same file twice creates and updates nothing.
 *
 * An import changes only what its file says: the fields a row gives (a column of the CSV, a key of
 * the JSON, even empty); a field it leaves out keeps its stored value, unless `replace`.
 *
 * Locks as the editors' writes do (point-write.ts): the rows of the points first (FOR UPDATE, in
 * id order, so that two imports cannot deadlock either), then the change feed's clock. Points are
 * compared and updated as they are under the lock, so no write committed meanwhile is lost.
 *
 * Written a batch of rows at a time (the file read again, CHUNK points a batch), in the one
 * transaction: each batch's points are read, compared, written (multi-row inserts) and let go
 * before the next, so what an import holds does not grow with its file: the ids, and the first
 * MAX_LISTED changes of its report.
 */
export async function writePoints(
  em: EntityManager,
  viewer: Viewer,
  file: PointsFile,
  options: WritePointsOptions,
): Promise<PointsImportCounts> {
  const total = file.ids.size;
  const counts: PointsImportCounts = { points: total, created: 0, updated: 0, unchanged: 0, records: [], recordsNotListed: 0 };
  // Each report's lines have ids of their own, so that a client's cache keeps two reports of one point apart.
  const report = randomUUID();
  const existing = await lockPoints(em, [...file.ids.keys()].sort());
  const at = await feedInstant(em, Point);
  await refuseCreatedMeanwhile(em, file.ids, existing);
  const progress = options.progress ?? UNSEEN;
  progress.writing(0, total);
  let done = 0;
  for await (const rows of file.rows()) {
    await writeChunk(em, viewer, rows, existing, { ...options, at, report }, counts);
    await em.flush();
    em.clear();
    done += rows.length;
    progress.writing(done, total);
  }
  return counts;
}

/** Points compared and written per flush (see writePoints). */
export const CHUNK = 1_000;

/** Locks the rows of the points already there, in id order, reading only their ids; answers them. */
async function lockPoints(em: EntityManager, ids: string[]): Promise<Set<string>> {
  const locked = await em
    .getConnection()
    .execute<{ id: string }[]>(
      `select id from ${tableOf(em, Point)} where id = any(array[?]::text[]) order by id for update`,
      [ids],
      'all',
      em.getTransactionContext(),
    );
  return new Set(locked.map((row) => row.id));
}

async function writeChunk(
  em: EntityManager,
  viewer: Viewer,
  rows: PointRow[],
  locked: Set<string>,
  options: WritePointsOptions & { at: Date; report: string },
  counts: PointsImportCounts,
): Promise<void> {
  const { document, action, replace = false, at, report } = options;
  const there = rows.filter((row) => locked.has(row.id)).map((row) => row.id);
  const existing = new Map((there.length === 0 ? [] : await em.find(Point, { id: { $in: there } })).map((p) => [p.id, p]));
  const hours = there.length === 0 ? [] : await em.find(OpeningHours, { point: { $in: there } }, { orderBy: { id: 'asc' } });
  // Grouped once: filtering the list for each point took minutes for 10,000 points already there.
  const hoursOf = new Map<string, OpeningHours[]>();
  for (const h of hours) {
    const list = hoursOf.get(h.point.id);
    if (list) list.push(h);
    else hoursOf.set(h.point.id, [h]);
  }
  const written: Point[] = [];
  for (const row of rows) {
    const source = Object.assign(new Source(), { document, section: `riga ${row.line}`, url: null, demo: false });
    const after = fieldsOfRow(row);
    const found = existing.get(row.id);
    if (!found) {
      const point = em.create(Point, {
        id: row.id,
        kind: row.kind as PointKind,
        name: row.name,
        shortName: row.shortName,
        address: { ...row.address },
        manager: row.manager,
        openedOn: row.openedOn,
        municipio: ref(em, row.municipio),
        source,
        version: 1,
        updatedAt: at,
      });
      for (const h of row.hours) em.create(OpeningHours, { id: randomUUID(), point, ...h, source });
      written.push(point);
      const changes = (Object.keys(after) as Key[])
        .filter((key) => !isEmpty(after[key]))
        .map((key) => ({ field: key, from: null, to: after[key] }));
      recordChange(em, viewer, { at, action, entityType: 'Point', entityId: row.id, before: {}, after: toObject(changes, 'to') });
      list(counts, { id: `${report}:${row.id}`, pointId: row.id, line: row.line, action: 'CREATED', changes });
      counts.created++;
      continue;
    }
    const oldHours = hoursOf.get(found.id) ?? [];
    const before = fieldsOfPoint(found, oldHours);
    const keys = (replace ? [...POINT_FIELDS] : row.given).flatMap((field) => KEYS_OF[field]);
    const changes = keys
      .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
      .map((key) => ({ field: key, from: before[key], to: after[key] }));
    if (changes.length === 0) {
      counts.unchanged++;
      continue;
    }
    for (const { field } of changes) assign(em, found, field as Key, row);
    if (changes.some((c) => c.field === 'openingHours')) {
      em.remove(oldHours);
      for (const h of row.hours) em.create(OpeningHours, { id: randomUUID(), point: found, ...h, source });
    }
    found.source = source;
    written.push(found);
    found.version += 1;
    found.updatedAt = at;
    recordChange(em, viewer, {
      at,
      action,
      entityType: 'Point',
      entityId: found.id,
      before: toObject(changes, 'from'),
      after: toObject(changes, 'to'),
    });
    list(counts, { id: `${report}:${row.id}`, pointId: row.id, line: row.line, action: 'UPDATED', changes });
    counts.updated++;
  }
  // Points with coordinates but no Municipio from a source are placed by the official boundaries.
  await placeByBoundaries(em, written);
}

/** Lists a change in the report, or counts it past MAX_LISTED. */
function list(counts: PointsImportCounts, change: PointChange): void {
  if (counts.records.length < MAX_LISTED) counts.records.push(change);
  else counts.recordsNotListed++;
}

/**
 * Gives each point written that has coordinates but no Municipio from a source the Municipio whose
 * boundary contains it, and clears the one derived where a source now says: all in one statement,
 * before the rows are written, so that each is inserted or updated once (a second UPDATE of 10,000
 * rows rewrote every index of the table again, the trigram index of the search among them).
 */
async function placeByBoundaries(em: EntityManager, points: Point[]): Promise<void> {
  const unplaced = points.filter((p) => p.municipio === null && p.address.latitude !== null && p.address.longitude !== null);
  const positions = unplaced.map((p) => [p.address.latitude, p.address.longitude] as [number, number]);
  const numbers = positions.length === 0 ? [] : await municipioNumbersAt(em, positions);
  const derived = new Map(unplaced.map((point, i) => [point, numbers[i] ?? null]));
  for (const point of points) {
    const number = derived.get(point) ?? null;
    const current = point.derivedMunicipio ? Reference.unwrapReference(point.derivedMunicipio).number : null;
    if (number !== current) point.derivedMunicipio = ref(em, number);
  }
}

/**
 * A point this import would create that another write created after the rows were locked (two
 * imports of one new id): the change feed's clock, held now, orders them, and this one changes
 * nothing and says so, rather than failing on the duplicate key. Sent again, it updates that point.
 */
async function refuseCreatedMeanwhile(em: EntityManager, ids: Map<string, number>, existing: Set<string>): Promise<void> {
  const missing = [...ids].filter(([id]) => !existing.has(id)).map(([id, line]) => ({ id, line }));
  if (missing.length === 0) return;
  const created = new Set(
    (
      await em
        .getConnection()
        .execute<{ id: string }[]>(
          `select id from ${tableOf(em, Point)} where id = any(array[?]::text[])`,
          [missing.map((row) => row.id)],
          'all',
          em.getTransactionContext(),
        )
    ).map((found) => found.id),
  );
  const conflicts = missing.filter((row) => created.has(row.id));
  if (conflicts.length === 0) return;
  throw new UserErrors(
    // The first MAX_LISTED: the rest are refused with them, and sent again with them.
    conflicts
      .slice(0, MAX_LISTED)
      .map((row) =>
        userError(
          UserErrorCode.VERSION_CONFLICT,
          ['document'],
          `line ${row.line}: point "${row.id}" was created by another write while this import ran; nothing was imported. Send the file again.`,
          { line: row.line },
        ),
      ),
  );
}

/** Sets one field of a stored point to what the row says. */
function assign(em: EntityManager, point: Point, key: Key, row: PointRow): void {
  switch (key) {
    case 'address.street':
    case 'address.postalCode':
    case 'address.city':
    case 'address.latitude':
    case 'address.longitude': {
      const part = key.slice('address.'.length) as keyof PointRow['address'];
      point.address = Object.assign(new Address(), point.address ?? {}, { [part]: row.address[part] });
      return;
    }
    case 'municipio':
      point.municipio = row.municipio === null ? null : Reference.create(em.getReference(Municipio, row.municipio));
      return;
    case 'openingHours':
      return; // the caller replaces the hours
    case 'kind':
      point.kind = row.kind as PointKind;
      return;
    default:
      point[key] = row[key];
  }
}

function fieldsOfRow(row: PointRow): Fields {
  return {
    kind: row.kind,
    name: row.name,
    shortName: row.shortName,
    'address.street': row.address.street,
    'address.postalCode': row.address.postalCode,
    'address.city': row.address.city,
    'address.latitude': row.address.latitude,
    'address.longitude': row.address.longitude,
    municipio: row.municipio,
    manager: row.manager,
    openedOn: row.openedOn,
    openingHours: sortHours(row.hours.map(({ day, opens, closes, activity }) => ({ day, opens, closes, activity }))),
  };
}

function fieldsOfPoint(point: Point, hours: OpeningHours[]): Fields {
  const { street, postalCode, city, latitude, longitude } = point.address;
  return {
    kind: point.kind,
    name: point.name,
    shortName: point.shortName,
    'address.street': street ?? null,
    'address.postalCode': postalCode ?? null,
    'address.city': city ?? null,
    'address.latitude': latitude ?? null,
    'address.longitude': longitude ?? null,
    // The Municipio a source gives the point, not the one derived from its coordinates.
    municipio: point.municipio ? Reference.unwrapReference(point.municipio).number : null,
    manager: point.manager,
    openedOn: point.openedOn,
    openingHours: sortHours(hours.map(({ day, opens, closes, activity }) => ({ day, opens, closes, activity }))),
  };
}

function isEmpty(value: unknown): boolean {
  return value === null || (Array.isArray(value) && value.length === 0);
}

function toObject(changes: FieldChange[], side: 'from' | 'to'): Record<string, unknown> {
  return Object.fromEntries(changes.map((change) => [change.field, change[side]]));
}

function sortHours<T extends { day: string; opens: string; closes: string; activity: string }>(hours: T[]): T[] {
  return [...hours].sort((a, b) =>
    `${a.day}${a.opens}${a.closes}${a.activity}`.localeCompare(`${b.day}${b.opens}${b.closes}${b.activity}`),
  );
}

function ref(em: EntityManager, number: number | null) {
  return number === null ? null : Reference.create(em.getReference(Municipio, number));
}
