import { $, el } from './dom.js';
import { SignInNeeded } from './graph.js';
import { showHistory } from './history.js';
import { showImports } from './imports.js';
import { showPoint } from './point.js';
import { showPoints } from './points.js';
import { current, forget, type Staff, signOut, startSession } from './session.js';
import { showSignIn } from './sign-in.js';
import './style.css';

/**
 * The back office: one page, its views by the address's hash (#punti, #punto/<id>, #storia/<id>,
 * #importa). Signed out, or once the token expires or is refused, it shows the sign-in and comes back
 * to the same view after it; edits in progress are kept meanwhile (draft.ts).
 */

const main = $('main');
let expiry: number | undefined;

function header(staff: Staff | null): void {
  const nav = $('nav');
  const who = $('who');
  if (!staff) {
    nav.replaceChildren();
    who.replaceChildren();
    return;
  }
  nav.replaceChildren(el('a', { href: '#punti' }, 'Punti'), ...(staff.admin ? [el('a', { href: '#importa' }, 'Importazioni')] : []));
  const out = el('button', { type: 'button', className: 'secondary', textContent: 'Esci' });
  out.onclick = () => void signOut().then(() => route());
  const role = staff.admin ? 'amministratore' : `redattore dei Municipi ${staff.municipi.join(', ')}`;
  who.replaceChildren(el('span', {}, `${staff.sub} · ${role}`), out);
}

/** Asks to sign in again; drafts stay, and the same view comes back after. */
async function expired(): Promise<void> {
  await forget();
  header(null);
  showSignIn(main, 'La sessione è scaduta o non è più valida: accedi di nuovo. Le modifiche non salvate sono conservate.', () => route());
}

async function route(): Promise<void> {
  const staff = current();
  header(staff);
  window.clearTimeout(expiry);
  document.body.dataset.ready = 'false';
  try {
    if (!staff) {
      showSignIn(main, null, () => route());
      return;
    }
    // The token's end: sign in again then, not at the next failed save.
    expiry = window.setTimeout(() => void expired(), Math.min(staff.exp * 1000 - Date.now(), 2 ** 31 - 1));
    const [view, ...rest] = location.hash.replace(/^#/, '').split('/');
    const id = decodeURIComponent(rest.join('/'));
    if (view === 'punto' && id) await showPoint(main, staff, id);
    else if (view === 'storia' && id) await showHistory(main, id);
    else if (view === 'importa' && staff.admin) showImports(main);
    else await showPoints(main, staff);
    main.querySelector<HTMLElement>('h2')?.focus();
  } catch (error) {
    failed(error);
  } finally {
    document.body.dataset.ready = 'true';
  }
}

function failed(error: unknown): void {
  if (error instanceof SignInNeeded) {
    void expired();
    return;
  }
  const box = $('error');
  box.hidden = false;
  box.textContent = `Il grafo non ha risposto: ${error instanceof Error ? error.message : String(error)}`;
}

window.addEventListener('unhandledrejection', (event) => {
  event.preventDefault();
  failed(event.reason);
});
window.addEventListener('hashchange', () => void route());
// The hash names the view: the skip link moves the focus to the content itself, leaving the hash (and the view) as they are.
$('skip').onclick = (event) => {
  event.preventDefault();
  main.focus();
};
startSession()
  .catch(failed)
  .then(() => route());
