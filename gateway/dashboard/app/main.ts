import * as Plot from '@observablehq/plot';
import { jsonLdPath, pointJsonLd } from '../../jsonld/point-place.js';
import {
  type CityFrame,
  type ComparisonRow,
  type MunicipioFigures,
  type PointOfMunicipio,
  readComparison,
  readFigures,
  readFrame,
  readPoints,
} from './graph.js';
import { labelPoint, type Projection, pathOf, projection, svg } from './map.js';
import { MEASURES, type Measure, number } from './measures.js';
import './style.css';

/**
 * The city dashboard: one page over the public GraphQL API. State lives in the controls; every
 * change asks the graph again and redraws what depends on it. `?at=<ISO instant>` fixes "now".
 */

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const at = new URLSearchParams(location.search).get('at') ?? new Date().toISOString();
const when = new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', dateStyle: 'full', timeStyle: 'short' });
const shortWhen = new Intl.DateTimeFormat('it-IT', {
  timeZone: 'Europe/Rome',
  weekday: 'short',
  day: 'numeric',
  month: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

const state = {
  measure: MEASURES[0] as Measure,
  /** The call shown and the one compared with it; null while no call is on record. */
  callYear: null as number | null,
  compareYear: null as number | null,
  selected: null as number | null,
  figures: [] as MunicipioFigures[],
  points: [] as PointOfMunicipio[],
};
let frame: CityFrame;
let proj: Projection;

function el<K extends keyof HTMLElementTagNameMap>(name: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const element = Object.assign(document.createElement(name), props);
  element.append(...children);
  return element;
}

const demoBadge = () => el('span', { className: 'demo-badge', title: 'Dato dimostrativo, non reale' }, 'DEMO');

function showError(error: unknown): void {
  const box = $('error');
  box.hidden = false;
  box.textContent = `Il grafo non ha risposto: ${error instanceof Error ? error.message : String(error)}`;
}

// ——— controls ———

function fillControls(): void {
  const measure = $<HTMLSelectElement>('measure');
  measure.append(...MEASURES.map((m) => el('option', { value: m.key, textContent: m.label })));
  const years = frame.servizioCivileCalls.map((c) => c.year).sort((a, b) => b - a);
  for (const id of ['call', 'compare-call']) {
    $<HTMLSelectElement>(id).append(...years.map((y) => el('option', { value: String(y), textContent: `Bando ${y}` })));
  }
  state.callYear = years[0] ?? null;
  state.compareYear = years[1] ?? years[0] ?? null;
  $<HTMLSelectElement>('call').value = String(state.callYear);
  $<HTMLSelectElement>('compare-call').value = String(state.compareYear);
  measure.addEventListener('change', () => {
    state.measure = MEASURES.find((m) => m.key === measure.value) ?? state.measure;
    drawFigures();
  });
  $<HTMLSelectElement>('call').addEventListener('change', (e) => {
    state.callYear = Number((e.target as HTMLSelectElement).value);
    refreshFigures().catch(showError);
    refreshComparison().catch(showError);
  });
  $<HTMLSelectElement>('compare-call').addEventListener('change', (e) => {
    state.compareYear = Number((e.target as HTMLSelectElement).value);
    refreshComparison().catch(showError);
  });
  $('at').textContent = `Situazione al ${when.format(new Date(at))} (ora di Milano).`;
}

// ——— map ———

function drawMap(): void {
  const values = state.figures.map((m) => state.measure.value(m));
  const color = Plot.scale({ color: { type: 'linear', scheme: 'blues', domain: [0, Math.max(1, ...values)] } });
  // A margin around the city, so that the outermost borders are drawn whole.
  const root = svg('svg', {
    viewBox: `-5 -5 ${proj.width + 10} ${proj.height + 10}`,
    role: 'group',
    'aria-label': `Mappa dei Municipi: ${state.measure.label}`,
  });
  for (const m of frame.municipi) {
    const figures = state.figures.find((f) => f.number === m.number);
    const value = figures ? state.measure.value(figures) : 0;
    const path = svg('path', {
      d: pathOf(m.boundary, proj),
      fill: String(color.apply(value)),
      class: `municipio${state.selected === m.number ? ' selected' : ''}`,
      tabindex: 0,
      role: 'button',
      'aria-pressed': String(state.selected === m.number),
      'aria-label': `${m.name}: ${number(value)} (${state.measure.label})`,
      'data-municipio': m.number,
      'data-value': value,
    });
    path.append(svg('title', {}));
    (path.firstChild as SVGTitleElement).textContent = `${m.name}: ${number(value)}`;
    path.addEventListener('click', () => select(m.number).catch(showError));
    path.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        select(m.number).catch(showError);
      }
    });
    root.append(path);
  }
  // The chosen Municipio's outline again on top, so that its neighbours do not cover it (its path keeps its place in the Tab order).
  const chosen = frame.municipi.find((m) => m.number === state.selected);
  if (chosen) root.append(svg('path', { d: pathOf(chosen.boundary, proj), class: 'selected-outline', 'aria-hidden': 'true' }));
  for (const m of frame.municipi) {
    const [x, y] = labelPoint(m.boundary, proj);
    const label = svg('text', { x, y, class: 'municipio-label', 'aria-hidden': 'true' });
    label.textContent = String(m.number);
    root.append(label);
  }
  for (const p of state.points) {
    const { latitude, longitude } = p.address;
    if (latitude === null || longitude === null) continue;
    const [cx, cy] = proj.point(longitude, latitude);
    const dot = svg('circle', {
      cx,
      cy,
      r: 5,
      class: `point ${p.isOpen ? 'open' : 'closed'}${p.source.demo ? ' demo' : ''}`,
      'data-point': p.id,
    });
    dot.append(svg('title', {}));
    (dot.firstChild as SVGTitleElement).textContent = `${p.name}${p.source.demo ? ' (DEMO)' : ''}: ${p.isOpen ? 'aperto' : 'chiuso'}`;
    root.append(dot);
  }
  $('map').replaceChildren(root);
  $('legend').replaceChildren(
    Plot.legend({
      color: { type: 'linear', scheme: 'blues', domain: [0, Math.max(1, ...values)], label: state.measure.label },
      width: 280,
    }),
    ...(state.points.length
      ? [
          el(
            'p',
            { className: 'point-legend' },
            el('span', { className: 'dot open' }),
            ' aperto ora ',
            el('span', { className: 'dot closed' }),
            ' chiuso ',
            el('span', { className: 'dot demo' }),
            ' DEMO',
          ),
        ]
      : []),
  );
}

