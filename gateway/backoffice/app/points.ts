import {
  BackofficePointsDocument,
  type BackofficePointsQuery,
  type PointFilter,
  type PointKind,
} from '../../isomorphic/graph-documents.generated.js';
import { el, field, formatInstant, headerRow, input, select } from './dom.js';
import { send } from './graph.js';
import { KINDS, label } from './labels.js';
import type { Staff } from './session.js';

type ListedPoint = BackofficePointsQuery['points']['edges'][number]['node'];

/** The filters as the person left them, kept while they visit a point and come back. */
const filters = { search: '', kind: '', network: '', municipio: '' };

/** Points a page: the list reads one page at a time, whatever the number of points. */
const PAGE = 50;
/** The graph's search leaves out words under 3 characters, and refuses a text of such words alone. */
const searchable = (text: string) => text.split(/\s+/).some((word) => word.length >= 3);
/** The Municipi of the city, each with its network (SPAZIO COMUNE.N). */
const CITY = [1, 2, 3, 4, 5, 6, 7, 8, 9];

/**
 * The points one set of filters lists, a page at a time: for an editor of several Municipi with no
 * Municipio chosen, each Municipio's in turn (the graph's filter takes one Municipio).
 */
class Listing {
  private readonly queue: (number | null)[];
  private after: string | null = null;
  private counted = false;
  total = 0;

  constructor(
    private readonly filter: Omit<PointFilter, 'municipio'>,
    municipi: (number | null)[],
  ) {
    this.queue = [...municipi];
  }

  get more(): boolean {
    return this.queue.length > 0;
  }

  /**
   * The next page. The first call also counts what the other Municipi of the queue list (one point
   * read of each: as many requests as the editor's Municipi, not as their points).
   */
  async next(): Promise<ListedPoint[]> {
    const [municipio = null, ...others] = this.queue;
    const read = (of: number | null, first: number, after: string | null) =>
      send(BackofficePointsDocument, { filter: { ...this.filter, ...(of === null ? {} : { municipio: of }) }, first, after });
    const { points } = await read(municipio, PAGE, this.after);
    if (!this.counted) {
      this.counted = true;
      this.total = points.totalCount;
      for (const other of others) this.total += (await read(other, 1, null)).points.totalCount;
    }
    this.after = points.pageInfo.hasNextPage ? points.pageInfo.endCursor : null;
    if (!this.after) this.queue.shift();
    return points.edges.map((e) => e.node);
  }
}

/**
 * The points an editor may edit (those of their Municipi, by the graph's filter; an admin: all),
 * searched and filtered by the graph (kind, network, Municipio), read a page at a time with
 * "Carica altri punti".
 */
export async function showPoints(main: HTMLElement, staff: Staff): Promise<void> {
  const mine = staff.admin ? CITY : [...staff.municipi].sort((a, b) => a - b);
  const search = input({ type: 'search', value: filters.search, placeholder: 'nome, via, gestore, tipo o rete' });
  const kind = select([['', 'Tutti'], ...KINDS], filters.kind);
  const network = select([['', 'Tutte'], ...mine.map((m): [string, string] => [String(m), `SPAZIO COMUNE.${m}`])], filters.network);
  const municipio = select([['', 'Tutti'], ...mine.map((m): [string, string] => [String(m), `Municipio ${m}`])], filters.municipio);
  const body = el('tbody');
  const count = el('p', { className: 'count', role: 'status' });
  const more = el('button', { type: 'button', className: 'secondary', textContent: 'Carica altri punti' });
  let listing: Listing | null = null;
  let shown = 0;

  const row = (p: ListedPoint) =>
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
    );
  const page = async (current: Listing, first: boolean) => {
    const points = await current.next();
    if (current !== listing) return; // the filters changed meanwhile: that list is gone
    if (first) body.replaceChildren();
    body.append(...points.map(row));
    shown += points.length;
    count.textContent = `${shown} punti su ${current.total}`;
    more.hidden = !current.more;
  };
  const redraw = async () => {
    Object.assign(filters, { search: search.value, kind: kind.value, network: network.value, municipio: municipio.value });
    // A network is its Municipio's (SPAZIO COMUNE.N of Municipio N): both choose the Municipio.
    const chosen = [filters.network, filters.municipio].filter(Boolean).map(Number);
    const municipi = chosen.length === 0 ? (staff.admin ? [null] : mine) : new Set(chosen).size === 1 ? [chosen[0] as number] : [];
    const text = filters.search.trim();
    listing = new Listing(
      { ...(filters.kind ? { kind: filters.kind as PointKind } : {}), ...(searchable(text) ? { search: text } : {}) },
      municipi,
    );
    shown = 0;
    if (municipi.length === 0) {
      body.replaceChildren();
      count.textContent = '0 punti: la rete e il Municipio scelti non coincidono';
      more.hidden = true;
      return;
    }
    await page(listing, true);
  };
  let typing: number | undefined;
  search.oninput = () => {
    window.clearTimeout(typing);
    typing = window.setTimeout(() => void redraw(), 300);
  };
  kind.onchange = network.onchange = municipio.onchange = () => void redraw();
  more.onclick = () => {
    if (listing) void page(listing, false);
  };
  await redraw();
  const scope = staff.admin ? 'Tutti i punti della città' : `I punti dei Municipi ${staff.municipi.join(', ')}`;
  main.replaceChildren(
    el('h2', { tabIndex: -1 }, scope),
    el(
      'div',
      { className: 'row filters', role: 'search' },
      field('Cerca', search, 'almeno una parola di 3 lettere'),
      field('Tipo', kind),
      field('Rete', network),
      ...(mine.length > 1 ? [field('Municipio', municipio)] : []),
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
    el('div', { className: 'actions' }, more),
  );
}
