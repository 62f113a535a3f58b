import { BackofficeIndicatorsDocument, BackofficeRecordParticipationDocument } from '../../isomorphic/graph-documents.generated.js';
import { el, field, input, notice } from './dom.js';
import { send } from './graph.js';
import { clearErrors, fail, showErrors } from './writes.js';

/** Records how many people took part in an activity at this point on a day (recordParticipation: no version, it adds). */
export function participationSection(pointId: string): HTMLElement {
  const area = el('div', { className: 'messages' });
  const indicator = document.createElement('select');
  indicator.name = 'indicatorCode';
  indicator.dataset.field = 'indicatorCode';
  const date = input({ type: 'date', name: 'date', required: true, value: new Date().toISOString().slice(0, 10) });
  date.dataset.field = 'date';
  const count = input({ type: 'number', name: 'count', min: '1', step: '1', required: true, value: '1' });
  count.dataset.field = 'count';
  const form = el(
    'form',
    { noValidate: true },
    el('div', { className: 'row' }, field('Indicatore', indicator), field('Giorno', date), field('Persone', count)),
    el('div', { className: 'actions' }, el('button', { type: 'submit', textContent: 'Registra la partecipazione' })),
  );
  send(BackofficeIndicatorsDocument, {})
    .then(({ indicators }) =>
      indicator.replaceChildren(...indicators.map((i) => el('option', { value: i.code, textContent: `${i.code} · ${i.description}` }))),
    )
    .catch(fail(area));
  form.onsubmit = (event) => {
    event.preventDefault();
    clearErrors(form);
    const input = { indicatorCode: indicator.value, pointId, date: date.value, count: Number(count.value) };
    send(BackofficeRecordParticipationDocument, { input })
      .then(({ recordParticipation: { userErrors, indicator: updated } }) => {
        if (userErrors.length || !updated) return showErrors(form, area, userErrors);
        area.replaceChildren(notice(`Registrato: l’indicatore ${updated.code} ora somma ${updated.actual}.`, 'ok'));
      })
      .catch(fail(area));
  };
  return el('section', { className: 'card', ariaLabel: 'Partecipazione' }, el('h3', {}, 'Partecipazione'), form, area);
}
