import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Hub, startHub } from './support/hub.js';

// A site's address can change from one call to the next: each placement keeps the address its call
// writes, and the site shows the one of its latest call.

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
    `insert into servizio_civile.placement (id, call_year, project_id, site_code, position, volunteers, address_street, address_city, objectives, source_document)
     values ('2099-202928', 2099, 'scu-2022-avanti-un-altro', '202928', 1, 4, 'Via di prova, 1', 'Milano', '[]', 'test')`,
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
