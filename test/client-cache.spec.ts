import { readFile } from 'node:fs/promises';
import { format } from 'node:util';
import { buildSchema, type GraphQLInterfaceType } from 'graphql';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CONTRACT_VARIABLES } from '../gateway/examples.js';
import { useBackOffice } from './support/back-office.js';
import { operation, root } from './support/hub.js';

// Apollo Client 4 as an app would use it: the default InMemoryCache, no type policies, the
// development build's warnings on, against the real hub. Every contract operation normalizes
// without a "Cache data may be lost" warning; two operations that select different fields of one
// point merge; a write through a mutation leaves the cache right, and reads come from it after.

// Apollo Client reads this once, when it loads: on, it checks and warns as in development.
(globalThis as { __DEV__?: boolean }).__DEV__ = true;
const { ApolloClient, HttpLink, InMemoryCache, gql } = await import('@apollo/client');
const { loadDevMessages, loadErrorMessages } = await import('@apollo/client/dev');
const { __DEV__ } = await import('@apollo/client/utilities/environment');
loadDevMessages();
loadErrorMessages();

const office = useBackOffice('client_cache');

/** Everything Apollo Client says through the console (its invariant warnings go there). */
const said: string[] = [];
const LEVELS = ['warn', 'error', 'log', 'info', 'debug'] as const;
const originals = Object.fromEntries(LEVELS.map((level) => [level, console[level]]));
beforeAll(() => {
  for (const level of LEVELS) console[level] = (...args: unknown[]) => void said.push(`${level}: ${format(...args)}`);
  return () => Object.assign(console, originals);
});
afterEach(() => {
  said.length = 0;
});

function client(headers: Record<string, string> = {}) {
  return new ApolloClient({ cache: new InMemoryCache(), link: new HttpLink({ uri: office.hub.gateway.url, headers }) });
}

const READS = Object.keys(CONTRACT_VARIABLES);

/** The types that implement Node in the composed API schema. */
const api = buildSchema(await readFile(`${root}/schema/api.graphql`, 'utf8'));
const NODE_TYPES = new Set(api.getPossibleTypes(api.getType('Node') as GraphQLInterfaceType).map((t) => t.name));

/** Every object of a Node type kept inside another entry of the cache instead of its own: `Parent.field` of each. */
function nestedNodes(cache: Record<string, Record<string, unknown>>): string[] {
  const found = new Set<string>();
  const walk = (value: unknown, where: string) => {
    if (Array.isArray(value)) for (const item of value) walk(item, where);
    else if (value && typeof value === 'object' && !('__ref' in value)) {
      const { __typename } = value as { __typename?: string };
      if (__typename && NODE_TYPES.has(__typename)) found.add(where);
      for (const [field, child] of Object.entries(value)) walk(child, `${__typename}.${field.replace(/\(.*$/, '')}`);
    }
  };
  for (const entry of Object.values(cache))
    for (const [field, value] of Object.entries(entry)) walk(value, `${entry.__typename}.${field.replace(/\(.*$/, '')}`);
  return [...found].sort();
}

