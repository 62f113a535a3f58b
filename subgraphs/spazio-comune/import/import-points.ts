import { randomUUID } from 'node:crypto';
import { Reference } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { appendAudit } from '../../shared/audit-entry.js';
import type { Viewer } from '../../shared/auth/viewer.js';
import { Source } from '../../shared/source.js';
import { feedInstant } from '../../shared/write.js';
import type { PointKind } from '../enums.js';
import { deriveMunicipi } from '../geography.js';
import { Municipio } from '../municipio.js';
import { OpeningHours } from '../opening-hours.js';
import { Point } from '../point.js';
import type { PointRow } from './parse-points.js';

export interface PointsImportCounts {
  points: number;
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Writes parsed points and their weekly hours, inside the caller's transaction: a new id is created
 * (version 1), a point whose fields or hours differ is updated (version + 1, audited with before and
 * after), an identical one is left alone. So the same file twice creates and updates nothing.
 */
export async function writePoints(
  em: EntityManager,
  viewer: Viewer,
  rows: PointRow[],
  document: string,
  action: string,
): Promise<PointsImportCounts> {
  const counts: PointsImportCounts = { points: rows.length, created: 0, updated: 0, unchanged: 0 };
  const existing = new Map((await em.find(Point, { id: { $in: rows.map((r) => r.id) } })).map((p) => [p.id, p]));
  const hours = await em.find(OpeningHours, { point: { $in: [...existing.keys()] } });
  const at = await feedInstant(em, Point);
  for (const row of rows) {
    const source = Object.assign(new Source(), { document, section: `riga ${row.line}`, url: null, demo: false });
    const fields = pointFields(row);
    const found = existing.get(row.id);
    if (!found) {
      const point = em.create(Point, { id: row.id, ...fields, municipio: ref(em, row.municipio), source, version: 1, updatedAt: at });
      for (const h of row.hours) em.create(OpeningHours, { id: randomUUID(), point, ...h, source });
      appendAudit(em, viewer, {
        at,
        action,
        entityType: 'Point',
        entityId: row.id,
        before: {},
        after: { ...fields, municipio: row.municipio, openingHours: row.hours },
      });
      counts.created++;
      continue;
    }
    const oldHours = hours.filter((h) => h.point.id === found.id);
    const before = {
      ...pointFields(found),
      municipio: municipioOf(found),
      openingHours: sortHours(oldHours.map(({ day, opens, closes, activity }) => ({ day, opens, closes, activity }))),
    };
    const after = { ...fields, municipio: row.municipio, openingHours: sortHours(row.hours) };
    const changed = Object.keys(after).filter(
      (key) => JSON.stringify(before[key as keyof typeof before]) !== JSON.stringify(after[key as keyof typeof after]),
    );
    if (changed.length === 0) {
      counts.unchanged++;
      continue;
    }
    em.assign(found, { ...fields, municipio: ref(em, row.municipio), source });
    if (changed.includes('openingHours')) {
      em.remove(oldHours);
      for (const h of row.hours) em.create(OpeningHours, { id: randomUUID(), point: found, ...h, source });
    }
    found.version += 1;
    found.updatedAt = at;
    appendAudit(em, viewer, {
      at,
      action,
      entityType: 'Point',
      entityId: found.id,
      before: Object.fromEntries(changed.map((key) => [key, before[key as keyof typeof before]])),
      after: Object.fromEntries(changed.map((key) => [key, after[key as keyof typeof after]])),
    });
    counts.updated++;
  }
  await em.flush();
  // Points with coordinates but no Municipio from the file are placed by the official boundaries.
  await deriveMunicipi(em);
  return counts;
}

/** The fields of a point that a file gives, in one shape for a row and for a stored point. */
function pointFields(p: PointRow | Point) {
  const { street, postalCode, city, latitude, longitude } = p.address;
  return {
    kind: p.kind as PointKind,
    name: p.name,
    shortName: p.shortName,
    address: { street, postalCode, city, latitude, longitude },
    manager: p.manager,
    openedOn: p.openedOn,
  };
}

/** The Municipio a source gives a point (not the one derived from its coordinates). */
function municipioOf(p: PointRow | Point): number | null {
  return 'line' in p ? p.municipio : p.municipio ? Reference.unwrapReference(p.municipio).number : null;
}

function sortHours<T extends { day: string; opens: string; closes: string; activity: string }>(hours: T[]): T[] {
  return [...hours].sort((a, b) =>
    `${a.day}${a.opens}${a.closes}${a.activity}`.localeCompare(`${b.day}${b.opens}${b.closes}${b.activity}`),
  );
}

function ref(em: EntityManager, number: number | null) {
  return number === null ? null : em.getReference(Municipio, number);
}
