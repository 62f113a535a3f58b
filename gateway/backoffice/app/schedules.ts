import {
  type Activity,
  BackofficeAddSpecialScheduleDocument,
  BackofficeRemoveSpecialScheduleDocument,
} from '../../isomorphic/graph-documents.generated.js';
import { el, field, input, select } from './dom.js';
import { draftOf, dropDraft, keepDraft } from './draft.js';
import { ACTIVITIES, scheduleLine } from './labels.js';
import { type EditablePoint, fail, mutate, write } from './writes.js';

const SECTION = 'special-schedule';

interface NewSchedule {
  validFrom: string;
  validTo: string;
  closed: boolean;
  opens: string;
  closes: string;
  activity: Activity;
  reason: string;
}

/**
 * Closures and special schedules: the list, each with a button that removes it, and a form that adds
 * one (closed, or open at other hours on those days). Both write at the version read.
 */
export function schedulesSection(point: EditablePoint, done: (point: EditablePoint, message: string) => void): HTMLElement {
  const area = el('div', { className: 'messages' });
  const draft = draftOf<NewSchedule>(point.id, SECTION);
  const value: NewSchedule = draft?.value ?? {
    validFrom: '',
    validTo: '',
    closed: true,
    opens: '09:00',
    closes: '13:00',
    activity: 'FRONT_OFFICE',
    reason: '',
  };
  const base = draft?.version ?? point.version;
  const keep = () => keepDraft({ pointId: point.id, section: SECTION, version: base, value });
  const lines = (p: EditablePoint) => p.specialSchedules.map(scheduleLine);

  const list = el('ul', { className: 'schedules' });
  for (const schedule of point.specialSchedules) {
    const remove = el('button', {
      type: 'button',
      className: 'secondary',
      textContent: 'Rimuovi',
      ariaLabel: `Rimuovi: ${scheduleLine(schedule)}`,
    });
    remove.onclick = () =>
      write(
        point,
        {
          attempt: (expectedVersion) =>
            mutate(
              BackofficeRemoveSpecialScheduleDocument,
              { input: { specialScheduleId: schedule.id, expectedVersion } },
              (d) => d.removePointSpecialSchedule,
            ),
          lines,
          mine: lines(point).filter((l) => l !== scheduleLine(schedule)),
          area,
          form: list,
        },
        done,
      ).catch(fail(area));
    list.append(el('li', {}, el('span', {}, scheduleLine(schedule)), remove));
  }

  const control = (name: keyof NewSchedule, props: Parameters<typeof input>[0]) => {
    const box = input({ name, ...props });
    box.dataset.field = name;
    box.oninput = () => {
      (value as unknown as Record<string, unknown>)[name] = box.type === 'checkbox' ? box.checked : box.value;
      keep();
      times.hidden = value.closed;
    };
    return box;
  };
  const activity = select(ACTIVITIES, value.activity, { name: 'activity' });
  activity.dataset.field = 'activity';
  activity.onchange = () => {
    value.activity = activity.value as Activity;
    keep();
  };
  const times = el(
    'div',
    { className: 'row', hidden: value.closed },
    field('Apre alle', control('opens', { type: 'time', value: value.opens })),
    field('Chiude alle', control('closes', { type: 'time', value: value.closes })),
    field('Attività', activity),
  );
  const form = el(
    'form',
    { className: 'add-schedule', noValidate: true },
    el(
      'div',
      { className: 'row' },
      field('Dal giorno', control('validFrom', { type: 'date', value: value.validFrom, required: true })),
      field('Al giorno', control('validTo', { type: 'date', value: value.validTo, required: true })),
    ),
    el('label', { className: 'check' }, control('closed', { type: 'checkbox', checked: value.closed }), ' Chiuso in quei giorni'),
    times,
    field('Motivo', control('reason', { type: 'text', value: value.reason, required: true }), 'Per esempio: Chiusura estiva'),
    el('div', { className: 'actions' }, el('button', { type: 'submit', textContent: 'Aggiungi' })),
  );
  form.onsubmit = (event) => {
    event.preventDefault();
    const { validFrom, validTo, closed, opens, closes, reason } = value;
    const open = closed ? {} : { opens, closes, activity: value.activity };
    write(
      base === point.version ? point : { ...point, version: base },
      {
        attempt: (expectedVersion) =>
          mutate(
            BackofficeAddSpecialScheduleDocument,
            { input: { pointId: point.id, expectedVersion, validFrom, validTo, closed, reason, ...open } },
            (d) => d.addPointSpecialSchedule,
          ),
        lines,
        mine: [...lines(point), scheduleLine({ ...value, opens: value.opens, activity: value.activity })],
        area,
        form,
      },
      (saved, message) => {
        dropDraft(point.id, SECTION);
        done(saved, message);
      },
    ).catch(fail(area));
  };
  return el(
    'section',
    { className: 'card', ariaLabel: 'Chiusure e orari speciali' },
    el('h3', {}, 'Chiusure e orari speciali'),
    point.specialSchedules.length ? list : el('p', {}, 'Nessuna chiusura né orario speciale.'),
    el('h4', {}, 'Aggiungi una chiusura o un orario speciale'),
    form,
    area,
  );
}
