import { readFile } from 'node:fs/promises';
import { buildSchema, type GraphQLObjectType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { globalId } from '../subgraphs/shared/global-id.js';
import { type Hub, root, startHub } from './support/hub.js';
import { sample } from './support/metrics.js';
import { bearer } from './support/tokens.js';

// Relay global object identification through the gateway: every type of the graph that has an
// identity implements Node, and Query.node / Query.nodes give each back from its id, whichever
// subgraph owns it.

/**
 * Objects with an id for the cache that are not entities: an Address (its value, hashed); a youth
 * opportunity, a view of a placement or a Leva Civica project in one shape, which it leads to; a
 * line of an import report, whose id is its report's and its point's (pointId names the point).
 */
const NOT_ENTITIES = new Set(['Address', 'YouthOpportunity', 'PointImportRecord']);

/** The first `n` ids of a list, so that node() is asked a few of each type. */
const few = (items: { id: string }[], n = 3) => items.slice(0, n).map((i) => i.id);

/** A demo participation record: the graph lists none (only recordParticipation's payload gives one), and this spec writes nothing. */
const participation = JSON.parse(await readFile(`${root}/subgraphs/spazio-comune/seed/demo.json`, 'utf8')).participation[0].id;

/** Where a test finds an id of each Node type. A type that joins Node and is not here fails the test. */
const SAMPLES: Record<string, { query: string; ids: (data: any) => string[] }> = {
  Municipio: { query: '{ municipi { id } }', ids: (d) => d.municipi.map((m: any) => m.id) },
  SpazioComune: { query: '{ spazioComuneNetworks { id } }', ids: (d) => d.spazioComuneNetworks.map((n: any) => n.id) },
  Point: { query: '{ points(first: 3) { nodes { id } } }', ids: (d) => d.points.nodes.map((p: any) => p.id) },
  Indicator: { query: '{ indicators { id } }', ids: (d) => d.indicators.map((i: any) => i.id) },
  WemiCategory: { query: '{ wemiCategories { id } }', ids: (d) => d.wemiCategories.map((c: any) => c.id) },
  ServizioCivileSite: { query: '{ servizioCivileSite(code: "202928") { id } }', ids: (d) => [d.servizioCivileSite.id] },
  ServizioCivileCall: { query: '{ servizioCivileCalls { id } }', ids: (d) => d.servizioCivileCalls.map((c: any) => c.id) },
  ServizioCivileProgramme: {
    query: '{ servizioCivileCall(year: 2022) { programme { id } } }',
    ids: (d) => [d.servizioCivileCall.programme.id],
  },
  ServizioCivilePlacement: {
    query: '{ servizioCivilePlacements(first: 3) { nodes { id } } }',
    ids: (d) => few(d.servizioCivilePlacements.nodes),
  },
  ServizioCivileProject: {
    query: '{ servizioCivileCall(year: 2022) { projects { id } } }',
    ids: (d) => few(d.servizioCivileCall.projects),
  },
  LevaCivicaProject: { query: '{ levaCivicaProjects { id } }', ids: (d) => few(d.levaCivicaProjects) },
  LevaCivicaSite: { query: '{ levaCivicaProjects { site { id } } }', ids: (d) => few(d.levaCivicaProjects.map((p: any) => p.site)) },
  GovernanceBody: { query: '{ governanceBodies { id } }', ids: (d) => few(d.governanceBodies) },
  SheetProvision: { query: '{ sheetProvisions(sheet: 1) { id } }', ids: (d) => few(d.sheetProvisions) },
  Operator: {
    query: '{ spazioComuneNetworks { operators(first: 1) { id } } }',
    ids: (d) => few(d.spazioComuneNetworks.flatMap((n: any) => n.operators)),
  },
  SharedService: { query: '{ sharedServices { id } }', ids: (d) => few(d.sharedServices) },
  SpecialSchedule: {
    query: '{ points(first: 100) { nodes { specialSchedules(first: 1) { id } } } }',
    ids: (d) => few(d.points.nodes.flatMap((p: any) => p.specialSchedules)),
  },
  ParticipationRecord: {
    query: `query ($id: ID!) { nodes(ids: [$id]) { id } }`,
    ids: (d) => d.nodes.map((n: any) => n.id),
  },
};

let hub: Hub;
let api: ReturnType<typeof buildSchema>;
beforeAll(async () => {
  api = buildSchema(await readFile(`${root}/schema/api.graphql`, 'utf8'));
  hub = await startHub(inject('databaseUrl'));
});
afterAll(() => hub?.stop());

/** The object types of the graph that have an identity: an `id`, or a federation key in the supergraph. */
async function identifiedTypes(): Promise<string[]> {
  const supergraph = await readFile(`${root}/schema/supergraph.graphql`, 'utf8');
  const keyed = new Set([...supergraph.matchAll(/^type (\w+)[^{]*@join__type\(graph: \w+, key: /gm)].map((m) => m[1] as string));
  return Object.values(api.getTypeMap())
    .filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__'))
    .filter((t) => t.getFields().id || keyed.has(t.name))
    .map((t) => t.name);
}

const nodeTypes = () => api.getPossibleTypes(api.getType('Node') as never).map((t) => t.name);

describe('Node', () => {
  it('is implemented by every type with an identity, but for objects that are not entities', async () => {
    const types = await identifiedTypes();
    const missing = types.filter((t) => !nodeTypes().includes(t) && !NOT_ENTITIES.has(t));
    expect(missing).toEqual([]);
    for (const type of nodeTypes()) expect(SAMPLES[type], `a sample id of ${type}`).toBeDefined();
  });

  it('node(id:) gives back an object of every Node type from its id, whichever subgraph owns it; nodes(ids:) in the order asked', async () => {
    const all: { type: string; id: string }[] = [];
    for (const type of nodeTypes()) {
      const sample = SAMPLES[type];
      if (!sample) throw new Error(`no sample of ${type}`);
      const response = await hub.query(sample.query, type === 'ParticipationRecord' ? { id: globalId(type, participation) } : undefined);
      expect(response.body.errors, type).toBeUndefined();
      const ids = sample.ids(response.body.data);
      expect(ids.length, type).toBeGreaterThan(0);
      for (const id of ids) all.push({ type, id });
    }
    expect(new Set(all.map((n) => n.id)).size, 'ids unique across the graph').toBe(all.length);
    for (const { type, id } of all) {
      const response = await hub.query('query ($id: ID!) { node(id: $id) { __typename id } }', { id });
      expect(response.body.errors, `${type} ${id}`).toBeUndefined();
      expect(response.body.data, `${type} ${id}`).toEqual({ node: { __typename: type, id } });
    }
    const ids = all.map((n) => n.id).reverse();
    const many = await hub.query('query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }', { ids });
    expect(many.body.errors).toBeUndefined();
    expect(many.body.data?.nodes.map((n: { id: string }) => n.id)).toEqual(ids);
  });

  it('answers the fields of the subgraph that owns the type', async () => {
    const response = await hub.query(
      `query ($call: ID!, $site: ID!, $municipio: ID!) {
        call: node(id: $call) { ... on ServizioCivileCall { year totalVolunteers } }
        site: node(id: $site) { ... on ServizioCivileSite { code name municipio { number } } }
        municipio: node(id: $municipio) { ... on Municipio { number levaCivica { places } servizioCivile(callYear: 2022) { volunteers } } }
      }`,
      { call: globalId('ServizioCivileCall', 2022), site: globalId('ServizioCivileSite', '202928'), municipio: globalId('Municipio', 2) },
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data).toMatchObject({
      call: { year: 2022, totalVolunteers: 10 },
      site: { code: '202928', name: 'Municipio 2', municipio: { number: 2 } },
      municipio: { number: 2, servizioCivile: { volunteers: 3 } },
    });
  });

  it('an id that names nothing is null with NOT_FOUND; one that cannot be an id of the graph is BAD_USER_INPUT; never a 500', async () => {
    const ask = (id: string) => hub.query('query ($id: ID!) { node(id: $id) { id } }', { id });
    // Those of servizio-civile's and leva-civica's types too, `id` alone asked: the owner says whether the key exists, not spazio-comune.
    const unknown = [
      ...['no-such-point', globalId('Municipio', 12), globalId('Indicator', 'NOPE'), globalId('Operator', 'nessuno'), '', '%%%'],
      ...[globalId('ServizioCivileSite', '999999'), globalId('ServizioCivileCall', 1999)],
      ...[globalId('ServizioCivileProgramme', 'nessuno'), globalId('ServizioCivileProject', 'nessuno')],
      ...[globalId('ServizioCivilePlacement', '1999-1'), globalId('LevaCivicaProject', 'nessuno'), globalId('LevaCivicaSite', 'nessuno')],
    ];
    for (const id of unknown) {
      const response = await ask(id);
      expect(response.status, id).toBe(200);
      expect(response.body.data, id).toEqual({ node: null });
      expect(
        response.body.errors?.map((e) => e.extensions?.code),
        id,
      ).toEqual(['NOT_FOUND']);
    }
    const foreign = await ask(globalId('Nothing', '1'));
    expect(foreign.body.data).toEqual({ node: null });
    expect(foreign.body.errors?.map((e) => [e.extensions?.code, e.extensions?.argumentName])).toEqual([['BAD_USER_INPUT', 'id']]);

    const many = await hub.query('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [globalId('Municipio', 2), 'no-such-point'] });
    expect(many.body.data?.nodes).toEqual([{ id: globalId('Municipio', 2) }, null]);
    expect(many.body.errors?.map((e) => [e.extensions?.code, e.path])).toEqual([['NOT_FOUND', ['nodes', 1]]]);

    const tooMany = await hub.query('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: Array.from({ length: 101 }, (_, i) => `p${i}`),
    });
    expect(tooMany.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('a type whose id became global keeps the old value as `key`, and an argument that took the old id takes both', async () => {
    const placement = globalId('ServizioCivilePlacement', '2022-202928');
    const response = await hub.query(
      `query ($id: ID!) {
        byKey: servizioCivilePlacement(id: "2022-202928") { id key volunteers }
        byId: servizioCivilePlacement(id: $id) { id key volunteers }
        node(id: $id) { ... on ServizioCivilePlacement { key volunteers } }
      }`,
      { id: placement },
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data).toEqual({
      byKey: { id: placement, key: '2022-202928', volunteers: 2 },
      byId: { id: placement, key: '2022-202928', volunteers: 2 },
      node: { key: '2022-202928', volunteers: 2 },
    });
  });

  it('the projects and Leva Civica sites too: levaCivicaProject(id:), servizioCivilePlacements(projectId:) and projects(after:) take both forms', async () => {
    const project = globalId('LevaCivicaProject', 'lc-la-coesione-sociale');
    const site = globalId('LevaCivicaSite', 'lc-coesione-sociale');
    const leva = await hub.query(
      `query ($id: ID!, $site: ID!) {
        byKey: levaCivicaProject(id: "lc-la-coesione-sociale") { id key site { id key } }
        byId: levaCivicaProject(id: $id) { id key title }
        node(id: $site) { ... on LevaCivicaSite { key name } }
      }`,
      { id: project, site },
    );
    expect(leva.body.errors).toBeUndefined();
    expect(leva.body.data).toEqual({
      byKey: { id: project, key: 'lc-la-coesione-sociale', site: { id: site, key: 'lc-coesione-sociale' } },
      byId: { id: project, key: 'lc-la-coesione-sociale', title: 'La coesione sociale' },
      node: { key: 'lc-coesione-sociale', name: 'Comune di Milano - Direzione Politiche Sociali - Unità Coesione sociale' },
    });

    const servizio = globalId('ServizioCivileProject', 'scu-2022-avanti-un-altro');
    const placements = await hub.query(
      `query ($id: ID!) {
        byKey: servizioCivilePlacements(first: 100, projectId: "scu-2022-avanti-un-altro") { totalCount }
        byId: servizioCivilePlacements(first: 100, projectId: $id) { totalCount }
        node(id: $id) { ... on ServizioCivileProject { key title } }
        servizioCivileCall(year: 2022) { afterKey: projects(after: "scu-2022-avanti-un-altro") { id } afterId: projects(after: $id) { id } all: projects { id key } }
      }`,
      { id: servizio },
    );
    expect(placements.body.errors).toBeUndefined();
    expect(placements.body.data).toMatchObject({
      byKey: { totalCount: 7 },
      byId: { totalCount: 7 },
      node: { key: 'scu-2022-avanti-un-altro', title: 'Avanti un altro! Orientamento e comunicazione nella Città Metropolitana di Milano' },
      servizioCivileCall: { all: [{ id: servizio, key: 'scu-2022-avanti-un-altro' }] },
    });
    // The call's one project: after it, in either form, none.
    expect(placements.body.data?.servizioCivileCall.afterKey).toEqual([]);
    expect(placements.body.data?.servizioCivileCall.afterId).toEqual([]);
  });

  it('nodes(ids:) of many projects, programmes or Leva Civica sites costs their subgraph the statements of one', async () => {
    const programme = (await hub.query('{ servizioCivileCall(year: 2022) { programme { key } } }')).body.data?.servizioCivileCall.programme
      .key;
    // With a token: never answered from a cache, so that each request reaches the subgraph's database.
    const admin = bearer(await hub.tokens.admin());
    const statements = (subgraph: string) => sample(hub.subgraphs.find((s) => s.name === subgraph)?.url ?? '', 'db_statements_total');
    for (const [type, subgraph, key] of [
      ['ServizioCivileProject', 'servizio-civile', 'scu-2022-avanti-un-altro'],
      ['ServizioCivileProgramme', 'servizio-civile', programme],
      ['LevaCivicaSite', 'leva-civica', 'lc-coesione-sociale'],
    ] as const) {
      const cost = async (keys: string[]) => {
        const before = await statements(subgraph);
        const answer = await hub.query(
          'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
          { ids: keys.map((k) => globalId(type, k)) },
          admin,
        );
        expect(answer.body.data?.nodes[0]).toEqual({ id: globalId(type, key) });
        return (await statements(subgraph)) - before;
      };
      const one = await cost([key]);
      // Three more that name nothing (each null with NOT_FOUND), looked up in the same statement.
      const four = await cost([key, `${key}-a`, `${key}-b`, `${key}-c`]);
      expect(one, type).toBeGreaterThan(0);
      expect(four, type).toBe(one);
    }
  });
});
