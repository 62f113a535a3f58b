import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hsdsId } from '../gateway/hsds/ids.js';
import { fold, searchWords } from '../gateway/hsds/search.js';
import { POINT_KIND_LABEL } from '../gateway/isomorphic/point-label.js';
import { subgraphs } from '../subgraphs/index.js';
import { openDatabase } from '../subgraphs/shared/orm.js';
import { folded, fold as sqlConstantFold } from '../subgraphs/shared/search.js';
import { KIND_LABELS, pointSearchText } from '../subgraphs/spazio-comune/point-search.js';

// The HSDS search reads words one way whether the graph searches (in SQL, from the trigram index) or
// the gateway matches records itself; the two folds and the two HSDS ids agree on the same text.

let orm: MikroORM;
beforeAll(async () => {
  const definition = subgraphs.find((s) => s.name === 'spazio-comune');
  if (!definition) throw new Error('no spazio-comune subgraph');
  orm = await openDatabase(definition, inject('databaseUrl'));
});
afterAll(async () => {
  await orm?.close();
});

/** Text with what the review found apart (´ and ·), accents precomposed and combining, cases, and letters NFD keeps. */
const SAMPLES = [
  'Città',
  'CITTÀ DI MILANO',
  'Citta´',
  'perche` Perché',
  'l·l Col·legi',
  'Ünïcode naïve ¨',
  'Cafe\u0301 déjà-vu',
  'ÆØÅ Œuvre ß straße İstanbul',
  'Ǆ ǅ ǆ Ⅻ ﬁ',
  'Centro Socio Ricreativo Culturale (CSRC)',
  'SPAZIO COMUNE.3 · Municipio 3',
  "Sant'Ambrogio – Via dell’Orso 12/A",
  'ÀÈÉÌÒÙ àèéìòù çñ',
];

describe('the fold of search', () => {
  it('folds the same in the gateway, in the subgraph and in PostgreSQL', async () => {
    const em = orm.em.fork();
    for (const sample of SAMPLES) {
      const [row] = await em.execute<{ folded: string }[]>(`select ${folded('?::text')} as folded`, [sample]);
      expect({ sample, folded: row?.folded }).toEqual({ sample, folded: fold(sample) });
      expect(sqlConstantFold(sample)).toBe(fold(sample));
    }
  });

  it('takes accents off and lower-cases A to Z, and nothing else', () => {
    expect(fold('CITTÀ Citta´ città')).toBe('citta citta citta');
    expect(fold('Col·legi')).toBe('collegi');
    expect(fold('Œuvre')).toBe('Œuvre');
  });

  it('writes the kinds as the gateway labels them', () => {
    expect(KIND_LABELS).toEqual(POINT_KIND_LABEL);
  });
});

describe('the words of search', () => {
  it('leaves out words under 3 characters, and refuses a search of such words alone', () => {
    expect(searchWords('Centro di Città')).toEqual({ words: ['centro', 'citta'] });
    expect(searchWords('di a')).toEqual({ refused: expect.stringContaining('at least 3') });
    expect(searchWords('   ')).toEqual({ words: [] });
  });

  it('bounds the words in count and length', () => {
    expect(searchWords(Array.from({ length: 11 }, () => 'parola').join(' '))).toEqual({ refused: expect.stringContaining('10 words') });
    expect(searchWords('a'.repeat(41))).toEqual({ refused: expect.stringContaining('40 characters') });
    expect(searchWords('a'.repeat(40))).toEqual({ words: ['a'.repeat(40)] });
  });
});

describe('the HSDS ids', () => {
  it('are computed in PostgreSQL as the gateway computes them', async () => {
    const em = orm.em.fork();
    const keys: [string, string][] = [
      ['service', 'point:demo-csrc-3-1'],
      ['organization', 'Comune di Milano'],
      ['location', 'point:Città ´·'],
      ['service-at-location', 'point:x@point:x'],
      ['organization', 'Ærø – Società Cooperativa'],
    ];
    for (const [kind, key] of keys) {
      const [row] = await em.execute<{ id: string }[]>(`select "spazio_comune"."hsds_id"(?, ?)::text as id`, [kind, key]);
      expect({ kind, key, id: row?.id }).toEqual({ kind, key, id: hsdsId(kind, key) });
    }
  });
});