describe('Apollo Client’s default cache', () => {
  it('normalizes every contract read without a warning, and answers each again from the cache alone', async () => {
    const apollo = client();
    const answers = new Map<string, unknown>();
    for (const name of READS) {
      const result = await apollo.query({ query: gql(await operation(name)), variables: CONTRACT_VARIABLES[name] });
      expect(result.error, name).toBeUndefined();
      answers.set(name, result.data);
    }
    expect(said).toEqual([]);
    for (const name of READS) {
      const cached = await apollo.query({
        query: gql(await operation(name)),
        variables: CONTRACT_VARIABLES[name],
        fetchPolicy: 'cache-only',
      });
      expect(cached.data, name).toEqual(answers.get(name));
    }
    // Value objects and keyed entities are normalized by id: one Municipio 2, one address per value.
    const cache = apollo.cache.extract() as Record<string, Record<string, unknown>>;
    const typenames = new Set(Object.values(cache).map((entry) => entry.__typename));
    for (const type of [
      'Point',
      'Municipio',
      'SpazioComune',
      'Address',
      'Indicator',
      'WemiCategory',
      'ServizioCivileSite',
      'ServizioCivileCall',
      'ServizioCivileProgramme',
      'ServizioCivileProject',
      'ServizioCivilePlacement',
      'LevaCivicaProject',
      'LevaCivicaSite',
      'YouthOpportunity',
    ])
      expect(typenames, type).toContain(type);
    // Every Node the operations reach is an entry of its own (the copies select every Node's id).
    expect(nestedNodes(cache)).toEqual([]);
    expect(said).toEqual([]);
  });

  it('merges two operations that select different fields of one point, and a write leaves the cache as the server answers', async () => {
    const apollo = client(office.admin);
    const nearby = await apollo.query({ query: gql(await operation('PointsNearby')), variables: CONTRACT_VARIABLES.PointsNearby });
    const target = (nearby.data as any).pointsNearby[0].point;
    const at = CONTRACT_VARIABLES.PointsNearby?.at;
    const schedule = await apollo.query({ query: gql(await operation('PointSchedule')), variables: { id: target.id, at } });
    const page = await apollo.query({
      query: gql(await operation('PointsPage')),
      variables: { first: 100, filter: { municipio: target.municipio.number } },
    });
    expect((page.data as any).points.edges.map((e: any) => e.node.id)).toContain(target.id);
    expect((schedule.data as any).point.name).toBe(target.name);
    expect(said).toEqual([]);
    // The first operation is still whole in the cache after the two others wrote the same point.
    const again = await apollo.query({
      query: gql(await operation('PointsNearby')),
      variables: CONTRACT_VARIABLES.PointsNearby,
      fetchPolicy: 'cache-only',
    });
    expect(again.data).toEqual(nearby.data);

    // The app's write: what the point's page shows comes back in the payload (isOpen at the instant it shows).
    // As many intervals as before, new times: Apollo Client warns whenever a list gets shorter, whatever
    // its items (arrays always need a merge function, its own source says), so an editor's shorter
    // week is left out of this check.
    const before = await office.point(target.id);
    const hours = before.openingHours.map((h: { closes: string }, i: number) => (i === 0 ? { ...h, closes: '19:45' } : h));
    const written = await apollo.mutate({
      mutation: gql`mutation SetHoursFromTheApp($input: SetPointOpeningHoursInput!, $at: DateTime!) {
        setPointOpeningHours(input: $input) {
          point { id version updatedAt isOpen(at: $at) nextChange(after: $at) { at opens } frontOfficeHoursPerWeek
            openingHours { day opens closes activity } spazioComune { id frontOfficeHoursPerWeek } }
          userErrors { field message code currentVersion }
        }
      }`,
      variables: { input: { pointId: target.id, expectedVersion: before.version, hours }, at },
    });
    expect((written.data as any).setPointOpeningHours.userErrors).toEqual([]);
    expect(said).toEqual([]);

    // Read from the cache alone, and from the server: the same.
    const fresh = client();
    for (const [name, variables] of [
      ['PointSchedule', { id: target.id, at }],
      ['PointsNearby', CONTRACT_VARIABLES.PointsNearby],
    ] as const) {
      const cached = await apollo.query({ query: gql(await operation(name)), variables, fetchPolicy: 'cache-only' });
      const server = await fresh.query({ query: gql(await operation(name)), variables, fetchPolicy: 'network-only' });
      expect(cached.data, name).toEqual(server.data);
    }
    // Participation: the indicators the dashboard read (NetworkHealth) count it, from the cache alone.
    await apollo.query({ query: gql(await operation('NetworkHealth')) });
    const recorded = await apollo.mutate({
      mutation: gql(await operation('RecordParticipation')),
      variables: { input: { indicatorCode: 'EECO01', pointId: target.id, date: '2026-11-20', count: 7 } },
    });
    expect((recorded.data as any).recordParticipation.userErrors).toEqual([]);
    const health = await apollo.query({ query: gql(await operation('NetworkHealth')), fetchPolicy: 'cache-only' });
    expect(health.data).toEqual((await fresh.query({ query: gql(await operation('NetworkHealth')), fetchPolicy: 'network-only' })).data);

    // An import: each record leads to its point as written, so the cached page shows the new name.
    const imported = await apollo.mutate({
      mutation: gql`mutation ImportFromTheApp($input: ImportPointsInput!) { importPoints(input: $input) {
        report { records { id action point { id name version } } } userErrors { message } } }`,
      variables: { input: { format: 'CSV', document: `id,kind,name\n${target.id},${target.kind},"${target.name} (rinominato)"` } },
    });
    expect((imported.data as any).importPoints.report.records.map((r: any) => r.point.name)).toEqual([`${target.name} (rinominato)`]);
    const renamed = await apollo.query({
      query: gql(await operation('PointSchedule')),
      variables: { id: target.id, at },
      fetchPolicy: 'cache-only',
    });
    expect((renamed.data as any).point.name).toBe(`${target.name} (rinominato)`);
    expect(renamed.data).toEqual(
      (await fresh.query({ query: gql(await operation('PointSchedule')), variables: { id: target.id, at }, fetchPolicy: 'network-only' }))
        .data,
    );

    const network = await apollo.query({
      query: gql`{ spazioComuneNetworks { id frontOfficeHoursPerWeek } }`,
      fetchPolicy: 'network-only',
    });
    const mine = (network.data as any).spazioComuneNetworks.find(
      (n: any) => n.id === (written.data as any).setPointOpeningHours.point.spazioComune.id,
    );
    expect(mine.frontOfficeHoursPerWeek).toBe((written.data as any).setPointOpeningHours.point.spazioComune.frontOfficeHoursPerWeek);
    expect(said).toEqual([]);

    // The back office's closure, added and removed through the contract's operations: the new special
    // schedule joins the point's list in the cache (as the server answers it), and neither warns.
    const added = await apollo.mutate({
      mutation: gql(await operation('AddClosure')),
      variables: {
        input: {
          pointId: target.id,
          expectedVersion: (await office.point(target.id)).version,
          validFrom: '2031-08-01',
          validTo: '2031-08-31',
          closed: true,
          reason: 'Chiusura estiva',
        },
      },
    });
    const closure = (added.data as any).addPointSpecialSchedule;
    expect(closure.userErrors).toEqual([]);
    const withClosure = await apollo.query({
      query: gql(await operation('PointSchedule')),
      variables: { id: target.id, at },
      fetchPolicy: 'cache-only',
    });
    expect((withClosure.data as any).point.specialSchedules.map((s: any) => s.id)).toContain(closure.specialSchedule.id);
    expect(withClosure.data).toEqual(
      (await fresh.query({ query: gql(await operation('PointSchedule')), variables: { id: target.id, at }, fetchPolicy: 'network-only' }))
        .data,
    );
    const removed = await apollo.mutate({
      mutation: gql(await operation('RemoveClosure')),
      variables: { input: { specialScheduleId: closure.specialSchedule.id, expectedVersion: closure.point.version } },
    });
    expect((removed.data as any).removePointSpecialSchedule).toMatchObject({
      removedSpecialScheduleId: closure.specialSchedule.id,
      userErrors: [],
    });
    expect(said).toEqual([]);
  });
  it('runs in development mode, and warns when an object without an id is replaced (last: it warns once per field, and shows that the checks above would have heard)', async () => {
    expect(__DEV__).toBe(true);
    const apollo = client();
    const id = CONTRACT_VARIABLES.PointSchedule?.id;
    await apollo.query({ query: gql`query A($id: ID!) { point(id: $id) { id municipio { number } } }`, variables: { id } });
    await apollo.query({ query: gql`query B($id: ID!) { point(id: $id) { id municipio { name } } }`, variables: { id } });
    expect(said.join('\n')).toMatch(/Cache data may be lost when replacing the municipio field of a Point object/);
  });
});
