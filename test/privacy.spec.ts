import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { subgraphs } from '../subgraphs/index.js';
import { startSubgraph } from '../subgraphs/shared/server.js';
import { type Hub, startHub } from './support/hub.js';
import { scratchDatabase } from './support/scratch-database.js';
import { bearer } from './support/tokens.js';

// Who made a change is kept in the protected audit trail alone: no field anyone can read carries it.

let hub: Hub;
let database: Awaited<ReturnType<typeof scratchDatabase>>;
const SUB = 'mario.rossi@comune.milano.it';

beforeAll(async () => {
  database = await scratchDatabase(inject('databaseUrl'), 'privacy');
  hub = await startHub(database.url, { responseCacheSeconds: 0 });
});
afterAll(async () => {
  await hub?.stop();
  await database?.drop();
});

const SOURCE = 'source { document section url links reference demo }';
const PUBLIC_POINT = `query ($id: ID!) { point(id: $id) { id version ${SOURCE}
  openingHours { day ${SOURCE} } specialSchedules { id reason ${SOURCE} } operators { role ${SOURCE} } } }`;
const HISTORY = 'query ($id: ID!) { point(id: $id) { history(first: 10) { nodes { actor action } } } }';

describe('privacy', () => {
  it('a record written through the back office names no one in its public source; the audit trail keeps the actor', async () => {
    const editor = bearer(await hub.tokens.editor([2], SUB));
    const id = 'demo-wemi-2-1';
    const version = (await hub.query(PUBLIC_POINT, { id })).body.data?.point.version as number;
    const hours = await hub.query(
      `mutation ($input: SetPointOpeningHoursInput!) { setPointOpeningHours(input: $input) { point { version } userErrors { code } } }`,
      {
        input: {
          pointId: id,
          expectedVersion: version,
          hours: [{ day: 'MONDAY', opens: '09:00', closes: '12:00', activity: 'FRONT_OFFICE' }],
        },
      },
      editor,
    );
    expect(hours.body.data?.setPointOpeningHours.userErrors).toEqual([]);
    const closure = await hub.query(
      `mutation ($input: AddPointSpecialScheduleInput!) { addPointSpecialSchedule(input: $input) { userErrors { code } } }`,
      {
        input: {
          pointId: id,
          expectedVersion: version + 1,
          validFrom: '2027-08-01',
          validTo: '2027-08-31',
          closed: true,
          reason: 'Estate',
        },
      },
      editor,
    );
    expect(closure.body.data?.addPointSpecialSchedule.userErrors).toEqual([]);
    const operators = await hub.query(
      `mutation ($input: SetPointOperatorsInput!) { setPointOperators(input: $input) { userErrors { code } } }`,
      { input: { pointId: id, expectedVersion: version + 2, operators: [{ role: 'FRONT_OFFICE', weeklyHours: 20 }] } },
      editor,
    );
    expect(operators.body.data?.setPointOperators.userErrors).toEqual([]);
    const participation = await hub.query(
      `mutation ($input: RecordParticipationInput!) { recordParticipation(input: $input) { participation { ${SOURCE} } userErrors { code } } }`,
      { input: { indicatorCode: 'EECO01', pointId: id, date: '2026-11-20', count: 3 } },
      editor,
    );
    expect(participation.body.data?.recordParticipation.userErrors).toEqual([]);

    const read = await hub.query(PUBLIC_POINT, { id });
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data?.point.openingHours[0].source).toMatchObject({ document: 'Back office del Comune di Milano', section: null });
    expect(JSON.stringify(read.body)).not.toContain(SUB);
    expect(JSON.stringify(participation.body)).not.toContain(SUB);

    const history = await hub.query(HISTORY, { id }, bearer(await hub.tokens.admin()));
    expect(history.body.data?.point.history.nodes.map((n: { actor: string }) => n.actor)).toEqual([SUB, SUB, SUB]);
    // Without a token, the history is refused, the rest of the point answers.
    const anonymous = await hub.query(HISTORY, { id });
    expect(JSON.stringify(anonymous.body)).not.toContain(SUB);
  });

  it('a data migration clears the actor that rows written before the fix keep in their source', async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      // Rows as the back office wrote them before: the token's sub in source.section, in the hours
      // of one point and in the own source of another.
      const hoursOf = (await client.query(`select point_id from spazio_comune.opening_hours order by id limit 1`)).rows[0].point_id;
      const own = 'csrc-sammartini';
      const written = await client.query(
        `update spazio_comune.opening_hours set source_document = 'Back office del Comune di Milano', source_section = $1
         where point_id = $2`,
        [SUB, hoursOf],
      );
      expect(written.rowCount).toBeGreaterThan(0);
      await client.query(
        `update spazio_comune.point set source_document = 'Back office del Comune di Milano', source_section = $1 where id = $2`,
        [SUB, own],
      );
      const participation = await client.query(
        `update spazio_comune.participation set source_document = 'Back office del Comune di Milano', source_section = $1
         where id = (select id from spazio_comune.participation order by id limit 1) returning id`,
        [SUB],
      );
      const before = await Promise.all([hoursOf, own].map(async (id) => (await hub.query(PUBLIC_POINT, { id })).body.data?.point));
      const since = (await client.query(`select max(updated_at) as at from spazio_comune.point`)).rows[0].at as Date;
      await client.query(`delete from spazio_comune.mikro_orm_migrations where name = 'Migration20261203071000'`);
      const definition = subgraphs.find((s) => s.name === 'spazio-comune');
      if (!definition) throw new Error('no spazio-comune');
      // Started again on the same database, the subgraph applies the migration.
      const again = await startSubgraph(definition, { databaseUrl: database.url, port: 0, auth: hub.tokens.auth });
      await again.stop();
      const left = await client.query(`select count(*)::int as n from spazio_comune.opening_hours where source_section = $1`, [SUB]);
      expect(left.rows[0].n).toBe(0);
      // Both points moved on through the change feed, so an app that mirrors points drops the sub too,
      // and the audit trail says who cleared what.
      const changed = await hub.query(
        `query ($since: DateTime!) { pointsModifiedSince(since: $since, first: 100) { edges { node { id version ${SOURCE} openingHours { ${SOURCE} } } } } }`,
        { since: since.toISOString() },
      );
      expect(changed.body.errors).toBeUndefined();
      const nodes = changed.body.data?.pointsModifiedSince.edges.map((e: { node: { id: string } }) => e.node);
      expect(nodes.map((n: { id: string; version: number }) => [n.id, n.version]).sort()).toEqual(
        before.map((p) => [p.id, p.version + 1]).sort(),
      );
      expect(JSON.stringify(nodes)).not.toContain(SUB);
      // A participation record is not part of a point (no version, no change feed): cleared and audited.
      const record = await client.query(
        `select p.source_section, a.actor, a.before from spazio_comune.participation p
           join spazio_comune.audit_entry a on a.entity_type = 'ParticipationRecord' and a.entity_id = p.id
          where p.id = $1 order by a.id desc limit 1`,
        [participation.rows[0].id],
      );
      expect(record.rows).toEqual([
        { source_section: null, actor: 'migration:Migration20261203071000', before: { source: { section: SUB } } },
      ]);
      const admin = bearer(await hub.tokens.admin());
      for (const id of [hoursOf, own]) {
        const history = await hub.query(HISTORY, { id }, admin);
        expect(history.body.data?.point.history.nodes[0]).toEqual({ actor: 'migration:Migration20261203071000', action: 'dataMigration' });
      }
    } finally {
      await client.end();
    }
  });
});