// ——— table and bars per Municipio ———

function drawTable(): void {
  const head = el('tr', {}, el('th', { scope: 'col' }, 'Municipio'), el('th', { scope: 'col' }, 'Rete'));
  head.append(
    ...MEASURES.map((m) => el('th', { scope: 'col' }, m.key === 'volunteers' ? `Volontari SC (bando ${state.callYear ?? '—'})` : m.short)),
  );
  const rows = state.figures.map((f) => {
    const demo = f.spazioComune?.points.filter((p) => p.source.demo).length ?? 0;
    const button = el('button', { type: 'button', className: 'link' }, f.name);
    button.setAttribute('aria-pressed', String(state.selected === f.number));
    button.addEventListener('click', () => select(f.number).catch(showError));
    const row = el(
      'tr',
      { className: state.selected === f.number ? 'selected' : '' },
      el('th', { scope: 'row' }, button),
      el('td', {}, f.spazioComune?.code ?? '—'),
    );
    row.dataset.municipio = String(f.number);
    for (const m of MEASURES) {
      const cell = el('td', { className: 'num' }, number(m.value(f)));
      cell.dataset.measure = m.key;
      if (m.key === 'points' && demo) cell.append(' ', el('small', {}, `(${demo} `, demoBadge(), ')'));
      row.append(cell);
    }
    return row;
  });
  $('municipi-table').replaceChildren(
    el(
      'caption',
      {},
      state.callYear === null
        ? 'Misure per Municipio; nessun bando di Servizio Civile in archivio.'
        : `Misure per Municipio; il bando di Servizio Civile è il ${state.callYear}.`,
    ),
    el('thead', {}, head),
    el('tbody', {}, ...rows),
  );
}

