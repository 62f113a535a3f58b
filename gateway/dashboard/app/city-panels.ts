import * as Plot from '@observablehq/plot';
import { $, asChartImage, demoShare, el, headerRow } from './dom.js';
import type { CityFrame, ComparisonRow } from './graph.js';
import { number } from './measures.js';

/** The panels about the whole city: call over call, indicators and their targets, compliance. */

/**
 * The indicators chart's colours: each at least 4.5:1 on white, so at least 3:1 as WCAG 1.4.11 asks of
 * marks; the targets' ticks sit on a white halo, so they stand out on the bars as well.
 */
const INDICATOR_COLOURS = { 'Valore raggiunto': '#2563eb', 'Obiettivo 2024': '#b45309', 'Obiettivo 2027': '#15803d' };

export function drawComparison(rows: ComparisonRow[], from: number, to: number): void {
  const total = (pick: (r: ComparisonRow) => number) => rows.reduce((s, r) => s + pick(r), 0);
  const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
  const body = rows.map((r) => {
    const row = el(
      'tr',
      {},
      el('td', {}, `${r.site.code} – ${r.site.name}`),
      el('td', {}, r.site.municipio ? `Municipio ${r.site.municipio.number}` : 'non noto'),
      el('td', { className: 'num' }, String(r.fromVolunteers)),
      el('td', { className: 'num' }, String(r.toVolunteers)),
      el('td', { className: `num ${r.delta > 0 ? 'up' : r.delta < 0 ? 'down' : ''}` }, signed(r.delta)),
    );
    row.dataset.site = r.site.code;
    return row;
  });
  $('comparison-table').replaceChildren(
    el('caption', {}, `Volontari per sede: bando ${from} e bando ${to}.`),
    headerRow('Sede', 'Municipio', `Bando ${from}`, `Bando ${to}`, 'Differenza'),
    el('tbody', {}, ...body),
    el(
      'tfoot',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'row', colSpan: 2 }, 'Totale'),
        el('td', { className: 'num' }, String(total((r) => r.fromVolunteers))),
        el('td', { className: 'num' }, String(total((r) => r.toVolunteers))),
        el('td', { className: 'num' }, signed(total((r) => r.delta))),
      ),
    ),
  );
}

export function drawIndicators(indicators: CityFrame['indicators']): void {
  const rows = indicators.map((i) => {
    const row = el(
      'tr',
      {},
      el('th', { scope: 'row' }, i.code),
      el('td', {}, i.description),
      el('td', { className: 'num' }, number(i.actual), ...demoShare(i.actualBasis, number)),
      el('td', { className: 'num' }, i.target2024 === null ? 'non richiesto' : number(i.target2024)),
      el('td', { className: 'num' }, i.target2027 === null ? '—' : number(i.target2027)),
    );
    row.dataset.indicator = i.code;
    return row;
  });
  $('indicators-table').replaceChildren(
    el('caption', {}, 'Indicatori: valore raggiunto e obiettivi 2024 e 2027.'),
    headerRow('Codice', 'Indicatore', 'Valore raggiunto', 'Obiettivo 2024', 'Obiettivo 2027'),
    el('tbody', {}, ...rows),
  );
  const targets = indicators.flatMap((i) => [
    ...(i.target2024 === null ? [] : [{ code: i.code, value: i.target2024, target: 'Obiettivo 2024' }]),
    ...(i.target2027 === null ? [] : [{ code: i.code, value: i.target2027, target: 'Obiettivo 2027' }]),
  ]);
  $('indicators-chart').replaceChildren(
    asChartImage(
      Plot.plot({
        width: Math.min(640, $('indicators-chart').clientWidth || 640),
        height: 60 + 50 * indicators.length,
        marginLeft: 80,
        ariaLabel: 'Indicatori: valore raggiunto e obiettivi',
        // The two targets told apart by the tick's line too, not by colour alone.
        caption: 'Barre: valore raggiunto. Tacche: obiettivo 2024 (linea continua) e obiettivo 2027 (tratteggiata).',
        x: { label: 'partecipanti', grid: true },
        y: { label: null },
        color: { legend: true, domain: Object.keys(INDICATOR_COLOURS), range: Object.values(INDICATOR_COLOURS) },
        marks: [
          Plot.barX(indicators, { x: 'actual', y: 'code', fill: () => 'Valore raggiunto' }),
          Plot.tickX(targets, { x: 'value', y: 'code', stroke: 'white', strokeWidth: 8 }),
          ...(['Obiettivo 2024', 'Obiettivo 2027'] as const).map((target) =>
            Plot.tickX(
              targets.filter((t) => t.target === target),
              { x: 'value', y: 'code', stroke: 'target', strokeWidth: 4, strokeDasharray: target === 'Obiettivo 2027' ? '5,3' : undefined },
            ),
          ),
          Plot.ruleX([0]),
        ],
      }),
      'indicators-table',
    ),
  );
}

export function drawCompliance(compliance: CityFrame['compliance']): void {
  const count = (passed: boolean | null) => compliance.filter((c) => c.passed === passed).length;
  const summary = $('compliance-summary');
  summary.replaceChildren(
    el('span', { className: 'badge met' }, `${count(true)} rispettati`),
    ' ',
    el('span', { className: 'badge missed' }, `${count(false)} non rispettati`),
    ' ',
    el('span', { className: 'badge unknown' }, `${count(null)} senza dati`),
  );
  summary.dataset.met = String(count(true));
  summary.dataset.missed = String(count(false));
  const rules = [...new Set(compliance.map((c) => c.rule))].map((rule) => {
    const checks = compliance.filter((c) => c.rule === rule);
    const missed = checks.filter((c) => c.passed === false);
    const row = el(
      'tr',
      {},
      el('td', {}, checks[0]?.description ?? rule),
      el('td', { className: 'num met' }, String(checks.filter((c) => c.passed === true).length)),
      el('td', { className: 'num missed' }, String(missed.length)),
      el('td', { className: 'num' }, String(checks.filter((c) => c.passed === null).length)),
      el(
        'td',
        {},
        missed.length
          ? el('details', {}, el('summary', {}, 'dove'), el('ul', {}, ...missed.map((c) => el('li', {}, `${c.subject}: ${c.detail}`))))
          : '',
      ),
    );
    row.dataset.rule = rule;
    return row;
  });
  $('compliance-table').replaceChildren(
    el('caption', {}, 'Requisiti delle schede tecniche: quante verifiche li rispettano, quante no, quante sono senza dati.'),
    headerRow('Requisito', 'Rispettato', 'Non rispettato', 'Senza dati', 'Mancanze'),
    el('tbody', {}, ...rules),
  );
}
