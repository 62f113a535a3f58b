import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Hub, startHub } from './support/hub.js';

// Through the gateway: dates, times, instants and web addresses have their scalars in answers and
// arguments; a compliance check leads to what it judges, and an opportunity to its placement or project.

let hub: Hub;
beforeAll(async () => {
  hub = await startHub(inject('databaseUrl'));
});
afterAll(() => hub?.stop());

async function data(query: string, variables: Record<string, unknown> = {}) {
  const { body } = await hub.query(query, variables);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as Record<string, any>;
}

describe('scalars', () => {
  it('answer dates as LocalDate, times of day as LocalTime, instants as DateTime with their offset', async () => {
    const { point } = await data(`{ point(id: "demo-csrc-1-1") {
      updatedAt openingHours { opens closes } specialSchedules { validFrom validTo }
      nextChange(after: "2026-08-01T10:00:00+02:00") { at } } }`);
    expect(point.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    for (const hours of point.openingHours) for (const time of [hours.opens, hours.closes]) expect(time).toMatch(/^\d\d:\d\d$/);
    expect(point.specialSchedules).toContainEqual({ validFrom: '2026-08-08', validTo: '2026-08-23' });
    // Summer time in Milan: the local time with +02:00, as the schedule reads it.
    expect(point.nextChange.at).toMatch(/^2026-08-\d\dT\d\d:\d\d:\d\d\+02:00$/);
  });

  it('answer the web addresses of a source as URLs, and keep what is not one apart', async () => {
    const { a, b } = await data(`{
      a: point(id: "csrc-cascina-san-paolo-quartiere-adriano") { source { links reference } }
      b: point(id: "wemi-ornato") { source { links reference url } } }`);
    expect(a.source.links).toHaveLength(2);
    expect(a.source.reference).toBeNull();
    for (const link of [...a.source.links, ...b.source.links]) expect(new URL(link).protocol).toMatch(/^https?:$/);
    expect(b.source.links).toEqual([expect.stringMatching(/^http:\/\/www\.mi-lorenteggio\.com\//)]);
    expect(b.source.reference).toMatch(/^Comune-Milano\/wemi : /);
    expect(b.source.url).toBe(`${b.source.reference} ; ${b.source.links[0]}`);
  });

  it.each([
    ['a day that does not exist', `{ point(id: "demo-wemi-2-1") { isOpen(at: "2026-02-30T10:00:00+01:00") } }`],
    ['no offset', `{ point(id: "demo-wemi-2-1") { nextChange(after: "2026-11-23T10:00:00") { at } } }`],
    ['a word', `{ pointsModifiedSince(since: "yesterday", first: 5) { totalCount } }`],
    ['a wrong instant inside a filter', `{ points(first: 5, filter: { openAt: "2026-11-31T10:00:00Z" }) { totalCount } }`],
  ])('refuse %s written in the document as a document the schema does not allow (400)', async (_, query) => {
    const { status, body } = await hub.query(query);
    expect(status).toBe(400);
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(body.errors?.[0]?.message).toMatch(/DateTime/);
  });

  it('refuse a wrong instant in a variable with one BAD_USER_INPUT naming it (400; test/variables.spec.ts)', async () => {
    const { status, body } = await hub.query(`query ($at: DateTime!) { point(id: "demo-wemi-2-1") { isOpen(at: $at) } }`, {
      at: '2026-13-01T10:00:00+01:00',
    });
    expect(status).toBe(400);
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', variableName: 'at' });
  });
});

describe('references', () => {
  it('a compliance check leads to the subject it judges, of every kind', async () => {
    const typeOf = { CITY: 'City', NETWORK: 'SpazioComune', POINT: 'Point', OPERATOR: 'Operator' } as const;
    for (const [kind, typename] of Object.entries(typeOf)) {
      const { complianceChecks } = await data(
        `query ($kind: ComplianceSubjectKind!) { complianceChecks(first: 100, filter: { subjectKinds: [$kind] }) {
          nodes { subjectKind subjectId judged { __typename
            ... on City { name } ... on SpazioComune { code } ... on Point { id } ... on Operator { key } } } } }`,
        { kind },
      );
      expect(complianceChecks.nodes.length, kind).toBeGreaterThan(0);
      for (const check of complianceChecks.nodes) {
        expect(check.subjectKind).toBe(kind);
        expect(check.judged.__typename).toBe(typename);
        expect(check.judged.name ?? check.judged.code ?? check.judged.key ?? check.judged.id).toBe(check.subjectId);
      }
    }
  });

  it('compliance checks filter by kind of subject and by result', async () => {
    const { all, failedPoints } = await data(`{
      all: complianceChecks(first: 100) { totalCount }
      failedPoints: complianceChecks(first: 100, filter: { subjectKinds: [POINT], results: [FAILED] }) { totalCount nodes { subjectKind } } }`);
    expect(failedPoints.totalCount).toBeGreaterThan(0);
    expect(failedPoints.totalCount).toBeLessThan(all.totalCount);
    expect(new Set(failedPoints.nodes.map((n: any) => n.subjectKind))).toEqual(new Set(['POINT']));
    const { compliance } = await data(`{ compliance { passed subjectKind } }`);
    expect(compliance).toHaveLength(all.totalCount);
    expect(compliance.filter((c: any) => c.subjectKind === 'POINT' && c.passed === false)).toHaveLength(failedPoints.totalCount);
    const unknownRule = await hub.query(`{ complianceChecks(first: 5, filter: { rules: ["NESSUNA"] }) { totalCount } }`);
    expect(unknownRule.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'filter' });
  });

  it('an opportunity has an id and leads to its placement or its project', async () => {
    const { servizioCivileOpportunities: sc, levaCivicaOpportunities: lc } = await data(`{
      servizioCivileOpportunities { id title places servizioCivilePlacement { id key volunteers project { title } } levaCivicaProject { id } }
      levaCivicaOpportunities { id title places servizioCivilePlacement { id } levaCivicaProject { id title places } } }`);
    expect(sc).toHaveLength(7);
    expect(new Set([...sc, ...lc].map((o: any) => o.id)).size).toBe(sc.length + lc.length);
    for (const o of sc) {
      expect(o.levaCivicaProject).toBeNull();
      expect(o.id).toBe(`SERVIZIO_CIVILE:${o.servizioCivilePlacement.key}`);
      expect([o.servizioCivilePlacement.volunteers, o.servizioCivilePlacement.project.title]).toEqual([o.places, o.title]);
    }
    const { servizioCivilePlacement } = await data(`query ($id: ID!) { servizioCivilePlacement(id: $id) { volunteers } }`, {
      id: sc[0].servizioCivilePlacement.id,
    });
    expect(servizioCivilePlacement.volunteers).toBe(sc[0].places);
    expect(lc).toHaveLength(1);
    expect(lc[0].servizioCivilePlacement).toBeNull();
    expect(lc[0].levaCivicaProject).toMatchObject({ title: lc[0].title, places: lc[0].places });
    const { levaCivicaProject } = await data(`query ($id: ID!) { levaCivicaProject(id: $id) { title } }`, {
      id: lc[0].levaCivicaProject.id,
    });
    expect(levaCivicaProject.title).toBe(lc[0].title);
  });

  it('a point names its network spazioComune, as a Municipio does', async () => {
    const { point } = await data(
      `{ point(id: "demo-wemi-2-1") { spazioComune { code } network { code } municipio { spazioComune { code } } } }`,
    );
    expect(point.spazioComune).toEqual({ code: 'SPAZIO COMUNE.2' });
    expect([point.network, point.municipio.spazioComune]).toEqual([point.spazioComune, point.spazioComune]);
  });
});
