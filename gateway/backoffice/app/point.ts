import { BackofficeHistoryDocument } from '../../isomorphic/graph-documents.generated.js';
import { el, formatInstant, notice } from './dom.js';
import { send } from './graph.js';
import { hoursSection } from './hours.js';
import { KINDS, label } from './labels.js';
import { operatorsSection } from './operators.js';
import { participationSection } from './participation.js';
import { schedulesSection } from './schedules.js';
import { mayEdit, type Staff } from './session.js';
import { type EditablePoint, readPoint } from './writes.js';

/**
 * One point as its editor sees it: what it is, its version and last change (who and when), and a
 * section per thing that may be changed. Someone whose token does not reach the point's Municipio
 * sees that they are not authorized, and no form.
 */
export async function showPoint(main: HTMLElement, staff: Staff, id: string): Promise<void> {
  const point = await readPoint(id);
  if (!point) {
    main.replaceChildren(el('h2', {}, 'Punto non trovato'), el('p', {}, `Nessun punto ha l’identificativo ${id}.`), backLink());
    return;
  }
  if (!mayEdit(staff, point.municipio?.number)) {
    main.replaceChildren(
      el('h2', {}, point.name ?? point.id),
      notice(
        `Non autorizzato: questo punto è del Municipio ${point.municipio?.number ?? '(nessuno)'}, e il tuo accesso vale per ${
          staff.municipi.length ? `i Municipi ${staff.municipi.join(', ')}` : 'nessun Municipio'
        }.`,
        'error',
      ),
      backLink(),
    );
    return;
  }
  await drawPoint(main, point, null);
}

async function drawPoint(main: HTMLElement, point: EditablePoint, message: string | null): Promise<void> {
  const { point: withHistory } = await send(BackofficeHistoryDocument, { id: point.id, first: 1 }, ['history']);
  const last = withHistory?.history?.edges[0]?.node;
  const done = (saved: EditablePoint, text: string) =>
    void drawPoint(main, saved, text).then(() => main.querySelector<HTMLElement>('.notice.ok')?.focus());
  const facts: [string, string][] = [
    ['Identificativo', point.id],
    ['Tipo', label(KINDS, point.kind)],
    ['Indirizzo', [point.address.street, point.address.city].filter(Boolean).join(', ') || '—'],
    ['Municipio', point.municipio ? `${point.municipio.number} · ${point.municipio.name}` : '—'],
    ['Rete SPAZIO COMUNE', point.spazioComune?.code ?? '—'],
    ['Versione', String(point.version)],
    ['Ultima modifica', last ? `${formatInstant(last.at)}, di ${last.actor}` : formatInstant(point.updatedAt)],
  ];
  main.replaceChildren(
    el('h2', { tabIndex: -1 }, point.name ?? point.id),
    ...(message ? [Object.assign(notice(message, 'ok'), { tabIndex: -1 })] : []),
    el('dl', { className: 'facts' }, ...facts.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])),
    el('p', {}, el('a', { href: `#storia/${encodeURIComponent(point.id)}` }, 'Storia delle modifiche'), ' · ', backLink()),
    hoursSection(point, done),
    schedulesSection(point, done),
    operatorsSection(point, done),
    participationSection(point.id),
  );
  main.dataset.version = String(point.version);
}

const backLink = () => el('a', { href: '#punti' }, 'Torna ai punti');
