import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Hub, startHub } from './support/hub.js';

// The client's mistakes, and worse, answer 4xx (or 200 with errors) as JSON GraphQL errors with a
// code, on the gateway and on every subgraph: never a 5xx, an HTML page, a stack or a file path.

interface Hostile {
  name: string;
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
  search?: string;
}

const json = { 'content-type': 'application/json' };
const post = (name: string, body: unknown, headers: Record<string, string> = json): Hostile => ({
  name,
  headers,
  body: typeof body === 'string' ? body : JSON.stringify(body),
});
const get = (
  name: string,
  params: Record<string, string>,
  headers: Record<string, string> = { 'apollo-require-preflight': 'true' },
): Hostile => ({
  name,
  method: 'GET',
  search: `?${new URLSearchParams(params)}`,
  headers,
});
/** Each fragment spreads the next three times: a short document of exponential cost. */
const costly = (levels: number) =>
  `{ __type(name: "Query") { ...F0 } } ${Array.from({ length: levels }, (_, i) =>
    i === levels - 1
      ? `fragment F${i} on __Type { name }`
      : `fragment F${i} on __Type { ofType { ...F${i + 1} } interfaces { ...F${i + 1} } possibleTypes { ...F${i + 1} } }`,
  ).join(' ')}`;
/** JSON arrays and objects nested `depth` deep, as text (JSON.stringify itself would overflow the stack). */
const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
const nested = (depth: number) => `{ ${'__schema { types { fields { type { ofType { '.repeat(depth)}name${' } } } } }'.repeat(depth)} }`;

/** Bodies whose arrays or objects nest `depth` deep: as the body, in the query, in a variable, in the extensions. */
function deeplyNested(depth: number): Hostile[] {
  return [
    post(`a body of arrays nested ${depth} deep`, deepArray(depth)),
    post(`a body of objects nested ${depth} deep`, deepObject(depth)),
    post(`a query of arrays nested ${depth} deep`, `{"query":${deepArray(depth)}}`),
    post(
      `a used variable of arrays nested ${depth} deep`,
      `{"query":"query ($n: [String]) { __type(name: \\"Query\\") { name } }","variables":{"n":${deepArray(depth)}}}`,
    ),
    post(`an unused variable of objects nested ${depth} deep`, `{"query":"{ __typename }","variables":{"n":${deepObject(depth)}}}`),
    post(
      `a variable of objects nested ${depth} deep`,
      `{"query":"query ($n: String) { __typename }","variables":{"n":${deepObject(depth)}}}`,
    ),
    post(`extensions nested ${depth} deep`, `{"query":"{ __typename }","extensions":{"x":${deepObject(depth)}}}`),
  ];
}

