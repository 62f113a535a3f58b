import { BackofficeHistoryDocument, type BackofficeHistoryQuery } from '../../isomorphic/graph-documents.generated.js';
import { el, formatInstant, headerRow, notice } from './dom.js';
import { send } from './graph.js';
import { interval, label, ROLES, scheduleLine } from './labels.js';

/** The names of the audited fields as a person reads them; others keep their own name. */
const FIELDS: Record<string, string> = {
  openingHours: 'Orari settimanali',
  hours: 'Orari settimanali',
  specialSchedules: 'Chiusure e orari speciali',
  specialSchedule: 'Chiusura o orario speciale',
  operators: 'Operatori',
  version: 'Versione',
  name: 'Nome',
  municipio: 'Municipio',
  updatedAt: 'Aggiornato il',
};

/** What each mutation (the audit entry's action) did, in words. */
const ACTIONS: Record<string, string> = {
  setPointOpeningHours: 'Orari settimanali cambiati',
  addPointSpecialSchedule: 'Chiusura o orario speciale aggiunto',
  removePointSpecialSchedule: 'Chiusura o orario speciale rimosso',
  setPointOperators: 'Operatori cambiati',
  recordParticipation: 'Partecipazione registrata',
  importPoints: 'Importazione di punti',
  dataMigration: 'Migrazione dei dati',
};

/** One value of an audit entry in words: hours, schedules and operators in a line each, the rest as written. */
function words(value: unknown): string[] {
  if (value === undefined) return [];
  if (value === null || value === '') return ['—'];
  if (Array.isArray(value)) return value.length ? value.flatMap((item) => words(item)) : ['(nessuno)'];
  if (typeof value !== 'object') return [String(value)];
  const o = value as Record<string, unknown>;
  if (typeof o.day === 'string' && typeof o.opens === 'string')
    return [interval(o as { day: string; opens: string; closes: string; activity: string })];
  if (typeof o.validFrom === 'string' && typeof o.validTo === 'string') return [scheduleLine(o as Parameters<typeof scheduleLine>[0])];
  if (typeof o.role === 'string' && 'weeklyHours' in o) return [`${label(ROLES, o.role)}: ${o.weeklyHours} ore a settimana`];
  return Object.entries(o).map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`);
}

/** The fields that differ between before and after, one level of nesting spelled out ("address.street"). */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): [string, unknown, unknown][] {
  const flat = (o: Record<string, unknown>, prefix = ''): Record<string, unknown> =>
    Object.fromEntries(
      Object.entries(o).flatMap(([k, v]) =>
        v && typeof v === 'object' && !Array.isArray(v) && !prefix
          ? Object.entries(flat(v as Record<string, unknown>, `${k}.`))
          : [[`${prefix}${k}`, v]],
      ),
    );
  const b = flat(before);
  const a = flat(after);
  return [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((k) => [k, b[k], a[k]]);
}

const cell = (value: unknown) => {
  const lines = words(value);
  return el('td', {}, ...(lines.length > 1 ? [el('ul', {}, ...lines.map((l) => el('li', {}, l)))] : [lines[0] ?? '—']));
};

/** A point's audit trail, newest first: who changed what, when, each change as a small table of fields before and after. */
export async function showHistory(main: HTMLElement, id: string): Promise<void> {
  const entries: NonNullable<NonNullable<BackofficeHistoryQuery['point']>['history']>['edges'] = [];
  let after: string | null = null;
  let total = 0;
  do {
    const { point } = await page(id, after);
    if (!point?.history) {
      main.replaceChildren(el('h2', {}, 'Storia delle modifiche'), notice('Non autorizzato a leggere la storia di questo punto.', 'error'));
      return;
    }
    total = point.history.totalCount;
    entries.push(...point.history.edges);
    after = point.history.pageInfo.hasNextPage && entries.length < 500 ? point.history.pageInfo.endCursor : null;
  } while (after);
  main.replaceChildren(
    el('h2', { tabIndex: -1 }, `Storia delle modifiche di ${id}`),
    el('p', {}, `${total} modifiche, dalla più recente. `, el('a', { href: `#punto/${encodeURIComponent(id)}` }, 'Torna al punto')),
    el(
      'ol',
      { className: 'history' },
      ...entries.map(({ node }) => {
        const changes = changedFields(node.before, node.after);
        return el(
          'li',
          { className: 'card' },
          el('h3', {}, `${formatInstant(node.at)} · ${ACTIONS[node.action] ?? node.action}`),
          el('p', { className: 'author' }, 'Autore: ', el('strong', {}, node.actor)),
          changes.length
            ? el(
                'table',
                { className: 'diff' },
                el('caption', { className: 'visually-hidden' }, `Campi cambiati il ${formatInstant(node.at)}`),
                headerRow('Campo', 'Prima', 'Dopo'),
                el('tbody', {}, ...changes.map(([k, b, a]) => el('tr', {}, el('th', { scope: 'row' }, FIELDS[k] ?? k), cell(b), cell(a)))),
              )
            : el('p', {}, 'Nessun campo cambiato.'),
        );
      }),
    ),
  );
}

const page = (id: string, after: string | null) => send(BackofficeHistoryDocument, { id, first: 50, after }, ['history']);
