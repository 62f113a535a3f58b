import { BackofficePointsDocument, type BackofficePointsQuery, type PointFilter } from '../../isomorphic/graph-documents.generated.js';
import { el, field, formatInstant, headerRow, input, select } from './dom.js';
import { send } from './graph.js';
import { KINDS, label } from './labels.js';
import type { Staff } from './session.js';

type ListedPoint = BackofficePointsQuery['points']['edges'][number]['node'];

/** The filters as the person left them, kept while they visit a point and come back. */
const filters = { search: '', kind: '', network: '', municipio: '' };

/** Every point of one filter, page after page. */
async function allPoints(filter: PointFilter | null): Promise<ListedPoint[]> {
  const points: ListedPoint[] = [];
  let after: string | null = null;
  do {
    const { points: page }: BackofficePointsQuery = await send(BackofficePointsDocument, { filter, first: 100, after });
    points.push(...page.edges.map((e) => e.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return points;
}

/**
 * The points an editor may edit (those of their Municipi, by the graph's filter; an admin: all),
 * searchable by name, address or id, and filtered by kind, network and (for an admin) Municipio.
 */
export async function showPoints(main: HTMLElement, staff: Staff): Promise<void> {
  const lists = staff.admin ? [await allPoints(null)] : await Promise.all(staff.municipi.map((municipio) => allPoints({ municipio })));
  const points = lists.flat().sort((a, b) => (a.name ?? a.id).localeCompare(b.name ?? b.id, 'it'));
  const networks = [...new Set(points.flatMap((p) => (p.spazioComune ? [p.spazioComune.code] : [])))].sort();
  const municipi = [...new Set(points.flatMap((p) => (p.municipio ? [p.municipio.number] : [])))].sort((a, b) => a - b);

  const search = input({ type: 'search', value: filters.search, placeholder: 'nome, via o identificativo' });
  const kind = select([['', 'Tutti'], ...KINDS], filters.kind);
  const network = select([['', 'Tutte'], ...networks.map((n): [string, string] => [n, n])], filters.network);
  const municipio = select([['', 'Tutti'], ...municipi.map((m): [string, string] => [String(m), `Municipio ${m}`])], filters.municipio);
  const body = el('tbody');
  const count = el('p', { className: 'count', role: 'status' });
  const redraw = () => {
    Object.assign(filters, { search: search.value, kind: kind.value, network: network.value, municipio: municipio.value });
    const words = filters.search.toLocaleLowerCase('it').split(/\s+/).filter(Boolean);
    const shown = points.filter(
      (p) =>
        (!filters.kind || p.kind === filters.kind) &&
        (!filters.network || p.spazioComune?.code === filters.network) &&
        (!filters.municipio || String(p.municipio?.number) === filters.municipio) &&
        words.every((w) => `${p.name ?? ''} ${p.address.street ?? ''} ${p.id}`.toLocaleLowerCase('it').includes(w)),
    );
    count.textContent = `${shown.length} punti su ${points.length}`;
    body.replaceChildren(
      ...shown.map((p) =>
        el(
          'tr',
          {},
          el('td', {}, el('a', { href: `#punto/${encodeURIComponent(p.id)}` }, p.name ?? p.id)),
          el('td', {}, label(KINDS, p.kind)),
          el('td', {}, p.address.street ?? '—'),
          el('td', {}, p.municipio ? String(p.municipio.number) : '—'),
          el('td', {}, p.spazioComune?.code ?? '—'),
          el('td', { className: 'number' }, String(p.version)),
          el('td', {}, formatInstant(p.updatedAt)),
        ),
      ),
    );
  };
  search.oninput = kind.onchange = network.onchange = municipio.onchange = redraw;
  redraw();
  const scope = staff.admin ? 'Tutti i punti della città' : `I punti dei Municipi ${staff.municipi.join(', ')}`;
  main.replaceChildren(
    el('h2', { tabIndex: -1 }, scope),
    el(
      'div',
      { className: 'row filters', role: 'search' },
      field('Cerca', search),
      field('Tipo', kind),
      field('Rete', network),
      ...(municipi.length > 1 ? [field('Municipio', municipio)] : []),
    ),
    count,
    el(
      'div',
      { className: 'scroll' },
      el(
        'table',
        { className: 'points' },
        el('caption', { className: 'visually-hidden' }, scope),
        headerRow('Punto', 'Tipo', 'Indirizzo', 'Municipio', 'Rete', 'Versione', 'Ultima modifica'),
        body,
      ),
    ),
  );
}
