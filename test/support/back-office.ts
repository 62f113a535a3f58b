import { afterAll, beforeAll, inject } from 'vitest';
import { type Hub, operation, startHub } from './hub.js';
import { scratchDatabase } from './scratch-database.js';
import { bearer } from './tokens.js';

/** Weekly hours every back-office spec writes: two intervals, two activities. */
export const HOURS = [
  { day: 'MONDAY', opens: '09:00', closes: '13:00', activity: 'FRONT_OFFICE' },
  { day: 'WEDNESDAY', opens: '14:00', closes: '18:00', activity: 'DIGITAL_EDUCATION' },
];

const POINT = `query ($id: ID!) { point(id: $id) { id version updatedAt frontOfficeHoursPerWeek
  openingHours { day opens closes activity } specialSchedules { id } operators { role weeklyHours } } }`;

/** A hub on its own scratch database, with an admin's and two editors' tokens, for one spec file. */
export interface BackOffice {
  hub: Hub;
  databaseUrl: string;
  admin: Record<string, string>;
  editor2: Record<string, string>;
  editor5: Record<string, string>;
  /** Points of a Municipio at their current version; each test takes its own so that they do not meet. */
  pointsOf(municipio: number): Promise<{ id: string; version: number }[]>;
  /** A point's version, hours, special schedules and operators as the graph answers them now. */
  point(id: string): Promise<any>;
  /** How many audit entries a point has. */
  historyCount(id: string): Promise<number>;
}

/** Starts the hub before the file's tests and stops it after; its fields are there once they run. */
export function useBackOffice(name: string): BackOffice {
  const office = {} as BackOffice;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const database = await scratchDatabase(inject('databaseUrl'), name);
    drop = database.drop;
    const hub = await startHub(database.url);
    const admin = bearer(await hub.tokens.admin());
    Object.assign(office, {
      hub,
      databaseUrl: database.url,
      admin,
      editor2: bearer(await hub.tokens.editor([2])),
      editor5: bearer(await hub.tokens.editor([5])),
      async pointsOf(municipio: number) {
        const response = await hub.query(
          'query ($m: Int!) { points(first: 100, filter: { municipio: $m }) { edges { node { id version } } } }',
          { m: municipio },
        );
        return response.body.data?.points.edges.map((e: { node: { id: string; version: number } }) => e.node);
      },
      async point(id: string) {
        return (await hub.query(POINT, { id })).body.data?.point;
      },
      async historyCount(id: string) {
        const response = await hub.query(await operation('PointHistory'), { id, first: 1 }, admin);
        return response.body.data?.point.history.totalCount;
      },
    });
  });
  afterAll(async () => {
    await office.hub?.stop();
    await drop?.();
  });
  return office;
}
