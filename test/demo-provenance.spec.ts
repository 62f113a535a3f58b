import { afterAll, describe, expect, inject, it } from 'vitest';
import demo from '../subgraphs/spazio-comune/seed/demo.json' with { type: 'json' };
import punti from '../subgraphs/spazio-comune/seed/punti.json' with { type: 'json' };
import { type Hub, startHub } from './support/hub.js';

// Every figure computed over records, through the gateway, with the demo data set on and off:
// with it on, the demo part is told apart from the real value; with it off, every figure is real.
// The expected demo parts are summed here from demo.json, independently of the subgraphs.

const basis = 'value real demo includesDemo';
const FIGURES = `{
  indicators { code actual actualBasis { ${basis} } }
  municipi {
    number
    spazioComune {
      frontOfficeHoursPerWeek frontOfficeHoursPerWeekBasis { ${basis} }
      digitalEducationHoursPerWeek digitalEducationHoursPerWeekBasis { ${basis} }
      points { id frontOfficeHoursPerWeek frontOfficeHoursPerWeekBasis { ${basis} } }
    }
    servizioCivile(callYear: 2022) { volunteers volunteersBasis { ${basis} } }
    levaCivica { places placesBasis { ${basis} } }
  }
  servizioCivileCall(year: 2022) { totalVolunteers totalVolunteersBasis { ${basis} } }
  servizioCivileCallComparison(fromYear: 2022, toYear: 2022) {
    fromVolunteers fromVolunteersBasis { ${basis} } toVolunteers toVolunteersBasis { ${basis} }
  }
  compliance { rule subject passed passedOnRealData includesDemo measureBasis { ${basis} } }
  points(first: 1) { totalCount totalCountBasis { ${basis} } }
  wemi: points(first: 1, filter: { kind: WEMI }) { totalCount totalCountBasis { ${basis} } }
}`;

interface Basis {
  value: number;
  real: number;
  demo: number;
  includesDemo: boolean;
}

const hoursOf = (interval: { opens: string; closes: string }) => {
  const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return (minutes(interval.closes) - minutes(interval.opens)) / 60;
};
const demoHours = (pointIds: Set<string>, activities: string[]) =>
  demo.openingHours.filter((h) => pointIds.has(h.point) && activities.includes(h.activity)).reduce((sum, h) => sum + hoursOf(h), 0);
const realWemi = punti.points.filter((p) => p.kind === 'WEMI').length;

let hub: Hub | undefined;
afterAll(() => hub?.stop());

async function figures(demoData: boolean) {
  await hub?.stop();
  hub = await startHub(inject('databaseUrl'), { demoData });
  const response = await hub.query(FIGURES);
  expect(response.body.errors).toBeUndefined();
  return response.body.data as Record<string, any>;
}

/** Every basis of the answer, with the figure shown beside it. */
function bases(data: Record<string, any>): { shown: number | null; basis: Basis }[] {
  const found: { shown: number | null; basis: Basis }[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key.endsWith('Basis') && value) {
          const figure = key === 'measureBasis' ? null : (node as Record<string, number>)[key.slice(0, -'Basis'.length)];
          found.push({ shown: figure ?? null, basis: value as Basis });
        } else visit(value);
      }
    }
  };
  visit(data);
  return found;
}

