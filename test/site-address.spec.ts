import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import municipi from '../subgraphs/spazio-comune/seed/municipi_ds379.json' with { type: 'json' };
import { type Hub, startHub } from './support/hub.js';

// A site's address can change from one call to the next: each placement keeps the address its call
// writes, and the site shows the one of its latest call.

/** A position in Municipio 3 (checked with turf below), far from the Municipio 2 the source gives the site. */
const HERE = [45.478, 9.235] as const;

let hub: Hub;
let db: pg.Client;
beforeAll(async () => {
  hub = await startHub(inject('databaseUrl'));
  db = new pg.Client({ connectionString: inject('databaseUrl') });
  await db.connect();
  await db.query(
    `insert into servizio_civile.call (year, title, organisation, source_document) values (2099, 'Bando di prova', 'COMUNE DI MILANO', 'test')`,
  );
  await db.query(
    `insert into servizio_civile.placement (id, call_year, project_id, site_code, position, volunteers, address_street, address_city, address_latitude, address_longitude, objectives, source_document)
     values ('2099-202928', 2099, 'scu-2022-avanti-un-altro', '202928', 1, 4, 'Via di prova, 1', 'Milano', ${HERE[0]}, ${HERE[1]}, '[]', 'test'),
            ('2099-167298', 2099, 'scu-2022-avanti-un-altro', '167298', 2, 1, 'Via di prova, 1', 'Milano', ${HERE[0]}, ${HERE[1]}, '[]', 'test')`,
  );
});
afterAll(async () => {
  await db?.query(`delete from servizio_civile.placement where call_year = 2099`);
  await db?.query(`delete from servizio_civile.call where year = 2099`);
  await db?.end();
  await hub?.stop();
});

describe('a site whose address changed', () => {
  it('shows the latest call’s address, and each placement keeps its own', async () => {
    const response = await hub.query(
      `{ servizioCivileSite(code: "202928") { address { street } placements { callYear volunteers address { street } } } }`,
    );
    expect(response.body.data?.servizioCivileSite).toEqual({
      address: { street: 'Via di prova, 1' },
      placements: [
        { callYear: 2099, volunteers: 4, address: { street: 'Via di prova, 1' } },
        { callYear: 2022, volunteers: 2, address: { street: 'Via G. B. Sammartini, 120' } },
      ],
    });
  });

  it('counts each call apart, and the latest call is the default of Municipio.servizioCivile', async () => {
    const response = await hub.query(
      `{ municipio(number: 2) { servizioCivile { callYear volunteers } c2022: servizioCivile(callYear: 2022) { volunteers } } }`,
    );
    expect(response.body.data?.municipio).toEqual({ servizioCivile: { callYear: 2099, volunteers: 4 }, c2022: { volunteers: 3 } });
  });
});

describe('a site with coordinates', () => {
  it('is in the Municipio a source gives, or else in the one whose official boundary contains it, with the basis', async () => {
    expect(
      municipi.features.filter((f) => booleanPointInPolygon([HERE[1], HERE[0]], f as never)).map((f) => f.properties.MUNICIPIO),
    ).toEqual([3]);
    const response = await hub.query(`{
      fromSource: servizioCivileSite(code: "202928") { municipio { number } municipioBasis municipioFromBoundaries { number name } }
      fromBoundaries: servizioCivileSite(code: "167298") { municipio { number name } municipioBasis municipioEvidence }
      without: servizioCivileSite(code: "167247") { municipio { number } municipioBasis municipioFromBoundaries { number } }
    }`);
    expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
    expect(response.body.data).toEqual({
      fromSource: { municipio: { number: 2 }, municipioBasis: 'SOURCE', municipioFromBoundaries: { number: 3, name: 'Municipio 3' } },
      fromBoundaries: { municipio: { number: 3, name: 'Municipio 3' }, municipioBasis: 'BOUNDARY', municipioEvidence: null },
      without: { municipio: null, municipioBasis: null, municipioFromBoundaries: null },
    });
  });
});
