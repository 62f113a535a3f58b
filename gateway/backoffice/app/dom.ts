/** The back office's DOM helpers: the dashboard's, and a few for forms. */
export { $, el, headerRow } from '../../dashboard/app/dom.js';

import { el } from '../../dashboard/app/dom.js';

/** A labelled control: the label wraps it, so a click on the words focuses it and a reader names it. */
export function field(label: string, control: HTMLElement, hint?: string): HTMLLabelElement {
  const wrapper = document.createElement('label');
  wrapper.className = 'field';
  wrapper.append(el('span', {}, label), control);
  if (hint) wrapper.append(el('small', {}, hint));
  return wrapper;
}

/** A <select> of values with their Italian labels. */
export function select(options: [string, string][], value: string, props: Partial<HTMLSelectElement> = {}): HTMLSelectElement {
  // Built by hand: el()'s inference over HTMLSelectElement & its props is too complex for TypeScript.
  const control = document.createElement('select');
  Object.assign(control, props);
  control.append(...options.map(([v, label]) => el('option', { value: v, textContent: label, selected: v === value })));
  return control;
}

/** A message for the person, announced by screen readers. */
export function notice(text: string, kind: 'info' | 'error' | 'ok' = 'info'): HTMLParagraphElement {
  return el('p', { className: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status', textContent: text });
}

const when = new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', dateStyle: 'medium', timeStyle: 'short' });
/** An instant as a person in Milan reads it. */
export const formatInstant = (iso: string) => when.format(new Date(iso));

const day = new Intl.DateTimeFormat('it-IT', { timeZone: 'UTC', dateStyle: 'medium' });
/** A day of the calendar (a LocalDate, "2027-08-01") as a person in Milan reads it: "1 ago 2027". */
export const formatDay = (localDate: string) => day.format(new Date(`${localDate}T00:00:00Z`));

type InputProps = Partial<
  Pick<
    HTMLInputElement,
    'type' | 'value' | 'name' | 'required' | 'min' | 'step' | 'checked' | 'placeholder' | 'autocomplete' | 'ariaLabel' | 'accept'
  >
>;
/** An <input>, built by hand as select() is. */
export function input(props: InputProps): HTMLInputElement {
  const control = document.createElement('input');
  Object.assign(control, props);
  return control;
}