/** Requests every server must survive: they use only what every schema has (__typename, introspection). */
const corpus: Hostile[] = [
  // Bodies that are not a GraphQL request.
  ...['{"query":', '{', '}', 'nul', '[', '{"query": "{ __typename }"', "{'query': 1}", '\u0000', ' ', '{"a":1}{"b":2}'].map((b) =>
    post(`malformed JSON ${b}`, b),
  ),
  ...['null', '42', '-1.5e308', '"query"', 'true', 'false', '[]', '{}', '[1,2]', '[null]'].map((b) => post(`JSON ${b}`, b)),
  post('a batch of two operations', [{ query: '{ __typename }' }, { query: '{ __typename }' }]),
  post('a batch of one', [{ query: '{ __typename }' }]),
  post('a body over the size limit', { query: `{ __typename } # ${'x'.repeat(1_100_000)}` }),
  post('a huge field name', { query: `{ ${'a'.repeat(200_000)} }` }),
  post('a huge string argument', { query: `{ __type(name: "${'x'.repeat(200_000)}") { name } }` }),
  // Content types and encodings.
  post('text/plain', '{"query":"{ __typename }"}', { 'content-type': 'text/plain' }),
  post('a form', 'query=%7B__typename%7D', { 'content-type': 'application/x-www-form-urlencoded' }),
  post('multipart', '--x\r\n\r\n{}\r\n--x--', { 'content-type': 'multipart/form-data; boundary=x' }),
  post('application/graphql', '{ __typename }', { 'content-type': 'application/graphql' }),
  post('no content type', '{"query":"{ __typename }"}', {}),
  post('a charset other than UTF-8', '{"query":"{ __typename }"}', { 'content-type': 'application/json; charset=latin1' }),
  post('a gzip body that is not gzip', 'not gzip at all', { ...json, 'content-encoding': 'gzip' }),
  post('an unknown content encoding', '{"query":"{ __typename }"}', { ...json, 'content-encoding': 'zstd-ish' }),
  { name: 'invalid UTF-8', headers: json, body: new Uint8Array([0x7b, 0x22, 0x71, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]) },
  post('a JSON content type with parameters nobody knows', '{"query":"{ __typename }"}', { 'content-type': 'application/json; foo=bar' }),
  // Fields of the request with the wrong type.
  ...[1, true, {}, [], null, ''].map((query) => post(`query ${JSON.stringify(query)}`, { query })),
  ...[1, true, {}, []].map((operationName) =>
    post(`operationName ${JSON.stringify(operationName)}`, { query: '{ __typename }', operationName }),
  ),
  ...['x', 1, true, [1]].map((variables) => post(`variables ${JSON.stringify(variables)}`, { query: '{ __typename }', variables })),
  ...['x', 1, [1]].map((extensions) => post(`extensions ${JSON.stringify(extensions)}`, { query: '{ __typename }', extensions })),
  // Operations the server cannot run.
  post('an unknown operationName', { query: 'query A { __typename }', operationName: 'B' }),
  post('an empty operationName', { query: 'query A { __typename }', operationName: '' }),
  post('two anonymous operations', { query: '{ __typename } { __typename }' }),
  post('two named operations and no operationName', { query: 'query A { __typename } query B { __typename }' }),
  post('a subscription', { query: 'subscription { __typename }' }),
  post('a named subscription', { query: 'subscription S { __typename }', operationName: 'S' }),
  post('a mutation the schema lacks', { query: 'mutation { nonEsiste }' }),
  post('a mutation of __typename', { query: 'mutation { __typename }' }),
  post('only a fragment', { query: 'fragment F on Query { __typename }' }),
  post('a fragment cycle', { query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }' }),
  post('an unknown fragment', { query: '{ ...Nessuno }' }),
  post('an unknown directive', { query: '{ __typename @nessuna }' }),
  post('@include with a string', { query: '{ __typename @include(if: "x") }' }),
  post('a missing required variable', { query: 'query ($n: String!) { __type(name: $n) { name } }' }),
  post('a variable of an unknown type', { query: 'query ($n: Nessuno) { __typename }' }),
  post('a variable of the wrong type', { query: 'query ($n: String!) { __type(name: $n) { name } }', variables: { n: { a: 1 } } }),
  post('an overflowing integer', { query: 'query ($n: Int) { __typename }', variables: { n: 1e300 } }),
  post('a syntax error', { query: '{' }),
  post('another syntax error', { query: '{ a(' }),
  post('an unterminated string', { query: '{ __type(name: "x) { name } }' }),
  post('closing braces', { query: '}}}' }),
  post('a NUL byte in a string argument', { query: '{ __type(name: "a\u0000b") { name } }' }),
  post('a NUL byte in a variable', { query: 'query ($n: String!) { __type(name: $n) { name } }', variables: { n: 'a\u0000b' } }),
  post('a NUL byte in the operation name', { query: 'query A { __typename }', operationName: 'A\u0000' }),
  post('an escaped NUL in a string', { query: '{ __type(name: "a\\u0000b") { name } }' }),
  // Documents over the limits.
  post('too deep', { query: nested(20) }),
  post('too many aliases', { query: `{ ${Array.from({ length: 10_000 }, (_, i) => `a${i}: __typename`).join(' ')} }` }),
  post('too many directives', { query: `{ __typename ${'@skip(if: false) '.repeat(500)} }` }),
  post('too many tokens', { query: `{ ${'__typename '.repeat(20_000)} }` }),
  post('too costly', { query: costly(6) }),
  // JSON nested 100,000 deep, anywhere in the request: once a 500 (Maximum call stack size exceeded).
  ...deeplyNested(100_000),
  get('GET with variables nested 2,000 deep', { query: 'query ($n: String) { __typename }', variables: `{"n":${deepArray(2000)}}` }),
  get('GET with variables nested 100,000 deep (a URL too long)', { query: '{ __typename }', variables: `{"n":${deepArray(100_000)}}` }),
  post('a list literal nested within the token limit', { query: `{ __type(name: ${deepArray(900)}) { name } }` }),
  // Automatic persisted queries gone wrong.
  post('an unknown persisted query', { extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }),
  post('a persisted query of another version', { extensions: { persistedQuery: { version: 2, sha256Hash: 'a'.repeat(64) } } }),
  post('a persisted query whose hash is wrong', {
    query: '{ __typename }',
    extensions: { persistedQuery: { version: 1, sha256Hash: 'b'.repeat(64) } },
  }),
  post('a persisted query without a hash', { extensions: { persistedQuery: { version: 1 } } }),
  // GET.
  get('a mutation over GET', { query: 'mutation { __typename }' }),
  get('GET without the CSRF header', { query: '{ __typename }' }, {}),
  get('GET without a query', {}),
  get('GET with variables that are not JSON', { query: '{ __typename }', variables: '{' }),
  get('GET with extensions that are not JSON', { query: '{ __typename }', extensions: '[' }),
  get('GET with a subscription', { query: 'subscription { __typename }' }),
  get('GET with two operations', { query: '{ __typename } { __typename }' }),
  // Methods, paths and headers.
  { name: 'PUT', method: 'PUT', headers: json, body: '{"query":"{ __typename }"}' },
  { name: 'DELETE', method: 'DELETE' },
  { name: 'PATCH', method: 'PATCH', headers: json, body: '{}' },
  { name: 'an unknown path', path: '/graphq' },
  { name: 'a path below /graphql', path: '/graphql/x/../../etc/passwd' },
  { name: 'a path with a NUL', path: '/%00' },
  { name: 'a malformed percent escape', path: '/graphql%' },
  post('a garbage Authorization header', { query: '{ __typename }' }, { ...json, authorization: 'Bearer x.y.z' }),
  post('a Basic Authorization header', { query: '{ __typename }' }, { ...json, authorization: 'Basic YTpi' }),
  post('a long request id', { query: '{ __typename }' }, { ...json, 'x-request-id': 'r'.repeat(5000) }),
];

let hub: Hub;
beforeAll(async () => {
  hub = await startHub(inject('databaseUrl'));
});
afterAll(() => hub?.stop());

async function send(base: string, request: Hostile) {
  const url = new URL(request.path ?? '/graphql', base);
  const response = await fetch(`${url.origin}${request.path ?? url.pathname}${request.search ?? ''}`, {
    method: request.method ?? (request.body === undefined ? 'GET' : 'POST'),
    headers: request.headers,
    body: request.body,
  });
  return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
}

describe('a hostile corpus', () => {
  it('has at least 300 requests over the gateway and the three subgraphs', () => {
    expect(corpus.length * 4).toBeGreaterThanOrEqual(300);
  });

  it('never answers 5xx, HTML, a stack or a path, on the gateway or any subgraph', async () => {
    const failures: string[] = [];
    const targets = [hub.gateway.url, ...hub.subgraphs.map((s) => s.url)];
    for (const target of targets) {
      for (const request of corpus) {
        const { status, type, text } = await send(target, request);
        const problem =
          status >= 500
            ? `status ${status}`
            : !type.startsWith('application/json') && !type.startsWith('application/graphql-response+json')
              ? `content type ${type}`
              : /<html|stacktrace|\bat .+\.[jt]s:\d+|node_modules|\/work\/|\/home\/|\/root\//i.test(text)
                ? 'internals in the body'
                : text.length > 2000
                  ? `a body of ${text.length} characters`
                  : (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors?.some((e) => !e.extensions?.code)
                    ? 'an error without a code'
                    : status >= 400 && !JSON.parse(text).errors
                      ? 'a 4xx without errors'
                      : null;
        if (problem) failures.push(`${new URL(target).port} ${request.name}: ${problem} ${text.slice(0, 200)}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});

describe('JSON nested 100,000 deep', () => {
  it('answers 400 with QUERY_LIMIT_EXCEEDED (jsonDepth), on the gateway and every subgraph', async () => {
    const answers: string[] = [];
    for (const target of [hub.gateway.url, ...hub.subgraphs.map((s) => s.url)]) {
      for (const request of deeplyNested(100_000)) {
        const { status, text } = await send(target, request);
        const error = (JSON.parse(text) as { errors: { extensions: { code: string; limit?: string } }[] }).errors[0]?.extensions;
        answers.push(`${new URL(target).port} ${request.name}: ${status} ${error?.code} ${error?.limit}`);
      }
    }
    expect(answers.filter((a) => !a.endsWith(': 400 QUERY_LIMIT_EXCEEDED jsonDepth'))).toEqual([]);
  }, 60_000);

  it('in a GET request’s variables answers 400 too, and a URL too long for Node answers 431 in JSON', async () => {
    const deep = await send(
      hub.gateway.url,
      get('', { query: 'query ($n: String) { __typename }', variables: `{"n":${deepArray(2000)}}` }),
    );
    expect(deep.status).toBe(400);
    expect(JSON.parse(deep.text).errors[0].extensions).toEqual({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'jsonDepth' });
    const long = await send(hub.gateway.url, get('', { query: '{ __typename }', variables: `{"n":${deepArray(100_000)}}` }));
    expect(long.status).toBe(431);
    expect(long.type).toMatch(/^application\/json/);
    expect(JSON.parse(long.text).errors[0].extensions.code).toBe('HEADERS_TOO_LARGE');
  });

  it('is still taken at the nesting real requests have', async () => {
    const response = await send(hub.gateway.url, post('', { query: '{ __typename }', extensions: { a: JSON.parse(deepObject(50)) } }));
    expect(response.status).toBe(200);
  });
});

describe('the answers the GraphQL-over-HTTP specification asks for', () => {
  const nul = '{ point(id: "a\u0000b") { id } }';
  it.each([
    ['a body that is not JSON', post('', '{"query":'), 400, 'BAD_REQUEST'],
    ['a body that is JSON null', post('', 'null'), 400, 'BAD_REQUEST'],
    ['a body over the size limit', post('', { query: `{ __typename } # ${'x'.repeat(1_100_000)}` }), 413, 'PAYLOAD_TOO_LARGE'],
    ['a batch', post('', [{ query: '{ __typename }' }]), 400, 'BAD_REQUEST'],
    ['an unknown operation name', post('', { query: 'query A { __typename }', operationName: 'B' }), 400, 'OPERATION_RESOLUTION_FAILURE'],
    ['an empty operation name', post('', { query: 'query A { __typename }', operationName: '' }), 400, 'OPERATION_RESOLUTION_FAILURE'],
    [
      'two operations and no name',
      post('', { query: 'query A { __typename } query B { __typename }' }),
      400,
      'OPERATION_RESOLUTION_FAILURE',
    ],
    ['a subscription', post('', { query: 'subscription { __typename }' }), 400, 'BAD_REQUEST'],
    ['a mutation over GET', get('', { query: 'mutation { __typename }' }), 405, 'BAD_REQUEST'],
    ['a NUL byte in an argument', post('', { query: nul }), 400, 'BAD_USER_INPUT'],
    [
      'a NUL byte in a variable',
      post('', { query: 'query ($id: ID!) { point(id: $id) { id } }', variables: { id: 'a\u0000b' } }),
      400,
      'BAD_USER_INPUT',
    ],
    [
      'a text/plain body without the CSRF header',
      post('', '{"query":"{ __typename }"}', { 'content-type': 'text/plain' }),
      400,
      'BAD_REQUEST',
    ],
    ['a path that is not GraphQL', { name: '', path: '/nessuno' }, 404, 'NOT_FOUND'],
  ] as const)('%s answers %i with %s, in JSON', async (_name, request, status, code) => {
    const response = await send(hub.gateway.url, request);
    expect(response.status).toBe(status);
    expect(response.type).toMatch(/^application\/(graphql-response\+)?json/);
    expect(JSON.parse(response.text).errors[0].extensions.code).toBe(code);
  });

  it('quotes at most a short prefix of the input in a message', async () => {
    const long = 'x'.repeat(100_000);
    for (const query of [`{ ${long} }`, `{ point(id: ${long}) { id } }`, `{ servizioCivileSite(code: "${long}") { code } }`]) {
      const response = await send(hub.gateway.url, post('', { query }));
      expect(response.status).toBeLessThan(500);
      expect(response.text.length).toBeLessThan(1000);
      expect(JSON.parse(response.text).errors[0].extensions.code).toBeTruthy();
    }
  });
});
