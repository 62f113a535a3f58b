import { readdir, readFile } from 'node:fs/promises';
import { Supergraph } from '@apollo/federation-internals';
import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { globalId } from '../subgraphs/shared/global-id.js';
import { type Hub, operation, root, startHub } from './support/hub.js';

// The operations the first clients send (schema/operations, a copy of shared/contract/operations)
// and the facts they must get back (shared/contract/README.md), through the real gateway, on the
// real facts alone (HUB_DEMO_DATA=off).

let hub: Hub;
beforeAll(async () => {
  hub = await startHub(inject('databaseUrl'), { demoData: false });
});
afterAll(() => hub?.stop());

async function run(name: string, variables: Record<string, unknown> = {}) {
  const response = await hub.query(await operation(name), variables);
  expect(response.body.errors).toBeUndefined();
  expect(response.status).toBe(200);
  return response.body.data as Record<string, any>;
}

describe('contract operations', () => {
  it('validate against the supergraph exactly as written', async () => {
    const supergraph = await readFile(`${root}/schema/supergraph.graphql`, 'utf8');
    // The API schema: the supergraph without its join/link machinery, as the gateway exposes it.
    const api = Supergraph.build(supergraph).apiSchema().toGraphQLJSSchema();
    const files = (await readdir(`${root}/schema/operations`)).filter((f) => f.endsWith('.graphql'));
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const file of files) {
      const errors = validate(api, parse(await readFile(`${root}/schema/operations/${file}`, 'utf8')));
      expect(errors.map((e) => `${file}: ${e.message}`)).toEqual([]);
    }
  });

  it('ServizioCivileCall(2022): the call, its programme, project and seven placements', async () => {
    const { servizioCivileCall: call } = await run('ServizioCivileCall', { year: 2022 });
    expect(call.year).toBe(2022);
    expect(call.totalVolunteers).toBe(10);
    // toMatchObject: the copy selects the programme's id too, for a normalizing cache; the contract states the rest.
    expect(call.programme).toMatchObject({
      title: 'Servizio Civile e percorsi educativi nei comuni della Lombardia',
      sector:
        'Educazione e promozione culturale, paesaggistica, ambientale, del turismo sostenibile e sociale e dello sport – Educazione e promozione dei diritti del cittadino – Sportelli informa',
    });
    expect(call.projects).toHaveLength(1);
    const [project] = call.projects;
    expect(project).toMatchObject({
      title: 'Avanti un altro! Orientamento e comunicazione nella Città Metropolitana di Milano',
      annualHours: 1145,
      weeklyHours: 25,
      daysPerWeek: 5,
    });
    expect(project.placements.map((p: any) => [p.site.code, p.site.name, p.address.street, p.volunteers, p.address.city])).toEqual([
      ['167298', 'Promozione Servizi Civici e Anagrafici online', 'Via Larga, 12', 2, 'Milano'],
      ['202928', 'Municipio 2', 'Via G. B. Sammartini, 120', 2, 'Milano'],
      ['167292', 'Municipio 9', 'Via G. Guerzoni, 38', 2, 'Milano'],
      ['167247', 'Assegnazione Alloggi ERP', 'Piazzale Cimitero Monumentale, 14', 1, 'Milano'],
      ['167296', 'One Stop Shop', 'Via Larga, 12', 1, 'Milano'],
      ['167282', 'WE-MI', 'Via Don C. Sammartino, 10', 1, 'Milano'],
      ['211622', 'Ufficio Tutele', 'Via G. B. Sammartini, 120', 1, 'Milano'],
    ]);
  });

  it('SiteByCode(202928): address, Municipio 2 from spazio-comune, one placement', async () => {
    const { servizioCivileSite: site } = await run('SiteByCode', { code: '202928' });
    expect(site).toMatchObject({
      code: '202928',
      name: 'Municipio 2',
      address: { street: 'Via G. B. Sammartini, 120', postalCode: null, city: 'Milano', latitude: null, longitude: null },
      municipio: { number: 2, name: 'Municipio 2' },
      placements: [
        {
          callYear: 2022,
          volunteers: 2,
          project: { title: 'Avanti un altro! Orientamento e comunicazione nella Città Metropolitana di Milano' },
        },
      ],
    });
    expect((await run('SiteByCode', { code: '167292' })).servizioCivileSite.municipio).toMatchObject({ number: 9, name: 'Municipio 9' });
    expect((await run('SiteByCode', { code: '211622' })).servizioCivileSite.municipio).toMatchObject({ number: 2, name: 'Municipio 2' });
    expect((await run('SiteByCode', { code: '167298' })).servizioCivileSite.municipio).toBeNull();
  });

  it('CityOverview(2022): nine Municipi with data from all three subgraphs', async () => {
    const { municipi } = await run('CityOverview', { callYear: 2022 });
    expect(municipi.map((m: any) => [m.number, m.name, m.spazioComune.code])).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [n, `Municipio ${n}`, `SPAZIO COMUNE.${n}`]),
    );
    const byNumber = new Map(municipi.map((m: any) => [m.number, m]));
    const two = byNumber.get(2) as any;
    const nine = byNumber.get(9) as any;
    expect(two.servizioCivile).toMatchObject({ volunteers: 3, sites: [{ code: '202928' }, { code: '211622' }] });
    expect(nine.servizioCivile).toMatchObject({ volunteers: 2, sites: [{ code: '167292' }] });
    for (const m of municipi) {
      if (m.number !== 2 && m.number !== 9) expect(m.servizioCivile).toEqual({ volunteers: 0, sites: [] });
      expect(m.levaCivica).toEqual({ places: 0 });
      expect(m.spazioComune.frontOfficeHoursPerWeek).toBe(0);
      for (const point of m.spazioComune.points) expect(['CSRC', 'WEMI']).toContain(point.kind);
    }
    expect(two.spazioComune.points.map((p: any) => p.kind)).toEqual(['CSRC', 'CSRC', 'CSRC', 'CSRC']);
    expect((byNumber.get(4) as any).spazioComune.points).toEqual([{ id: 'wemi-piazzetta', kind: 'WEMI' }]);
  });

  it('LevaCivicaProjects: La coesione sociale with its hours plan', async () => {
    const { levaCivicaProjects } = await run('LevaCivicaProjects');
    expect(levaCivicaProjects).toMatchObject([
      {
        id: globalId('LevaCivicaProject', 'lc-la-coesione-sociale'),
        title: 'La coesione sociale',
        places: 1,
        site: {
          name: 'Comune di Milano - Direzione Politiche Sociali - Unità Coesione sociale',
          address: { street: 'Largo Treves, 1', city: 'Milano' },
          municipio: null,
        },
        hours: { total: 1400, service: 1322, specificTraining: 40, certification: 38, weeklyAverage: 30 },
      },
    ]);
    // Its key is the id it had before global ids (the copy of the operation does not select it).
    const byId = await hub.query('query ($id: ID!) { levaCivicaProject(id: $id) { key } }', { id: levaCivicaProjects[0].id });
    expect(byId.body.data).toEqual({ levaCivicaProject: { key: 'lc-la-coesione-sociale' } });
  });

  it('NetworkHealth: indicators, the thirteen WeMi categories and the compliance rules', async () => {
    const { indicators, wemiCategories, compliance } = await run('NetworkHealth');
    expect(indicators).toMatchObject([
      { code: 'EECO01', description: 'Numero totale di partecipanti', unit: 'numero', target2024: 91, target2027: 604, actual: 0 },
      {
        code: 'ISR4_2IT',
        description: "Numero di partecipanti che alla conclusione dell'intervento si trovano in una situazione migliorativa",
        unit: 'numero',
        target2024: null,
        target2027: 334,
        actual: 0,
      },
    ]);
    expect(wemiCategories.map((c: any) => c.name)).toEqual([
      'servizi socio-assistenziali',
      'servizi di assistenza sanitaria',
      'servizi educativi',
      'servizi psicologici',
      'accompagnamento con trasporto',
      'servizi estetici in ambito socio-sanitario',
      'piccole commissioni',
      'pasti a domicilio',
      'piccola manutenzione casa',
      'servizi per la cura di animali domestici',
      'disbrigo pratiche',
      'gestione rapporto di lavoro domestico',
      'corsi di lingua italiana',
    ]);
    const rules = new Set(compliance.map((c: any) => c.rule));
    for (const rule of [
      'WEMI_MINIMO_20',
      'FRONT_OFFICE_15_ORE',
      'EDUCAZIONE_DIGITALE_5_ORE',
      'OPERATORI_MINIMO_2',
      'COORDINATORE_PER_RETE',
      'REGISTRO_BAF',
      'SERVIZI_CONDIVISI_5',
    ]) {
      expect(rules).toContain(rule);
    }
    const city = compliance.find((c: any) => c.rule === 'WEMI_MINIMO_20');
    expect(city).toMatchObject({ subject: 'Milano', passed: false });
    expect(compliance.filter((c: any) => c.rule === 'COORDINATORE_PER_RETE').map((c: any) => c.subject)).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `SPAZIO COMUNE.${n}`),
    );
    // The public record has no timetables or staff: those rules cannot be judged, so passed is null.
    expect(compliance.find((c: any) => c.rule === 'FRONT_OFFICE_15_ORE').passed).toBeNull();
    expect(compliance.find((c: any) => c.rule === 'REGISTRO_BAF')).toMatchObject({ subject: 'SPAZIO COMUNE.1', passed: null });
  });

  it('PointsNearby: only points with coordinates take part (the public record has none)', async () => {
    const { pointsNearby } = await run('PointsNearby', {
      latitude: 45.4642,
      longitude: 9.19,
      radiusKm: 10,
      at: '2026-11-23T10:00:00+01:00',
    });
    expect(pointsNearby).toEqual([]);
  });

  it('with HUB_DEMO_DATA=off, holds the real facts alone', async () => {
    const response = await hub.query(
      `{ points(first: 100) { totalCount edges { node { id source { demo } } } } sharedServices { id } indicators { actual } }`,
    );
    const { points, sharedServices, indicators } = response.body.data as any;
    expect(points.totalCount).toBe(26);
    expect(points.edges.every((e: any) => e.node.source.demo === false)).toBe(true);
    expect(sharedServices).toEqual([]);
    expect(indicators.map((i: any) => i.actual)).toEqual([0, 0]);
  });
});
