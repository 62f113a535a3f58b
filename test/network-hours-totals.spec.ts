import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NETWORK_HOURS_FROM_SCRATCH } from '../subgraphs/spazio-comune/network-hours-keep.js';
import { HOURS, useBackOffice } from './support/back-office.js';
import { operation } from './support/hub.js';

// A network's weekly hours are read from running totals that triggers on point and opening_hours
// keep in the transaction of every write: after each write path (the back office's hours and
// closures, the points import creating and updating, an operator's SQL moving, marking and deleting
// points, statements of many rows) they must equal the sums made from scratch, and the graph must
// answer those sums.

const office = useBackOffice('network_hours_totals');
let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: office.databaseUrl });
  await client.connect();
});
afterAll(async () => {
  await client?.end();
});

type Part = { municipio: number; demo: boolean; points: number; front_office: number; digital_education: number };
const parts = (rows: Record<string, unknown>[]): Part[] =>
  rows
    .map((r) => ({
      municipio: Number(r.municipio),
      demo: Boolean(r.demo),
      points: Number(r.points),
      front_office: Number(r.front_office),
      digital_education: Number(r.digital_education),
    }))
    .sort((a, b) => a.municipio - b.municipio || Number(a.demo) - Number(b.demo));

/** The totals as kept, the sums from scratch, and what the graph answers for every network. */
async function expectTotalsRight() {
  const kept = await client.query(
    `select municipio_number as municipio, source_demo as demo, points, front_office_minutes as front_office,
       digital_education_minutes as digital_education from spazio_comune.network_hours_total where points <> 0`,
  );
  const scratch = await client.query(NETWORK_HOURS_FROM_SCRATCH);
  expect(parts(kept.rows)).toEqual(parts(scratch.rows));
  // No part left with minutes but no points (a point's hours that stayed behind when it moved).
  const stray = await client.query(
    'select * from spazio_comune.network_hours_total where points = 0 and (front_office_minutes <> 0 or digital_education_minutes <> 0)',
  );
  expect(stray.rows).toEqual([]);
  // With a token: never answered from a cache that the notification of an operator's write may not have reached yet.
  const answer = await office.hub.query(
    '{ municipi { number spazioComune { frontOfficeHoursPerWeekBasis { real demo includesDemo } digitalEducationHoursPerWeekBasis { real demo } } } }',
    {},
    office.admin,
  );
  expect(answer.body.data?.municipi).toHaveLength(9);
  for (const municipio of answer.body.data?.municipi ?? []) {
    const of = parts(scratch.rows).filter((p) => p.municipio === municipio.number);
    const sum = (demo: boolean, key: 'front_office' | 'digital_education') =>
      of.filter((p) => p.demo === demo).reduce((total, p) => total + p[key] / 60, 0);
    expect(municipio.spazioComune).toEqual({
      frontOfficeHoursPerWeekBasis: {
        real: sum(false, 'front_office'),
        demo: sum(true, 'front_office'),
        includesDemo: of.some((p) => p.demo),
      },
      digitalEducationHoursPerWeekBasis: { real: sum(false, 'digital_education'), demo: sum(true, 'digital_education') },
    });
  }
}

const IMPORT = `mutation ($input: ImportPointsInput!) { importPoints(input: $input) { report { created updated } userErrors { message } } }`;
const importPoints = async (rows: string[]) => {
  const document = ['id,kind,name,street,city,latitude,longitude,municipio,hours', ...rows].join('\n');
  const response = await office.hub.query(IMPORT, { input: { document, format: 'CSV', documentName: 'totali.csv' } }, office.admin);
  expect(response.body.data?.importPoints.userErrors).toEqual([]);
  return response.body.data?.importPoints.report;
};

