import { BackofficeSetOperatorsDocument, type OperatorInput } from '../../isomorphic/graph-documents.generated.js';
import { el, input, select } from './dom.js';
import { draftOf, dropDraft, keepDraft } from './draft.js';
import { label, ROLES } from './labels.js';
import { type EditablePoint, fail, mutate, write } from './writes.js';

const SECTION = 'operators';
const operatorsOf = (point: EditablePoint): OperatorInput[] =>
  point.operators.map(({ role, weeklyHours, frontOfficeHours }) => ({ role, weeklyHours, frontOfficeHours }));
const line = (o: OperatorInput) =>
  `${label(ROLES, o.role)}: ${o.weeklyHours} ore a settimana${o.frontOfficeHours != null ? `, di cui ${o.frontOfficeHours} allo sportello` : ''}`;

/** The operators of a point (a role and weekly hours each; no personal data), replaced together with setPointOperators. */
export function operatorsSection(point: EditablePoint, done: (point: EditablePoint, message: string) => void): HTMLElement {
  const draft = draftOf<OperatorInput[]>(point.id, SECTION);
  let rows: OperatorInput[] = draft?.value ?? operatorsOf(point);
  const base = draft?.version ?? point.version;
  const keep = () => keepDraft({ pointId: point.id, section: SECTION, version: base, value: rows });
  const list = el('tbody');
  const form = el('form', { noValidate: true });
  const area = el('div', { className: 'messages' });
  const redraw = () =>
    list.replaceChildren(
      ...rows.map((row, i) => {
        const n = `operatore ${i + 1}`;
        const role = select(ROLES, row.role, { ariaLabel: `Ruolo, ${n}` });
        const weekly = input({
          type: 'number',
          min: '0',
          step: '0.5',
          value: String(row.weeklyHours),
          ariaLabel: `Ore a settimana, ${n}`,
        });
        const front = input({
          type: 'number',
          min: '0',
          step: '0.5',
          value: row.frontOfficeHours == null ? '' : String(row.frontOfficeHours),
          ariaLabel: `Di cui allo sportello, ${n}`,
        });
        role.dataset.field = `operators.${i}.role`;
        weekly.dataset.field = `operators.${i}.weeklyHours`;
        front.dataset.field = `operators.${i}.frontOfficeHours`;
        const update = () => {
          rows[i] = {
            role: role.value as OperatorInput['role'],
            weeklyHours: Number(weekly.value),
            frontOfficeHours: front.value === '' ? null : Number(front.value),
          };
          keep();
        };
        role.onchange = weekly.oninput = front.oninput = update;
        const remove = el('button', { type: 'button', className: 'secondary', textContent: 'Togli', ariaLabel: `Togli l'${n}` });
        remove.onclick = () => {
          rows = rows.filter((_, j) => j !== i);
          keep();
          redraw();
        };
        return el('tr', {}, el('td', {}, role), el('td', {}, weekly), el('td', {}, front), el('td', {}, remove));
      }),
    );
  redraw();
  const add = el('button', { type: 'button', className: 'secondary', textContent: 'Aggiungi un operatore' });
  add.onclick = () => {
    rows = [...rows, { role: 'FRONT_OFFICE', weeklyHours: 18, frontOfficeHours: null }];
    keep();
    redraw();
  };
  form.onsubmit = (event) => {
    event.preventDefault();
    const operators = rows;
    write(
      base === point.version ? point : { ...point, version: base },
      {
        attempt: (expectedVersion) =>
          mutate(BackofficeSetOperatorsDocument, { input: { pointId: point.id, expectedVersion, operators } }, (d) => d.setPointOperators),
        lines: (p) => operatorsOf(p).map(line),
        mine: operators.map(line),
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
    el(
      'table',
      { className: 'edit-table' },
      el('caption', {}, 'Operatori (ruolo e ore, nessun dato personale)'),
      el(
        'thead',
        {},
        el('tr', {}, ...['Ruolo', 'Ore a settimana', 'Di cui allo sportello', 'Azioni'].map((h) => el('th', { scope: 'col' }, h))),
      ),
      list,
    ),
    el('div', { className: 'actions' }, add, el('button', { type: 'submit', textContent: 'Salva gli operatori' })),
    area,
  );
  return el('section', { className: 'card', ariaLabel: 'Operatori' }, el('h3', {}, 'Operatori'), form);
}
