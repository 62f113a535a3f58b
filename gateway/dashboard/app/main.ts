import * as Plot from '@observablehq/plot';
import { pointLabel } from '../../isomorphic/point-label.js';
import { jsonLdPath, pointJsonLd } from '../../isomorphic/point-place.js';
import { drawComparison, drawCompliance, drawIndicators } from './city-panels.js';
import { $, asChartImage, demoBadge, demoShare, el, focusableWhileScrolling, headerRow } from './dom.js';
import {
  type CityFrame,
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
    // Its text alternative: the table of the measures per Municipio, linked from the hint.
    'aria-describedby': 'map-hint',
  });
  // The focused Municipio's outline, drawn over its neighbours (see style.css).
  const ring = svg('g', { class: 'focus-ring', 'aria-hidden': 'true', visibility: 'hidden' });
  ring.append(svg('path', { class: 'halo' }), svg('path', { class: 'line' }));
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
    path.addEventListener('focus', () => {
      for (const line of ring.children) line.setAttribute('d', path.getAttribute('d') ?? '');
      ring.setAttribute('visibility', 'visible');
    });
    path.addEventListener('blur', () => ring.setAttribute('visibility', 'hidden'));
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
  root.append(ring);
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
    (dot.firstChild as SVGTitleElement).textContent =
      `${pointLabel(p)}${p.source.demo ? ' (DEMO)' : ''}: ${p.isOpen ? 'aperto' : 'chiuso'}`;
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
            ' chiuso (cerchio vuoto) ',
            el('span', { className: 'dot demo' }),
            ' DEMO',
          ),
        ]
      : []),
  );
}

// ——— table and bars per Municipio ———

function drawTable(): void {
  const head = headerRow(
    'Municipio',
    'Rete',
    ...MEASURES.map((m) => (m.key === 'volunteers' ? `Volontari SC (bando ${state.callYear ?? '—'})` : m.short)),
  );
  const rows = state.figures.map((f) => {
    const demo = f.spazioComune?.points.filter((p) => p.source.demo).length ?? 0;
    const button = el('button', { type: 'button', className: 'link' }, f.name);
    button.setAttribute('aria-pressed', String(state.selected === f.number));
    button.dataset.municipio = String(f.number);
    button.addEventListener('click', () => select(f.number, 'button').catch(showError));
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
      if (m.key === 'hours' && f.spazioComune) cell.append(...demoShare(f.spazioComune.frontOfficeHoursPerWeekBasis, number));
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
    head,
    el('tbody', {}, ...rows),
  );
}

function drawBars(): void {
  const data = state.figures.map((f) => ({ name: f.name, number: f.number, value: state.measure.value(f) }));
  const chosen = state.figures.find((f) => f.number === state.selected)?.name;
  const chart = Plot.plot({
    width: Math.min(640, $('bars').clientWidth || 640),
    height: 260,
    marginLeft: 90,
    ariaLabel: `Grafico a barre: ${state.measure.label} per Municipio`,
    x: { label: state.measure.label, grid: true },
    // The chosen Municipio is marked in words too, not by its bar's colour alone.
    y: { label: null, domain: data.map((d) => d.name), tickFormat: (name) => (name === chosen ? `▶ ${name}` : name) },
    marks: [
      Plot.barX(data, { x: 'value', y: 'name', fill: (d) => (d.number === state.selected ? '#c2410c' : '#2563eb') }),
      Plot.text(data, { x: 'value', y: 'name', text: (d) => number(d.value), dx: 4, textAnchor: 'start' }),
      Plot.ruleX([0]),
    ],
  });
  $('bars').replaceChildren(asChartImage(chart, 'municipi-table'));
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

/** Chooses a Municipio; focus stays where the choice was made (on the map, or on its name in the table), drawn anew. */
async function select(number: number, from: 'path' | 'button' = 'path'): Promise<void> {
  state.selected = number;
  const points = await readPoints(number, at);
  if (state.selected !== number) return;
  state.points = points;
  drawFigures();
  drawPoints();
  document.querySelector<HTMLElement | SVGElement>(`${from}[data-municipio="${number}"]`)?.focus();
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
      el('strong', {}, pointLabel(p)),
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

async function start(): Promise<void> {
  frame = await readFrame();
  proj = projection(frame.municipi.map((m) => m.boundary));
  fillControls();
  drawIndicators(frame.indicators);
  drawCompliance(frame.compliance);
  await Promise.all([refreshFigures(), refreshComparison()]);
  for (const box of document.querySelectorAll<HTMLElement>('.scroll')) focusableWhileScrolling(box);
  $('demo-note').hidden = !state.figures.some((f) => f.spazioComune?.points.some((p) => p.source.demo));
  document.body.dataset.ready = 'true';
}

start().catch(showError);
