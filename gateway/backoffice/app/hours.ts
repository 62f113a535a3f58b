import { BackofficeSetHoursDocument, type OpeningHoursInput } from '../../isomorphic/graph-documents.generated.js';
import { el, input, notice, select } from './dom.js';
import { draftOf, dropDraft, keepDraft } from './draft.js';
import { ACTIVITIES, DAYS, interval } from './labels.js';
import { type EditablePoint, fail, mutate, write } from './writes.js';

const SECTION = 'hours';
const hoursOf = (point: EditablePoint): OpeningHoursInput[] =>
  point.openingHours.map(({ day, opens, closes, activity }) => ({ day, opens, closes, activity }));

/**
 * The weekly hours of a point: one row per interval (day, opens, closes, activity), saved together
 * with setPointOpeningHours at the version read. Every change is kept as a draft until it is saved.
 */
export function hoursSection(point: EditablePoint, done: (point: EditablePoint, message: string) => void): HTMLElement {
  const draft = draftOf<OpeningHoursInput[]>(point.id, SECTION);
  let rows: OpeningHoursInput[] = draft ? draft.value : hoursOf(point);
  const list = el('tbody');
  const form = el('form', { className: 'hours', noValidate: true });
  const area = el('div', { className: 'messages' });
  // The version the edit is made on: the draft's when one is restored, else the point's as read.
  const base = draft?.version ?? point.version;
  const keep = () => keepDraft({ pointId: point.id, section: SECTION, version: base, value: rows });

  const rowOf = (row: OpeningHoursInput, i: number): HTMLElement => {
    const n = `fascia ${i + 1}`;
    const day = select(DAYS, row.day, { ariaLabel: `Giorno, ${n}` });
    const opens = input({ type: 'time', value: row.opens, required: true, ariaLabel: `Apre alle, ${n}` });
    const closes = input({ type: 'time', value: row.closes, required: true, ariaLabel: `Chiude alle, ${n}` });
    const activity = select(ACTIVITIES, row.activity, { ariaLabel: `Attività, ${n}` });
    const remove = el('button', { type: 'button', className: 'secondary', textContent: 'Togli', ariaLabel: `Togli la ${n}` });
    const bind = (control: Pick<HTMLInputElement, 'value' | 'dataset' | 'onchange'>, key: keyof OpeningHoursInput) => {
      control.dataset.field = `hours.${i}.${key}`;
      control.onchange = () => {
        rows[i] = { ...rows[i], [key]: control.value } as OpeningHoursInput;
        keep();
      };
    };
    bind(day, 'day');
    bind(opens, 'opens');
    bind(closes, 'closes');
    bind(activity, 'activity');
    remove.onclick = () => {
      rows = rows.filter((_, j) => j !== i);
      keep();
      redraw();
    };
    const cells: HTMLElement[] = [day, opens, closes, activity, remove];
    return el('tr', {}, ...cells.map((cell) => el('td', {}, cell)));
  };
  const redraw = () => list.replaceChildren(...rows.map(rowOf));
  redraw();

  const add = el('button', { type: 'button', className: 'secondary', textContent: 'Aggiungi una fascia' });
  add.onclick = () => {
    rows = [...rows, { day: 'MONDAY', opens: '09:00', closes: '13:00', activity: 'FRONT_OFFICE' }];
    keep();
    redraw();
    list.querySelector<HTMLElement>('tr:last-child select')?.focus();
  };
  const reset = el('button', { type: 'button', className: 'secondary', textContent: 'Annulla le modifiche' });
  reset.onclick = () => {
    dropDraft(point.id, SECTION);
    rows = hoursOf(point);
    redraw();
    area.replaceChildren(notice('Modifiche annullate.'));
  };
  form.onsubmit = (event) => {
    event.preventDefault();
    const hours = rows;
    // A draft made on an older version is sent at that version: a change saved meanwhile shows as a conflict.
    const read = base === point.version ? point : { ...point, version: base };
    write(
      read,
      {
        attempt: (expectedVersion) =>
          mutate(BackofficeSetHoursDocument, { input: { pointId: point.id, expectedVersion, hours } }, (d) => d.setPointOpeningHours),
        lines: (p) => p.openingHours.map(interval),
        mine: hours.map(interval),
        area,
        form,
      },
      (saved, message) => {
        dropDraft(point.id, SECTION);
        done(saved, message);
      },
    ).catch(fail(area));
  };
  form.append(
    ...(draft ? [notice(`Bozza non salvata ripristinata (letta alla versione ${draft.version}).`)] : []),
    el(
      'table',
      { className: 'edit-table' },
      el('caption', {}, 'Fasce orarie settimanali'),
      el('thead', {}, el('tr', {}, ...['Giorno', 'Apre', 'Chiude', 'Attività', 'Azioni'].map((h) => el('th', { scope: 'col' }, h)))),
      list,
    ),
    el('div', { className: 'actions' }, add, reset, el('button', { type: 'submit', textContent: 'Salva gli orari' })),
    area,
  );
  return el('section', { className: 'card', ariaLabel: 'Orari settimanali' }, el('h3', {}, 'Orari settimanali'), form);
}
