import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { ormOptions } from '../shared/orm.js';
import { checkJsonNative } from './first-rows.js';
import { ServizioCivilePlacement } from './placement.js';
import { ServizioCivileSite } from './site.js';
import { servizioCivile } from './subgraph.js';

// A joined row comes through to_jsonb: only text, integer and boolean columns come back as pg
// gives them, so a joined entity with any other column is refused before a statement is sent.

// Its metadata only: it never connects.
const orm = new MikroORM(ormOptions(servizioCivile, 'postgres://hub@127.0.0.1:1/none'));

describe('an entity joined to the first rows', () => {
  it("is taken when its columns are text, integer and boolean (a site, its source's columns included)", () => {
    expect(() => checkJsonNative(orm, ServizioCivileSite)).not.toThrow();
  });

  it('is refused with the column that would come back changed (a placement has coordinates and JSON)', () => {
    expect(() => checkJsonNative(orm, ServizioCivilePlacement)).toThrow(
      /ServizioCivilePlacement\.\w+ is a (double precision|jsonb) column/,
    );
  });
});