function drawBars(): void {
  const data = state.figures.map((f) => ({ name: f.name, number: f.number, value: state.measure.value(f) }));
  const chart = Plot.plot({
    width: Math.min(640, $('bars').clientWidth || 640),
    height: 260,
    marginLeft: 90,
    ariaLabel: `Grafico a barre: ${state.measure.label} per Municipio`,
    x: { label: state.measure.label, grid: true },
    y: { label: null, domain: data.map((d) => d.name) },
    marks: [
      Plot.barX(data, { x: 'value', y: 'name', fill: (d) => (d.number === state.selected ? '#c2410c' : '#2563eb') }),
      Plot.text(data, { x: 'value', y: 'name', text: (d) => number(d.value), dx: 4, textAnchor: 'start' }),
      Plot.ruleX([0]),
    ],
  });
  $('bars').replaceChildren(chart);
}

function drawFigures(): void {
  drawMap();
  drawTable();
  drawBars();
}

async function refreshFigures(): Promise<void> {
  const year = state.callYear;
  const figures = await readFigures(year, at);
  if (year !== state.callYear) return;
  state.figures = figures;
  drawFigures();
}

// ——— the chosen Municipio ———

async function select(number: number): Promise<void> {
  state.selected = number;
  const points = await readPoints(number, at);
  if (state.selected !== number) return;
  state.points = points;
  drawFigures();
  drawPoints();
  document.querySelector<SVGPathElement>(`path[data-municipio="${number}"]`)?.focus();
}

function drawPoints(): void {
  const municipio = frame.municipi.find((m) => m.number === state.selected);
  $('municipio-title').textContent = municipio ? `${municipio.name}: i punti` : 'Nessun Municipio scelto';
  const items = state.points.map((p) => {
    const change = p.nextChange
      ? `${p.nextChange.opens ? 'apre' : 'chiude'} ${shortWhen.format(new Date(p.nextChange.at))}`
      : 'nessun cambio nei prossimi 14 giorni';
    const status = p.isOpen === null ? 'orari non disponibili' : p.isOpen ? 'aperto ora' : 'chiuso ora';
    const item = el(
      'li',
      {},
      el('strong', {}, p.name),
      ...(p.source.demo ? [' ', demoBadge()] : []),
      el('br'),
      el('span', { className: `status ${p.isOpen ? 'open' : 'closed'}` }, status),
      ...(p.isOpen === null ? [] : [` · ${change}`]),
      el('br'),
      el(
        'small',
        {},
        `${p.kind === 'WEMI' ? 'Spazio WeMi' : 'CSRC'} · ${p.address.street ?? 'indirizzo non nella fonte'} · ${p.address.latitude === null ? 'posizione non nota' : 'sulla mappa'} · `,
        el('a', { href: jsonLdPath(p.id) }, 'JSON-LD'),
      ),
      // The same schema.org description the hub serves at /points/{id}.jsonld, for search engines reading the page.
      el('script', { type: 'application/ld+json', textContent: JSON.stringify(pointJsonLd(p, location.origin)) }),
    );
    item.dataset.point = p.id;
    item.dataset.open = String(p.isOpen);
    return item;
  });
  $('municipio-points').replaceChildren(
    items.length ? el('ul', { className: 'points' }, ...items) : el('p', {}, 'Nessun punto registrato in questo Municipio.'),
  );
}

// ——— Servizio Civile, call over call ———

