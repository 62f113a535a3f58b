import { Reference } from '@mikro-orm/core';
import type { Context } from '../shared/context.js';
import { childrenLoader, groupBy, loader } from '../shared/loader.js';
import { municipioNumbersAt } from './geography.js';
import { GovernanceBody } from './governance-body.js';
import { type Boundary, Municipio } from './municipio.js';
import { OpeningHours } from './opening-hours.js';
import { Operator } from './operator.js';
import { ParticipationRecord } from './participation-record.js';
import { municipioNumberOf, Point } from './point.js';
import type { Interval, Schedule } from './schedule.js';
import { SheetProvision } from './sheet-provision.js';
import { SpazioComune } from './spazio-comune.js';
import { SpecialSchedule } from './special-schedule.js';

// Per-request batch loaders: each turns the lookups of many parents into one SQL statement.

export const municipioByNumber = (ctx: Context) =>
  loader<number, Municipio | null>(
    ctx,
    'municipioByNumber',
    async (numbers) => new Map((await ctx.em.find(Municipio, { number: { $in: [...numbers] } })).map((m) => [m.number, m])),
    null,
  );

/** The official boundaries of the requested Municipi (a lazy column: read only when asked for). */
export const boundaryOfMunicipio = (ctx: Context) =>
  loader<number, Boundary>(
    ctx,
    'boundaryOfMunicipio',
    async (numbers) => {
      const rows = await ctx.em
        .createQueryBuilder(Municipio)
        .select(['number', 'boundary'])
        .where({ number: { $in: [...numbers] } })
        .execute<{ number: number; boundary: Boundary }[]>('all');
      return new Map(rows.map((row) => [row.number, row.boundary]));
    },
    { type: 'Polygon', coordinates: [] },
  );

export const networkOfMunicipio = (ctx: Context) =>
  loader<number, SpazioComune | null>(
    ctx,
    'networkOfMunicipio',
    async (numbers) =>
      new Map(
        (await ctx.em.find(SpazioComune, { municipio: { $in: [...numbers] } })).map((n) => [
          Reference.unwrapReference(n.municipio).number,
          n,
        ]),
      ),
    null,
  );

/** The points of each Municipio, by the source's Municipio or, failing that, the one derived from the boundaries. */
export const pointsOfMunicipio = (ctx: Context) =>
  loader<number, Point[]>(
    ctx,
    'pointsOfMunicipio',
    async (numbers) =>
      groupBy(
        await ctx.em.find(
          Point,
          { $or: [{ municipio: { $in: [...numbers] } }, { municipio: null, derivedMunicipio: { $in: [...numbers] } }] },
          { orderBy: { kind: 'asc', name: 'asc', id: 'asc' } },
        ),
        (p) => municipioNumberOf(p) ?? 0,
      ),
    [],
  );

export const hoursOfPoint = (ctx: Context) =>
  childrenLoader<OpeningHours, string>(ctx, OpeningHours, 'point', { day: 'asc', opens: 'asc', id: 'asc' });

/**
 * The weekly intervals of each point as plain values, for sums and "open now": the rows are read
 * without making entities of them (hydrating and tracking every interval of every point was most
 * of the CPU that CityOverview cost spazio-comune).
 */
export const intervalsOfPoint = (ctx: Context) =>
  loader<string, Interval[]>(
    ctx,
    'intervalsOfPoint',
    async (ids) => {
      const rows = await ctx.em
        .createQueryBuilder(OpeningHours)
        .select(['point', 'day', 'opens', 'closes', 'activity'])
        .where({ point: { $in: [...ids] } })
        .orderBy({ day: 'asc', opens: 'asc', id: 'asc' })
        .execute<(Interval & { point: string })[]>('all');
      return groupBy(rows, (row) => row.point);
    },
    [],
  );

export const operatorsOfNetwork = (ctx: Context) => childrenLoader<Operator, string>(ctx, Operator, 'network', { role: 'asc', id: 'asc' });

export const operatorsOfPoint = (ctx: Context) => childrenLoader<Operator, string>(ctx, Operator, 'point', { role: 'asc', id: 'asc' });

export const governanceOfNetwork = (ctx: Context) => childrenLoader<GovernanceBody, string>(ctx, GovernanceBody, 'network', { id: 'asc' });

export const partsOfProvision = (ctx: Context) =>
  childrenLoader<SheetProvision, string>(ctx, SheetProvision, 'parent', { position: 'asc', id: 'asc' });

export const specialsOfPoint = (ctx: Context) =>
  childrenLoader<SpecialSchedule, string>(ctx, SpecialSchedule, 'point', { validFrom: 'asc', id: 'asc' });

/** A point's weekly hours and special schedules: two queries for all the points of a request. */
export async function scheduleOf(ctx: Context, pointId: string): Promise<Schedule> {
  const [weekly, specials] = await Promise.all([intervalsOfPoint(ctx).load(pointId), specialsOfPoint(ctx).load(pointId)]);
  return { weekly, specials };
}

/** The recorded participation of every requested indicator, in one query. */
export const participationOfIndicator = (ctx: Context) =>
  loader<string, ParticipationRecord[]>(
    ctx,
    'participationOfIndicator',
    async (codes) =>
      groupBy(
        await ctx.em.find(ParticipationRecord, { indicator: { $in: [...codes] } }),
        (r) => Reference.unwrapReference(r.indicator).code,
      ),
    [],
  );

/** Positions to Municipi, for every site of a request in one query. */
export const municipioAtPosition = (ctx: Context) =>
  loader<string, number | null>(
    ctx,
    'municipioAtPosition',
    async (keys) => {
      const positions = keys.map((k) => k.split(',').map(Number) as [number, number]);
      const numbers = await municipioNumbersAt(ctx.em, positions);
      return new Map(keys.map((k, i) => [k, numbers[i] ?? null]));
    },
    null,
  );
