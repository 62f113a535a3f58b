import { el, field, input, notice } from './dom.js';
import { signInLocally, signInMode, signInWithProvider } from './session.js';

/**
 * The sign-in view. With the Comune's provider, one button that goes there. Without one, the local
 * development sign-in, marked as such: a role, the Municipi of an editor, and a name for the audit trail.
 */
export function showSignIn(main: HTMLElement, reason: string | null, signedIn: () => void): void {
  const intro = reason ? [notice(reason, 'error')] : [];
  const mode = signInMode();
  if (mode === 'oidc') {
    const go = el('button', { type: 'button', textContent: 'Accedi con l’account del Comune' });
    go.onclick = () => void signInWithProvider();
    main.replaceChildren(el('h2', { tabIndex: -1 }, 'Accesso'), ...intro, el('p', {}, go));
    return;
  }
  if (mode === 'none') {
    main.replaceChildren(
      el('h2', { tabIndex: -1 }, 'Accesso'),
      notice(
        'Questo hub si fida di un provider di identità che non ha indicato al back office (HUB_OIDC_ISSUER): l’accesso non è disponibile.',
        'error',
      ),
    );
    return;
  }
  const admin = input({ type: 'radio', name: 'role', value: 'admin' });
  const editor = input({ type: 'radio', name: 'role', value: 'editor', checked: true });
  const municipi = Array.from({ length: 9 }, (_, i) => input({ type: 'checkbox', name: 'municipio', value: String(i + 1) }));
  const name = input({ type: 'text', name: 'name', value: 'editor@local', autocomplete: 'username' });
  const area = el('div', { className: 'messages' });
  const form = el(
    'form',
    { className: 'sign-in card' },
    el(
      'fieldset',
      {},
      el('legend', {}, 'Ruolo'),
      el('label', { className: 'check' }, editor, ' Redattore (i punti dei Municipi scelti)'),
      el('label', { className: 'check' }, admin, ' Amministratore (tutto, importazioni comprese)'),
    ),
    el(
      'fieldset',
      { className: 'municipi' },
      el('legend', {}, 'Municipi del redattore'),
      ...municipi.map((box) => el('label', { className: 'check' }, box, ` ${box.value}`)),
    ),
    field('Nome (scritto nella storia delle modifiche)', name),
    el('div', { className: 'actions' }, el('button', { type: 'submit', textContent: 'Accedi' })),
    area,
  );
  admin.onchange = editor.onchange = () => {
    if (name.value === 'editor@local' || name.value === 'admin@local') name.value = admin.checked ? 'admin@local' : 'editor@local';
  };
  form.onsubmit = (event) => {
    event.preventDefault();
    const role = admin.checked ? 'admin' : 'editor';
    const chosen = role === 'admin' ? [] : municipi.filter((m) => m.checked).map((m) => Number(m.value));
    signInLocally({ role, municipi: chosen, name: name.value.trim() })
      .then(signedIn)
      .catch((error: Error) => area.replaceChildren(notice(`Accesso rifiutato: ${error.message}`, 'error')));
  };
  main.replaceChildren(
    el('h2', { tabIndex: -1 }, 'Accesso locale di sviluppo'),
    ...intro,
    el(
      'p',
      { className: 'dev-warning' },
      'Accesso locale di sviluppo: nessun provider di identità è configurato, e questo hub firma da sé un token con la sua chiave incorporata. Risponde solo su questo computer. In produzione si accede con l’account del Comune.',
    ),
    form,
  );
}
