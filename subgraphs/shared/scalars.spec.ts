import { readFileSync } from 'node:fs';
import { buildSchema, coerceInputValue, type GraphQLInputType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DateTime, parseScalarsIn, RefusedScalarValue, rejectRefusedArguments } from './scalars.js';
import { Source } from './source.js';

describe('DateTime', () => {
  it('answers a local time as written, with its offset, and an instant of a record in UTC', () => {
    expect(DateTime.serialize('2026-11-23T13:00:00+01:00')).toBe('2026-11-23T13:00:00+01:00');
    expect(JSON.stringify(DateTime.serialize(new Date('2026-11-23T12:00:00Z')))).toBe('"2026-11-23T12:00:00.000Z"');
    expect(() => DateTime.serialize('2026-02-30T10:00:00+01:00')).toThrow(/DateTime/);
  });

  it('parses any offset to the same instant, and keeps a refused value for the resolver to answer', () => {
    expect((DateTime.parseValue('2026-11-23T10:00:00+01:00') as Date).toISOString()).toBe('2026-11-23T09:00:00.000Z');
    expect(DateTime.parseValue('2026-11-23')).toBeInstanceOf(RefusedScalarValue);
  });

  it('is refused with BAD_USER_INPUT naming the argument, at any depth of an input', () => {
    const refused = new RefusedScalarValue('DateTime cannot represent an invalid date-time-string x.');
    const call = (args: Record<string, unknown>) => rejectRefusedArguments(args);
    expect(() => call({ filter: { openAt: refused } })).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'filter' } }),
    );
    expect(() => call({ list: [1, refused] })).toThrow(/list: DateTime/);
    expect(() => call({ at: new Date(), filter: { kind: 'WEMI' } })).not.toThrow();
  });
});

describe('parseScalarsIn, the gateway’s parsing of the API schema’s scalars', () => {
  const api = buildSchema(readFileSync(new URL('../../schema/api.graphql', import.meta.url), 'utf8'));
  parseScalarsIn(api);
  const coerce = (type: string, value: unknown) => coerceInputValue(value, api.getType(type) as GraphQLInputType);

  it('refuses what each scalar refuses', () => {
    for (const [type, refused] of [
      ['DateTime', ['2026-11-23T10:00:00', '2026-11-23', 1764000000000, '2026-02-30T10:00:00+01:00']],
      ['LocalDate', ['2027-02-30', '2027-5-1', 20270501]],
      ['LocalTime', ['25:00', '9:5']],
      ['URL', ['not a web address']],
      ['JSONObject', [[1], 'x']],
    ] as const) {
      for (const value of refused) expect(() => coerce(type, value), `${type} ${value}`).toThrow();
    }
  });

  it('takes what each scalar takes', () => {
    expect((coerce('DateTime', '2026-11-23T10:00:00+01:00') as Date).toISOString()).toBe('2026-11-23T09:00:00.000Z');
    expect(coerce('LocalDate', '2027-05-01')).toBe('2027-05-01');
    expect(coerce('LocalTime', '09:30')).toBe('09:30');
    expect(String(coerce('URL', 'https://www.comune.milano.it/'))).toBe('https://www.comune.milano.it/');
    expect(coerce('JSONObject', { a: 1 })).toEqual({ a: 1 });
  });

  it('leaves no custom scalar opaque: one without parsing stops the gateway', () => {
    expect(() => parseScalarsIn(buildSchema('scalar Mystery type Query { a(m: Mystery): Int }'))).toThrow(/Mystery/);
  });
});

describe('Source links', () => {
  it('are the web addresses of the cited text; anything else is its reference', () => {
    const source = Object.assign(new Source(), {
      url: 'Comune-Milano/wemi : a/b.js (commit b23d457) ; https://example.org/x ; http:// not',
    });
    expect(source.links).toEqual(['https://example.org/x']);
    expect(source.reference).toBe('Comune-Milano/wemi : a/b.js (commit b23d457) ; http:// not');
    expect(Object.assign(new Source(), { url: null }).links).toEqual([]);
  });
});
