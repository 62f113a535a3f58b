import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { csvFields, documentWords, fixture, inDocument, sharedOriginal } from './support/document-text.js';
import { type Hub, startHub, withLimits } from './support/hub.js';

// The seed documents in the graph, through the gateway, checked against the words of the
// documents themselves (copies in test/fixtures/seeds), apostrophes and dashes included.

const SHEETS = 'seeds/spazio-comune-schede-tecniche.md';
const words = documentWords(fixture(SHEETS));
const callWords = documentWords(fixture('seeds/servizio-civile-bando-2022.md'));

let hub: Hub;
beforeAll(async () => {
  // Reading every provision three levels of parts deep is priced as the assumed sizes of the lists
  // multiply (200 × 20 × 20 × 20): over the public limit, which no consumer of the hub comes near.
  hub = await startHub(inject('databaseUrl'), { demoData: false, http: withLimits({ cost: 10_000_000 }) });
});
afterAll(() => hub?.stop());

async function run(query: string) {
  const response = await hub.query(query);
  expect(response.body.errors).toBeUndefined();
  return response.body.data as Record<string, any>;
}

interface Provision {
  id: string;
  sheet: number;
  kind: string;
  label: string | null;
  text: string;
  party: string | null;
  amountEuro: number | null;
  percent: number | null;
  items: string[];
  source: { document: string; section: string };
  parts: Provision[];
}

// A provision's key (its id before global ids), under the name `id` the test reads.
const PROVISION = 'id: key sheet kind label text party amountEuro percent items source { document section }';
const PROVISIONS = `{ sheetProvisions { ${PROVISION} parts { ${PROVISION} parts { ${PROVISION} parts { id: key } } } } }`;

function flatten(provisions: Provision[]): Provision[] {
  return provisions.flatMap((p) => [p, ...flatten(p.parts ?? [])]);
}

describe('the copies of the seed documents', () => {
  it('are the documents of ../shared, byte for byte, where ../shared is there', () => {
    for (const path of [
      SHEETS,
      'seeds/servizio-civile-bando-2022.md',
      'seeds/leva-civica-coesione-sociale.md',
      'data/csrc_milano.csv',
      'data/spazi_wemi_milano.csv',
    ]) {
      const copy = fixture(path);
      expect(copy.length, path).toBeGreaterThan(1000);
      const original = sharedOriginal(path.startsWith('data/') ? `data/milano/${path.slice(5)}` : path);
      if (original !== null) expect(copy, path).toBe(original);
    }
  });
});