describe('the text a search of points looks in', () => {
  it('is written by the database on every write of what it is made of, whoever writes, and only so', async () => {
    const point = `"spazio_comune"."point"`;
    const textOf = async (em: typeof orm.em) =>
      (await em.execute<{ t: string }[]>(`select "search_text" as t from ${point} where id = 'test-search-text'`))[0]?.t;
    const stale = async (em: typeof orm.em) =>
      (
        await em.execute<{ n: number }[]>(
          `select count(*)::int as n from ${point} where "search_text" is distinct from ${pointSearchText()}`,
        )
      )[0]?.n;
    const rolledBack = new Error('rolled back');
    await expect(
      orm.em.fork().transactional(async (em) => {
        expect(await stale(em)).toBe(0);
        await em.execute(
          `insert into ${point} (id, kind, name, source_document) values ('test-search-text', 'CSRC', 'Città Nuovissima', 'test')`,
        );
        expect(await textOf(em)).toBe('citta nuovissima  comune di milano  centro socio ricreativo culturale (csrc) ');
        await em.execute(
          `insert into "spazio_comune"."municipio" (number, name, area_km2, boundary, source_document) values (98, 'Prova', 1, '{}', 'test'), (99, 'Prova', 1, '{}', 'test')`,
        );
        // Each column the text is made of, written alone, makes it again.
        const writes = [
          `name = 'Città Vecchia'`,
          `short_name = 'Vecchia'`,
          `manager = 'Ærø – Società Cooperativa'`,
          `address_street = 'Via dell’Orso 12/A'`,
          `kind = 'WEMI'`,
          'derived_municipio_number = 99',
          'municipio_number = 98',
        ];
        for (const write of writes) {
          const before = await textOf(em);
          await em.execute(`update ${point} set ${write} where id = 'test-search-text'`);
          expect({ write, changed: (await textOf(em)) !== before, stale: await stale(em) }).toEqual({ write, changed: true, stale: 0 });
        }
        expect(await textOf(em)).toBe(
          `citta vecchia vecchia ${fold('Ærø – Società Cooperativa')} via dell’orso 12/a spazio wemi spazio comune.98`,
        );
        // A write of the text itself is made again from the columns; a write of anything else leaves it be.
        await em.execute(`update ${point} set search_text = 'altro', notes = 'spazio' where id = 'test-search-text'`);
        expect(await textOf(em)).toContain('citta vecchia');
        expect(await stale(em)).toBe(0);
        // A Municipio's removal empties its points' references (on delete set null): the database's own update makes it again too.
        await em.execute(`delete from "spazio_comune"."municipio" where number = 98`);
        expect(await textOf(em)).toMatch(/ spazio comune\.99$/);
        await em.execute(`delete from "spazio_comune"."municipio" where number = 99`);
        expect(await textOf(em)).not.toContain('spazio comune.');
        expect(await stale(em)).toBe(0);
        throw rolledBack;
      }),
    ).rejects.toBe(rolledBack);
  });
});

describe('the title a search of projects looks in', () => {
  it('is written by the database on every write of the title, whoever writes', async () => {
    const definition = subgraphs.find((s) => s.name === 'servizio-civile');
    if (!definition) throw new Error('no servizio-civile subgraph');
    const civile = await openDatabase(definition, inject('databaseUrl'));
    const schema = '"servizio_civile"';
    const titleOf = async (em: typeof civile.em) =>
      (await em.execute<{ t: string }[]>(`select search_title as t from ${schema}."project" where id = 'test-search-title'`))[0]?.t;
    const rolledBack = new Error('rolled back');
    try {
      await expect(
        civile.em.fork().transactional(async (em) => {
          await em.execute(
            `insert into ${schema}."call" (year, title, organisation, source_document) values (1999, 'Bando', 'Ente', 'test')`,
          );
          await em.execute(
            `insert into ${schema}."programme" (id, call_year, title, sector, source_document) values ('test-programme', 1999, 'Programma', 'Settore', 'test')`,
          );
          await em.execute(
            `insert into ${schema}."project" (id, programme_id, title, annual_hours, weekly_hours, days_per_week, months, obligations, requirements, source_document)
             values ('test-search-title', 'test-programme', 'Città Più Bella', 1145, 25, 5, 12, '', '', 'test')`,
          );
          expect(await titleOf(em)).toBe('citta piu bella');
          await em.execute(`update ${schema}."project" set title = 'Perché Sì' where id = 'test-search-title'`);
          expect(await titleOf(em)).toBe('perche si');
          await em.execute(`update ${schema}."project" set search_title = 'altro', months = 11 where id = 'test-search-title'`);
          expect(await titleOf(em)).toBe('perche si');
          const [stale] = await em.execute<{ n: number }[]>(
            `select count(*)::int as n from ${schema}."project" where search_title is distinct from ${folded('title')}`,
          );
          expect(stale?.n).toBe(0);
          throw rolledBack;
        }),
      ).rejects.toBe(rolledBack);
    } finally {
      await civile.close();
    }
  });
});