async function refreshComparison(): Promise<void> {
  const [from, to] = [state.compareYear, state.callYear];
  if (from === null || to === null) return;
  const rows = await readComparison(from, to);
  if (from !== state.compareYear || to !== state.callYear) return;
  drawComparison(rows, from, to);
}

function drawComparison(rows: ComparisonRow[], from: number, to: number): void {
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
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col' }, 'Sede'),
        el('th', { scope: 'col' }, 'Municipio'),
        el('th', { scope: 'col' }, `Bando ${from}`),
        el('th', { scope: 'col' }, `Bando ${to}`),
        el('th', { scope: 'col' }, 'Differenza'),
      ),
    ),
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

// ——— indicators and compliance ———

function drawIndicators(): void {
  const rows = frame.indicators.map((i) => {
    const row = el(
      'tr',
      {},
      el('th', { scope: 'row' }, i.code),
      el('td', {}, i.description),
      el('td', { className: 'num' }, number(i.actual)),
      el('td', { className: 'num' }, i.target2024 === null ? 'non richiesto' : number(i.target2024)),
      el('td', { className: 'num' }, i.target2027 === null ? '—' : number(i.target2027)),
    );
    row.dataset.indicator = i.code;
    return row;
  });
  $('indicators-table').replaceChildren(
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col' }, 'Codice'),
        el('th', { scope: 'col' }, 'Indicatore'),
        el('th', { scope: 'col' }, 'Valore raggiunto'),
        el('th', { scope: 'col' }, 'Obiettivo 2024'),
        el('th', { scope: 'col' }, 'Obiettivo 2027'),
      ),
    ),
    el('tbody', {}, ...rows),
  );
  const targets = frame.indicators.flatMap((i) => [
    ...(i.target2024 === null ? [] : [{ code: i.code, value: i.target2024, target: 'Obiettivo 2024' }]),
    ...(i.target2027 === null ? [] : [{ code: i.code, value: i.target2027, target: 'Obiettivo 2027' }]),
  ]);
  $('indicators-chart').replaceChildren(
    Plot.plot({
      width: Math.min(640, $('indicators-chart').clientWidth || 640),
      height: 60 + 50 * frame.indicators.length,
      marginLeft: 80,
      ariaLabel: 'Indicatori: valore raggiunto e obiettivi',
      x: { label: 'partecipanti', grid: true },
      y: { label: null },
      color: { legend: true, domain: ['Valore raggiunto', 'Obiettivo 2024', 'Obiettivo 2027'], range: ['#2563eb', '#f59e0b', '#15803d'] },
      marks: [
        Plot.barX(frame.indicators, { x: 'actual', y: 'code', fill: () => 'Valore raggiunto' }),
        Plot.tickX(targets, { x: 'value', y: 'code', stroke: 'target', strokeWidth: 3 }),
        Plot.ruleX([0]),
      ],
    }),
  );
}

function drawCompliance(): void {
  const count = (passed: boolean | null) => frame.compliance.filter((c) => c.passed === passed).length;
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
  const rules = [...new Set(frame.compliance.map((c) => c.rule))].map((rule) => {
    const checks = frame.compliance.filter((c) => c.rule === rule);
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
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col' }, 'Requisito'),
        el('th', { scope: 'col' }, 'Rispettato'),
        el('th', { scope: 'col' }, 'Non rispettato'),
        el('th', { scope: 'col' }, 'Senza dati'),
        el('th', { scope: 'col' }, 'Mancanze'),
      ),
    ),
    el('tbody', {}, ...rules),
  );
}

async function start(): Promise<void> {
  frame = await readFrame();
  proj = projection(frame.municipi.map((m) => m.boundary));
  fillControls();
  drawIndicators();
  drawCompliance();
  await Promise.all([refreshFigures(), refreshComparison()]);
  $('demo-note').hidden = !state.figures.some((f) => f.spazioComune?.points.some((p) => p.source.demo));
  document.body.dataset.ready = 'true';
}

start().catch(showError);