describe('the technical sheets in the graph', () => {
  it('give every provision word for word, with its items, its typed facts and its source section', async () => {
    const all = flatten((await run(PROVISIONS)).sheetProvisions);
    expect(all.length).toBeGreaterThanOrEqual(95);
    for (const p of all) {
      expect(inDocument(words, p.text), `${p.id}: ${p.text}`).toBe(true);
      for (const item of p.items) expect(p.text, `${p.id}: ${item}`).toContain(item);
      expect(p.source.document).toBe('Allegato 1 Avviso - Schede tecniche SPAZIO COMUNE');
      expect(p.source.section.startsWith(`Scheda tecnica ${p.sheet}, `), p.id).toBe(true);
    }
    const byId = new Map(all.map((p) => [p.id, p]));
    const get = (id: string) => byId.get(id) as Provision;

    // Sheet 1: the five objectives, the four sub-objectives of the first, the activities a–e.
    expect(get('st1-obiettivi').parts).toHaveLength(5);
    expect(get('st1-obiettivo-1').parts).toHaveLength(4);
    expect(get('st1-attivita').parts.map((p) => p.label)).toEqual(['a.', 'b.', 'c.', 'd.', 'e.']);
    expect(get('st1-finalita-b').items).toContain('Centri Milano Donna');
    expect(get('st1-volontari').text).toContain('D.Lgs. 117/2017 e ss.mm.ii.');
    expect(get('st1-immobili-comune')).toMatchObject({
      party: 'COMUNE_DI_MILANO',
      items: ['pulizie', 'pagamento delle utenze (energia elettrica, riscaldamento)'],
    });
    expect(get('st1-immobili-ets-spese')).toMatchObject({
      party: 'ETS',
      items: ['spese telefoniche e relative alla connessione digitale'],
    });
    expect(get('st1-adeguamento-impianti')).toMatchObject({ kind: 'FUNDING', amountEuro: 3_500_000 });
    expect(get('st1-acconto')).toMatchObject({ kind: 'FUNDING', percent: 20 });

    // Sheet 2: ten objectives (one with the article of the regional law), activities a–g, the coordinator's tasks.
    expect(get('st2-obiettivi').parts).toHaveLength(10);
    expect(get('st2-obiettivo-4').text).toContain("all'art. 6 della L.R. 15/2015");
    expect(get('st2-obiettivo-4').parts.map((p) => p.text)).toEqual([
      "Nello Spazio Comune 1, dovrà essere implementata l'attività connessa al registro assistenti familiari e alla gestione delle domande BAF sul sito di Regione Lombardia;",
      "Nei restanti 8 Spazi Comuni potranno essere offerte risorse informative e orientative e fornire un supporto alle badanti o ai datori di lavoro per l'inserimento dei dati nei vari sistemi (portale WeMi e Regione);",
    ]);
    expect(get('st2-attivita').parts.map((p) => p.label)).toEqual(['a)', 'b)', 'c)', 'd)', 'e)', 'f)', 'g)']);
    expect(get('st2-coordinatore').parts).toHaveLength(4);
    expect(get('st2-coordinatore-esperienza').text).toContain('comprovata esperienza nella conduzione di progetti sociali in rete');
    expect(get('st2-personale-qualificato').items).toEqual(['CCLN di riferimento']);

    // Sheet 3: one agreement per Municipio and the 50% cap, the co-managing body, its actions and roles.
    expect(get('st3-accordo-per-municipio')).toMatchObject({ kind: 'FUNDING', percent: 50 });
    expect(get('st3-accordo-per-municipio').items[0]).toBe('(un accordo – convenzione per Municipio)');
    expect(get('st3-co-gestore').parts.filter((p) => p.kind === 'ROLE')).toHaveLength(3);
    expect(get('st3-azioni-di-sistema').parts.map((p) => p.label)).toEqual(['1)', '2)', '3)']);
    expect(get('st3-referenti-amministrativi').text).toContain('referenti amministrativi');
    for (const id of ['st3-rendicontazione-assetto', 'st3-reportistica', 'st3-comunicazione-partecipazione'])
      expect(byId.has(id), id).toBe(true);
  });

  it('leave no sentence of the sheets out', async () => {
    const data = await run(`{
      sheetProvisions { text items parts { text items parts { text items } } }
      governanceBodies { description members }
      compliance { description }
      indicators { description note }
    }`);
    const provisions = flatten(data.sheetProvisions);
    const served = [
      ...provisions.flatMap((p) => [p.text, ...p.items]),
      ...data.governanceBodies.flatMap((b: { description: string; members: string[] }) => [b.description, ...b.members]),
      ...data.compliance.map((c: { description: string }) => c.description),
      ...data.indicators.flatMap((i: { description: string; note: string }) => [i.description, i.note]),
    ].join(' | ');
    const markdown = fixture(SHEETS);
    // The sheets' own text starts at sheet 1; headings are sections, the indicators' table is served typed (indicators).
    const body = markdown.slice(markdown.indexOf('## SCHEDA TECNICA 1')).split('\n');
    const missing: string[] = [];
    for (const line of body) {
      if (line.trim() === '' || line.trim().startsWith('#') || line.includes('\t') || line.startsWith('<sup>1</sup>')) continue;
      const text = documentWords(line).replace(/^([a-g][.)]|\d\))\s+/, '');
      if (text === '' || text === 'In particolare:') continue;
      // A line may hold sentences the graph serves as two provisions: each sentence must be served.
      for (const sentence of text.split(/(?<=[a-z]\.)\s+(?=[A-ZÈ])/u)) if (!served.includes(sentence)) missing.push(sentence);
    }
    expect(missing).toEqual([]);
  });

  it('filter by sheet and kind, parts included', async () => {
    const data = await run('{ funding: sheetProvisions(kind: FUNDING) { id: key } sheet3: sheetProvisions(sheet: 3) { sheet } }');
    expect(data.funding.map((p: { id: string }) => p.id).sort()).toEqual(
      ['st1-acconto', 'st1-adeguamento-impianti', 'st1-interventi-urgenti', 'st3-accordo-per-municipio'].sort(),
    );
    expect(data.sheet3.every((p: { sheet: number }) => p.sheet === 3)).toBe(true);
    const bad = await hub.query('{ sheetProvisions(sheet: 4) { id } }');
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('give the governance bodies and the rules of the compliance report as the sheets write them', async () => {
    const data = await run(`{
      governanceBodies { id: key description members reportsTo { id: key } reportsThrough source { section } }
      compliance { rule description source { document section } }
    }`);
    for (const body of data.governanceBodies) {
      expect(inDocument(words, body.description), body.id).toBe(true);
      for (const member of body.members) expect(inDocument(words, member), `${body.id}: ${member}`).toBe(true);
    }
    const cabina = data.governanceBodies.find((b: { id: string }) => b.id === 'cabina-di-regia-integrata');
    expect(cabina.members).toEqual([
      'referenti del Comune e dei diversi Enti del Terzo Settore (nove coordinatori in rappresentanza delle nove reti municipali)',
    ]);
    const coordinamenti = data.governanceBodies.filter((b: { id: string }) => b.id.startsWith('coordinamento-'));
    expect(coordinamenti).toHaveLength(9);
    for (const c of coordinamenti) {
      expect(c.reportsTo).toEqual({ id: 'cabina-di-regia-integrata' });
      expect(inDocument(words, `interagiranno con la Cabina di Regia Integrata ${c.reportsThrough}.`)).toBe(true);
    }

    const indicators = (await run('{ indicators { code description unit note } }')).indicators;
    for (const i of indicators) {
      for (const text of [i.description, i.unit, i.note]) expect(inDocument(words, text), `${i.code}: ${text}`).toBe(true);
    }
    for (const c of (await run('{ wemiCategories { name } }')).wemiCategories) expect(inDocument(callWords, c.name), c.name).toBe(true);

    const rules = new Map<string, { description: string; source: { section: string } }>(
      data.compliance.map((c: { rule: string }) => [c.rule, c]),
    );
    for (const [rule, check] of rules) {
      expect(inDocument(words, check.description), `${rule}: ${check.description}`).toBe(true);
      expect(check.source.section, rule).toMatch(/^Scheda tecnica [23] - /);
    }
    expect(rules.get('REGISTRO_BAF')?.description).toContain("l'attività connessa al registro assistenti familiari");
    expect(rules.get('REGISTRO_BAF')?.description).toContain('sul sito di Regione Lombardia');
    expect(rules.get('OPERATORI_MINIMO_2')?.description).toContain("all'attività di front office");
    expect(rules.get('SERVIZI_CONDIVISI_5')?.description).toContain(
      'promozione di un invecchiamento attivo - supporto alla conciliazione tempo vita/lavoro - sostegno allo studio – servizi sociosanitari',
    );
    expect(rules.get('COMPOSIZIONE_COORDINAMENTO')?.description).toContain('che svolgerà anche funzioni di coordinamento degli spazi WeMi');
  });
});

