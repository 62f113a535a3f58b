import {
  BackofficePointDocument,
  type EditablePointFragment,
  type TypedDocumentString,
} from '../../isomorphic/graph-documents.generated.js';
import { el, formatInstant, notice } from './dom.js';
import { type Problem, SignInNeeded, send } from './graph.js';

export type EditablePoint = EditablePointFragment;

/** A write's payload: the point as the write left it, or what was wrong. */
export interface Payload {
  point?: EditablePoint | null;
  userErrors: Problem[];
}

/** What a section shows of a point, line by line: how a conflict compares the versions. */
export type Lines = (point: EditablePoint) => string[];

/** One write of a section of a point page, with what it needs to explain a conflict. */
export interface Write {
  /** Sends the write made on `version` (the version the person read). */
  attempt: (version: number) => Promise<Payload>;
  /** The section's lines of a point, and the person's edit as lines. */
  lines: Lines;
  mine: string[];
  /** Where the section's messages go, and the form whose fields userErrors name. */
  area: HTMLElement;
  form: HTMLElement;
}

/** Reads a point as it is now. */
export async function readPoint(id: string): Promise<EditablePoint | null> {
  return (await send(BackofficePointDocument, { id })).point ?? null;
}

/** Sends a mutation and takes its payload out of the answer. */
export async function mutate<Data, Variables>(
  document: TypedDocumentString<Data, Variables>,
  variables: Variables,
  payloadOf: (data: Data) => Payload,
): Promise<Payload> {
  return payloadOf(await send(document, variables));
}

/**
 * Every write of the page goes through here: it sends the version the point was read at. Saved: the
 * page shows the point the write returned. Refused: each user error next to the field it names (its
 * path inside `input`, as data-field="hours.2.opens"). VERSION_CONFLICT: someone else saved first;
 * the point is read again and the person sees, side by side, what they had read, what is there now
 * and their own edit, and may apply it again on the new version or discard it.
 */
export async function write(point: EditablePoint, what: Write, done: (point: EditablePoint, message: string) => void): Promise<void> {
  clearErrors(what.form);
  what.area.replaceChildren();
  const payload = await what.attempt(point.version);
  const conflict = payload.userErrors.find((e) => e.code === 'VERSION_CONFLICT');
  if (conflict) {
    const now = await readPoint(point.id);
    if (!now) throw new Error('Il punto non esiste più.');
    what.area.replaceChildren(conflictPanel(point, now, what, done));
    what.area.querySelector<HTMLElement>('h4')?.focus();
    return;
  }
  if (payload.userErrors.length || !payload.point) {
    showErrors(what.form, what.area, payload.userErrors);
    return;
  }
  done(payload.point, `Salvato: ora il punto è alla versione ${payload.point.version}.`);
}

function conflictPanel(read: EditablePoint, now: EditablePoint, what: Write, done: (p: EditablePoint, m: string) => void): HTMLElement {
  const column = (title: string, lines: string[]) =>
    el(
      'div',
      { className: 'column' },
      el('h5', {}, title),
      lines.length ? el('ul', {}, ...lines.map((l) => el('li', {}, l))) : el('p', {}, '(nulla)'),
    );
  const reapply = el('button', { type: 'button', textContent: 'Riapplica la mia modifica' });
  const discard = el('button', { type: 'button', className: 'secondary', textContent: 'Scarta la mia modifica' });
  const panel = el(
    'div',
    { className: 'conflict', role: 'alert' },
    el('h4', { tabIndex: -1 }, 'Qualcun altro ha modificato questo punto'),
    el(
      'p',
      {},
      `L'hai letto alla versione ${read.version}; ora è alla versione ${now.version} (modificato il ${formatInstant(now.updatedAt)}). La tua modifica non è stata salvata.`,
    ),
    el(
      'div',
      { className: 'columns' },
      column(`Quando l'hai letto (versione ${read.version})`, what.lines(read)),
      column(`Ora (versione ${now.version})`, what.lines(now)),
      column('La tua modifica', what.mine),
    ),
    el('div', { className: 'actions' }, reapply, discard),
  );
  reapply.onclick = () => write(now, what, done).catch(fail(what.area));
  discard.onclick = () => done(now, 'La tua modifica è stata scartata: vedi il punto com’è ora.');
  return panel;
}

/** A failed request (not a user error) shown in the section. */
export const fail = (area: HTMLElement) => (error: unknown) => {
  if (error instanceof SignInNeeded) throw error; // the page asks to sign in again (main.ts)
  area.replaceChildren(notice(`Il grafo non ha risposto: ${error instanceof Error ? error.message : String(error)}`, 'error'));
};

export function clearErrors(form: HTMLElement): void {
  for (const old of form.querySelectorAll('.field-error')) old.remove();
  for (const input of form.querySelectorAll('[aria-invalid]')) {
    input.removeAttribute('aria-invalid');
    input.removeAttribute('aria-describedby');
  }
}

let errorIds = 0;
/** Each user error beside the control it names; those that name none (or none shown) above the form. */
export function showErrors(form: HTMLElement, area: HTMLElement, errors: Problem[]): void {
  const general: string[] = [];
  for (const error of errors) {
    const control = error.field?.length ? form.querySelector<HTMLElement>(`[data-field="${error.field.join('.')}"]`) : null;
    if (!control) {
      general.push(error.line ? `Riga ${error.line}: ${error.message}` : error.message);
      continue;
    }
    const id = `field-error-${++errorIds}`;
    control.setAttribute('aria-invalid', 'true');
    control.setAttribute('aria-describedby', id);
    control.closest('label')?.after(el('span', { className: 'field-error', id, textContent: error.message }));
    if (!control.closest('label')) control.after(el('span', { className: 'field-error', id, textContent: error.message }));
  }
  area.replaceChildren(
    notice(errors.length === 1 ? 'Non salvato: c’è un errore.' : `Non salvato: ci sono ${errors.length} errori.`, 'error'),
    ...general.map((g) => el('p', { className: 'field-error' }, g)),
  );
}