describe('figures with the demo data set on', () => {
  it('keep their JSON and tell the demo part from the real value', async () => {
    const data = await figures(true);
    for (const { shown, basis } of bases(data)) {
      expect(basis.value).toBeCloseTo(basis.real + basis.demo, 6);
      if (basis.demo > 0) expect(basis.includesDemo).toBe(true);
      if (shown !== null) expect(shown).toBeCloseTo(basis.value, 6);
    }

    // Counts of points: the demo part is the demo set's points.
    expect(data.points.totalCountBasis.demo).toBe(demo.points.length);
    expect(data.wemi.totalCountBasis.demo).toBe(demo.points.filter((p) => p.kind === 'WEMI').length);
    expect(data.wemi.totalCountBasis.real).toBe(realWemi);
    for (const indicator of data.indicators) {
      const recorded = demo.participation.filter((p) => p.indicator === indicator.code).reduce((sum, p) => sum + p.quantity, 0);
      expect(indicator.actualBasis, indicator.code).toEqual({ value: recorded, real: 0, demo: recorded, includesDemo: recorded > 0 });
    }
    expect(data.indicators.find((i: { code: string }) => i.code === 'EECO01').actualBasis.demo).toBeGreaterThan(0);

    for (const municipio of data.municipi) {
      const network = municipio.spazioComune;
      const ids = new Set<string>(network.points.map((p: { id: string }) => p.id));
      const front = demoHours(ids, ['FRONT_OFFICE', 'DIGITAL_EDUCATION']);
      expect(front).toBeGreaterThan(0);
      expect(network.frontOfficeHoursPerWeekBasis).toMatchObject({ real: 0, includesDemo: true });
      expect(network.frontOfficeHoursPerWeekBasis.demo).toBeCloseTo(front, 6);
      expect(network.digitalEducationHoursPerWeekBasis.demo).toBeCloseTo(demoHours(ids, ['DIGITAL_EDUCATION']), 6);
      for (const point of network.points) {
        expect(point.frontOfficeHoursPerWeekBasis.includesDemo, point.id).toBe(point.id.startsWith('demo-'));
      }
      // Servizio Civile and Leva Civica hold no demo records: their figures are real.
      for (const figure of [municipio.servizioCivile?.volunteersBasis, municipio.levaCivica?.placesBasis].filter(Boolean)) {
        expect(figure).toMatchObject({ demo: 0, includesDemo: false });
      }
    }
    expect(data.servizioCivileCall.totalVolunteersBasis).toEqual({ value: 10, real: 10, demo: 0, includesDemo: false });
    const compared = data.servizioCivileCallComparison.reduce(
      (sum: number, row: { toVolunteersBasis: Basis }) => sum + row.toVolunteersBasis.real,
      0,
    );
    expect(compared).toBe(10);

    const rows = data.compliance as Record<string, any>[];
    const wemi = rows.find((c) => c.rule === 'WEMI_MINIMO_20');
    expect(wemi?.measureBasis).toEqual({ value: realWemi + 20, real: realWemi, demo: 20, includesDemo: true });
    expect(wemi).toMatchObject({ passed: true, passedOnRealData: false, includesDemo: true });
    // A row no demo record took part in is judged the same on real data alone.
    for (const row of rows.filter((c) => !c.includesDemo)) expect(row.passed, `${row.rule} ${row.subject}`).toBe(row.passedOnRealData);
    // Real Spazi WeMi have no operators on record: not known, the same way for each of them.
    for (const point of punti.points.filter((p) => p.kind === 'WEMI')) {
      const row = rows.find((c) => c.rule === 'OPERATORI_MINIMO_2' && c.subject.endsWith(`(${point.id})`));
      expect(row, point.id).toMatchObject({ passed: null, passedOnRealData: null, includesDemo: false });
    }
    const network = rows.find((c) => c.rule === 'COORDINATORE_PER_RETE' && c.subject === 'SPAZIO COMUNE.1');
    expect(network).toMatchObject({ includesDemo: true, passedOnRealData: null });
  });
});

describe('figures with the demo data set off', () => {
  it('are all real', async () => {
    const data = await figures(false);
    const all = bases(data);
    expect(all.length).toBeGreaterThan(30);
    for (const { shown, basis } of all) {
      expect(basis).toMatchObject({ demo: 0, includesDemo: false });
      expect(basis.value).toBe(basis.real);
      if (shown !== null) expect(shown).toBe(basis.value);
    }
    for (const indicator of data.indicators) expect(indicator.actual).toBe(0);
    for (const row of data.compliance) {
      expect(row.includesDemo, `${row.rule} ${row.subject}`).toBe(false);
      expect(row.passed, `${row.rule} ${row.subject}`).toBe(row.passedOnRealData);
    }
    const wemi = data.compliance.find((c: { rule: string }) => c.rule === 'WEMI_MINIMO_20');
    expect(wemi).toMatchObject({ passed: realWemi >= 20, measureBasis: { value: realWemi, real: realWemi } });
    expect(data.servizioCivileCall.totalVolunteers).toBe(10);
  });
});