describe('the public lists of points', () => {
  it('give each record its row, and no name where the row has none', async () => {
    // The hub runs without the demo data set: every point is a row of a public list.
    const data = await run('{ points(first: 100) { edges { node { id kind name address { street } source { section demo } } } } }');
    const nodes = data.points.edges.map((e: { node: unknown }) => e.node);
    const lists = { CSRC: fixture('data/csrc_milano.csv').split('\n'), WEMI: fixture('data/spazi_wemi_milano.csv').split('\n') };
    expect(nodes).toHaveLength(lists.CSRC.length - 2 + lists.WEMI.length - 2);
    for (const point of nodes as {
      id: string;
      kind: 'CSRC' | 'WEMI';
      name: string | null;
      address: { street: string | null };
      source: { section: string };
    }[]) {
      const row = Number(/^riga (\d+)/.exec(point.source.section)?.[1]);
      const fields = csvFields(lists[point.kind][row - 1] ?? '');
      if (point.kind === 'CSRC') {
        expect(point.name, point.id).toBe(fields[0] === '' ? null : fields[0]);
        if (point.name === null) expect(point.address.street, point.id).toBe(fields[2]);
      } else expect(point.name, point.id).toBe(fields[1] || fields[0]);
    }
    expect(nodes.filter((p: { name: string | null }) => p.name === null)).toHaveLength(4);
  });
});