describe('the running totals of the networks’ hours', () => {
  it('hold the sums after every write path, a point moving between Municipi included', async () => {
    await expectTotalsRight();

    // The back office: new weekly hours for a point, then a closure added and removed.
    const [target] = await office.pointsOf(2);
    if (!target) throw new Error('no point in Municipio 2');
    const set = await office.hub.query(
      await operation('SetPointHours'),
      { input: { pointId: target.id, expectedVersion: target.version, hours: HOURS } },
      office.editor2,
    );
    expect(set.body.data?.setPointOpeningHours.userErrors).toEqual([]);
    await expectTotalsRight();
    const closure = await office.hub.query(
      await operation('AddClosure'),
      {
        input: {
          pointId: target.id,
          expectedVersion: target.version + 1,
          validFrom: '2027-08-01',
          validTo: '2027-08-31',
          closed: true,
          reason: 'Chiusura estiva',
        },
      },
      office.editor2,
    );
    const added = closure.body.data?.addPointSpecialSchedule;
    expect(added.userErrors).toEqual([]);
    const removed = await office.hub.query(
      await operation('RemoveClosure'),
      { input: { specialScheduleId: added.specialSchedule.id, expectedVersion: added.point.version } },
      office.editor2,
    );
    expect(removed.body.data?.removePointSpecialSchedule.userErrors).toEqual([]);
    await expectTotalsRight();

    // The import: two new points (one placed by its coordinates), then one's hours changed and the
    // other moved from Municipio 1 to 5 with its hours.
    expect(
      await importPoints([
        'csrc-totali-uno,CSRC,Centro Totali,"Via Padova, 10",Milano,45.4969,9.2244,,MON 09:00-13:00 FRONT_OFFICE; WED 14:00-18:00 DIGITAL_EDUCATION',
        'wemi-totali-due,WEMI,Spazio WeMi Totali,"Via Larga, 12",Milano,,,1,TUE 10:00-12:00 FRONT_OFFICE; THU 22:00-01:00 OTHER',
      ]),
    ).toMatchObject({ created: 2 });
    await expectTotalsRight();
    expect(
      await importPoints([
        'csrc-totali-uno,CSRC,Centro Totali,"Via Padova, 10",Milano,45.4969,9.2244,,FRI 08:30-12:15 DIGITAL_EDUCATION',
        'wemi-totali-due,WEMI,Spazio WeMi Totali,"Via Larga, 12",Milano,,,5,TUE 10:00-12:00 FRONT_OFFICE; THU 22:00-01:00 OTHER',
      ]),
    ).toMatchObject({ updated: 2 });
    await expectTotalsRight();

    // An operator's SQL: a point moved by its derived Municipio, one marked demo, hours moved between
    // points, a point left without a Municipio, then hours and a point deleted.
    await client.query(`update spazio_comune.point set derived_municipio_number = 8 where id = 'csrc-totali-uno'`);
    await client.query(`update spazio_comune.point set source_demo = true, municipio_number = 3 where id = 'wemi-totali-due'`);
    await client.query(`update spazio_comune.opening_hours set point_id = 'wemi-totali-due' where point_id = 'csrc-totali-uno'`);
    await expectTotalsRight();
    await client.query(
      `update spazio_comune.point set municipio_number = null, derived_municipio_number = null where id = 'csrc-totali-uno'`,
    );
    await client.query(`insert into spazio_comune.opening_hours (id, point_id, day, opens, closes, activity, source_document)
      values ('totali-h', 'csrc-totali-uno', 'MONDAY', '10:00', '11:00', 'FRONT_OFFICE', 'prova')`);
    await client.query(`update spazio_comune.point set derived_municipio_number = 4 where id = 'csrc-totali-uno'`);
    await expectTotalsRight();
    await client.query(`delete from spazio_comune.opening_hours where point_id = 'wemi-totali-due'`);
    await client.query(`delete from spazio_comune.point where id = 'wemi-totali-due'`);
    await expectTotalsRight();
  });

  it('hold them after statements of many rows: every point moved and marked, every interval lengthened', async () => {
    await client.query('begin');
    await client.query(
      `update spazio_comune.point set municipio_number = 1 + coalesce(municipio_number, derived_municipio_number, 0) % 9, source_demo = not source_demo`,
    );
    await client.query(`update spazio_comune.opening_hours set closes = '23:59' where activity <> 'OTHER'`);
    await client.query('commit');
    await expectTotalsRight();
    await client.query(`delete from spazio_comune.opening_hours where day = 'MONDAY'`);
    await expectTotalsRight();
  });
});