describe('every record says where it came from', () => {
  it('gives the source of each youth opportunity', async () => {
    const data = await run(
      '{ servizioCivileOpportunities { source { document section } } levaCivicaOpportunities { source { document section } } }',
    );
    const all = [...data.servizioCivileOpportunities, ...data.levaCivicaOpportunities];
    expect(all.length).toBeGreaterThan(7);
    for (const o of all) expect(o.source.document.length).toBeGreaterThan(0);
  });
});

describe('the Servizio Civile call in the graph', () => {
  it('gives each site the role of the volunteers, its obligations and both names of an objective, as its section writes them', async () => {
    const data = await run(`{ servizioCivileCall(year: 2022) { placements {
      site { code } volunteerRole sharedActivities obligations requirements objectives { title listedTitle }
    } } }`);
    const placements = new Map<string, any>(data.servizioCivileCall.placements.map((p: { site: { code: string } }) => [p.site.code, p]));
    expect(placements.size).toBe(7);
    for (const [code, p] of placements) {
      expect(p.volunteerRole, code).toContain("l'operatore volontario sarà affiancato dall'OLP");
      expect(p.volunteerRole, code).toContain('formazione on the job');
      expect(inDocument(callWords, p.volunteerRole), code).toBe(true);
      expect(p.sharedActivities, code).toEqual([
        "l'accoglienza",
        'la formazione',
        'il monitoraggio',
        'il tutoraggio',
        'la certificazione delle competenze',
      ]);
      for (const text of [p.obligations, p.requirements]) expect(inDocument(callWords, text), `${code}: ${text}`).toBe(true);
      for (const o of p.objectives) {
        expect(inDocument(callWords, o.title), o.title).toBe(true);
        expect(inDocument(callWords, o.listedTitle), o.listedTitle).toBe(true);
      }
    }
    expect(placements.get('167247').obligations).toBe(
      "E' richiesta la flessibilità oraria e la disponibilità, qualora fosse necessario, a prestare servizio di sabato e nei giorni festivi.",
    );
    expect(placements.get('167298').obligations).toMatch(/^In tutte le sedi è richiesta/);
    const twice = (code: string) =>
      placements.get(code).objectives.filter((o: { title: string; listedTitle: string }) => o.title !== o.listedTitle);
    expect(twice('202928')).toEqual([
      {
        title: 'Migliorare la fruibilità dei servizi dello “Sportello del Municipio 2 e 9”',
        listedTitle: 'Migliorare la fruibilità dei servizi dello “Sportello del Municipio”',
      },
    ]);
    expect(twice('211622')).toEqual([
      {
        title: "Aumentare la visibilità dei servizi erogati dall'Ufficio Tutela",
        listedTitle: "Aumentare la visibilità dei servizi erogati dall'Ufficio Tutele",
      },
    ]);
    expect(twice('167282')).toEqual([
      {
        title: "Promuovere i servizi dell'Amministrazione promossi dal portale",
        listedTitle: 'Estendere i servizi del portale wemi.milano.it ai comuni della Città Metropolitana',
      },
    ]);
  });
});
