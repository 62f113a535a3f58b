import {
  BackofficeCallImportProgressDocument,
  BackofficeImportCallDocument,
  BackofficeImportLevaCivicaDocument,
  BackofficeImportPointsDocument,
  BackofficePointsImportProgressDocument,
  BackofficeStageCallPartDocument,
  BackofficeStagePointsPartDocument,
  type PointsFileFormat,
} from '../../isomorphic/graph-documents.generated.js';
import { el, field, headerRow, input, notice, select } from './dom.js';
import { type Problem, SignInNeeded, send } from './graph.js';

type Kind = 'points-csv' | 'points-json' | 'leva-civica' | 'call';
const KINDS: [string, string][] = [
  ['', 'Dal file (estensione e primo titolo)'],
  ['leva-civica', 'Progetto di Leva Civica (testo del documento)'],
  ['call', 'Bando di Servizio Civile (testo del documento)'],
  ['points-csv', 'Punti (CSV)'],
  ['points-json', 'Punti (JSON)'],
];

/** As `npm run import` tells them (scripts/import.ts): by the extension, and for text by the programme its first heading names. */
function kindOf(name: string, text: string): Kind {
  if (/\.csv$/i.test(name)) return 'points-csv';
  if (/\.json$/i.test(name)) return 'points-json';
  const heading = text.split(/\r?\n/).find((line) => line.trim().length > 0) ?? '';
  return /leva civica/i.test(heading) ? 'leva-civica' : 'call';
}

/** Above this, a points file or a call goes in staged parts, as the CLI cuts them (the request body limit is 1 MB). */
const PART = 150_000;

interface Report {
  dryRun: boolean;
  counts: [string, number][];
  warnings: string[];
  records: string[];
}

/**
 * What the person sees while a large file goes: a <progress> and, in a live region, the part being
 * sent ("parte k di n"), then how far the import has gone as the subgraph running it says
 * (import-progress.ts), read every POLL_MS while the import's request is pending.
 */
class ImportProgressView {
  readonly element: HTMLElement;
  private readonly bar = el('progress', { max: 1, value: 0 });
  private readonly text = el('p', { role: 'status', id: 'import-progress-text' });

  constructor() {
    this.bar.setAttribute('aria-labelledby', 'import-progress-text');
    this.element = el('div', { className: 'import-progress' }, this.text, this.bar);
  }

  show(text: string, done?: number, total?: number | null): void {
    this.text.textContent = text;
    if (done === undefined || !total) this.bar.removeAttribute('value');
    else Object.assign(this.bar, { max: total, value: done });
  }
}

const POLL_MS = 500;
const PHASES = { READING: 'lettura del file', WRITING: 'scrittura', COMMITTING: 'conferma della transazione' } as const;

/** Stages the text in parts and answers the upload's id (admins; the parts live until the import, at most an hour). */
async function staged(kind: 'points' | 'call', text: string, view: ImportProgressView): Promise<string> {
  const uploadId = crypto.randomUUID();
  const parts = Math.ceil(text.length / PART);
  for (let index = 0; index < parts; index++) {
    view.show(`Invio del file: parte ${index + 1} di ${parts}`, index, parts);
    const input = { uploadId, index, text: text.slice(index * PART, (index + 1) * PART) };
    const errors =
      kind === 'points'
        ? (await send(BackofficeStagePointsPartDocument, { input })).stagePointsImportPart.userErrors
        : (await send(BackofficeStageCallPartDocument, { input })).stageServizioCivileCallImportPart.userErrors;
    if (errors.length) throw new ImportRefused(errors);
  }
  return uploadId;
}

/** The import's request, with its progress shown while it is pending: `what` names the records ("punti"). */
async function watched<T>(
  kind: 'points' | 'call',
  uploadId: string,
  what: string,
  view: ImportProgressView,
  request: Promise<T>,
): Promise<T> {
  let pending = true;
  const settled = () => {
    pending = false;
  };
  request.then(settled, settled);
  view.show('Importazione: il file è stato inviato, attendo il grafo…');
  while (pending) {
    await Promise.race([request.then(settled, settled), new Promise((resolve) => setTimeout(resolve, POLL_MS))]);
    if (!pending) break;
    const progress =
      kind === 'points'
        ? (await send(BackofficePointsImportProgressDocument, { uploadId })).pointsImportProgress
        : (await send(BackofficeCallImportProgressDocument, { uploadId })).servizioCivileCallImportProgress;
    // Null: not started, ended, or run by another replica of the subgraph; the request says which.
    if (progress && pending)
      view.show(
        // A call is written as it is read: how many records it holds is known only at its end.
        progress.phase === 'WRITING'
          ? `Importazione: ${progress.done.toLocaleString('it-IT')}${progress.total ? ` di ${progress.total.toLocaleString('it-IT')}` : ''} ${what} scritti`
          : `Importazione: ${PHASES[progress.phase]}…`,
        progress.done,
        progress.total,
      );
  }
  return request;
}

class ImportRefused extends Error {
  constructor(readonly problems: Problem[]) {
    super('refused');
  }
}

/** One import (or its dry run): the report, or the problems that refused it (nothing written). */
async function runImport(kind: Kind, text: string, name: string, dryRun: boolean, view: ImportProgressView): Promise<Report> {
  const large = text.length > PART;
  if (kind === 'leva-civica') {
    const { report, userErrors } = (await send(BackofficeImportLevaCivicaDocument, { input: { document: text, dryRun } }))
      .importLevaCivicaProject;
    if (!report) throw new ImportRefused(userErrors);
    return {
      dryRun: report.dryRun,
      counts: [['Posti', report.places], ...counts(report)],
      warnings: report.warnings,
      records: [`Progetto: ${report.title}`],
    };
  }
  if (kind === 'call') {
    const uploadId = large ? await staged('call', text, view) : null;
    const request = send(BackofficeImportCallDocument, { input: uploadId ? { uploadId, dryRun } : { document: text, dryRun } });
    const answer = uploadId ? await watched('call', uploadId, 'sedi e inserimenti', view, request) : await request;
    const { report, userErrors } = answer.importServizioCivileCall;
    if (!report) throw new ImportRefused(userErrors);
    return {
      dryRun: report.dryRun,
      counts: [['Inserimenti', report.placements], ...counts(report)],
      warnings: report.warnings,
      records: [`Bando ${report.callYear}`],
    };
  }
  const format: PointsFileFormat = kind === 'points-csv' ? 'CSV' : 'JSON';
  const uploadId = large ? await staged('points', text, view) : null;
  const request = send(BackofficeImportPointsDocument, {
    input: uploadId ? { uploadId, format, dryRun } : { document: text, documentName: name, format, dryRun },
  });
  const { report, userErrors } = (uploadId ? await watched('points', uploadId, 'punti', view, request) : await request).importPoints;
  if (!report) throw new ImportRefused(userErrors);
  return {
    dryRun: report.dryRun,
    counts: [['Punti nel file', report.points], ...counts(report)],
    warnings: [],
    records: report.records
      .slice(0, 50)
      .map(
        (r) =>
          `riga ${r.line} ${r.pointId}: ${r.action === 'CREATED' ? 'nuovo' : 'aggiornato'}${r.changes.length ? ` — ${r.changes.map((c) => `${c.field}: ${JSON.stringify(c.from)} → ${JSON.stringify(c.to)}`).join('; ')}` : ''}`,
      ),
  };
}

const counts = (r: { created: number; updated: number; unchanged: number }): [string, number][] => [
  ['Nuovi', r.created],
  ['Aggiornati', r.updated],
  ['Invariati', r.unchanged],
];

function reportView(report: Report): HTMLElement {
  return el(
    'div',
    { className: 'report' },
    el('h3', { tabIndex: -1 }, report.dryRun ? 'Prova (nulla è stato scritto)' : 'Importazione eseguita'),
    el(
      'table',
      { className: 'counts' },
      headerRow('Voce', 'Quanti'),
      el(
        'tbody',
        {},
        ...report.counts.map(([k, v]) => el('tr', {}, el('th', { scope: 'row' }, k), el('td', { className: 'number' }, String(v)))),
      ),
    ),
    ...(report.records.length ? [el('ul', { className: 'records' }, ...report.records.map((r) => el('li', {}, r)))] : []),
    ...(report.warnings.length
      ? [el('h4', {}, 'Avvertenze'), el('ul', { className: 'warnings' }, ...report.warnings.map((w) => el('li', {}, w)))]
      : []),
  );
}

function problemsView(problems: Problem[]): HTMLElement {
  return el(
    'div',
    { className: 'report' },
    notice('Il file è stato rifiutato: nulla è stato importato.', 'error'),
    el(
      'ul',
      { className: 'problems' },
      ...problems.map((p) => el('li', {}, `${p.line ? `Riga ${p.line}: ` : ''}${p.message} (${p.code})`)),
    ),
  );
}

/**
 * Imports, for admins: a file is dropped or chosen, its dry run is shown (what would be created,
 * updated and left unchanged, the warnings, the bad rows with their line), and only a confirmation
 * imports it, with the report of what was committed.
 */
export function showImports(main: HTMLElement): void {
  const file = input({ type: 'file', accept: '.md,.txt,.csv,.json,text/plain,text/csv,application/json' });
  const kind = select(KINDS, '');
  const zone = el(
    'div',
    { className: 'drop-zone' },
    field('File da importare (oppure trascinalo qui)', file),
    field('Tipo di documento', kind),
  );
  // Its notices and the progress announce themselves (role status or alert); the report takes the focus.
  const out = el('div', { className: 'import-result' });
  let chosen: { name: string; text: string } | null = null;

  const dryRun = async () => {
    if (!chosen) return;
    const what = (kind.value as Kind) || kindOf(chosen.name, chosen.text);
    const view = new ImportProgressView();
    view.show(`Prova di ${chosen.name} in corso…`);
    out.replaceChildren(view.element);
    const outcome = await attempt(() => runImport(what, chosen?.text ?? '', chosen?.name ?? '', true, view));
    if (!outcome) return;
    const confirm = el('button', { type: 'button', textContent: 'Conferma l’importazione' });
    const cancel = el('button', { type: 'button', className: 'secondary', textContent: 'Annulla' });
    out.replaceChildren(reportView(outcome), el('div', { className: 'actions' }, confirm, cancel));
    out.querySelector<HTMLElement>('h3')?.focus();
    cancel.onclick = () => out.replaceChildren(notice('Importazione annullata: nulla è stato scritto.'));
    confirm.onclick = async () => {
      confirm.disabled = true;
      const view = new ImportProgressView();
      view.show('Importazione in corso…');
      out.replaceChildren(view.element);
      const done = await attempt(() => runImport(what, chosen?.text ?? '', chosen?.name ?? '', false, view));
      if (done) out.replaceChildren(reportView(done));
      out.querySelector<HTMLElement>('h3')?.focus();
    };
  };
  const attempt = async (run: () => Promise<Report>): Promise<Report | null> => {
    try {
      return await run();
    } catch (error) {
      if (error instanceof ImportRefused) out.replaceChildren(problemsView(error.problems));
      else if (error instanceof SignInNeeded) throw error;
      else out.replaceChildren(notice(`Il grafo non ha risposto: ${(error as Error).message}`, 'error'));
      return null;
    }
  };
  const take = async (picked: File | undefined) => {
    if (!picked) return;
    chosen = { name: picked.name, text: await picked.text() };
    await dryRun();
  };
  file.onchange = () => void take(file.files?.[0]);
  kind.onchange = () => void dryRun();
  zone.ondragover = (event) => {
    event.preventDefault();
    zone.classList.add('over');
  };
  zone.ondragleave = () => zone.classList.remove('over');
  zone.ondrop = (event) => {
    event.preventDefault();
    zone.classList.remove('over');
    void take(event.dataTransfer?.files[0]);
  };
  main.replaceChildren(
    el('h2', { tabIndex: -1 }, 'Importazioni'),
    el(
      'p',
      {},
      'Un progetto di Leva Civica o un bando di Servizio Civile (il testo del documento pubblicato), oppure punti con i loro orari (CSV o JSON). Prima una prova, che non scrive nulla; poi, se confermi, l’importazione, tutta o niente.',
    ),
    zone,
    out,
  );
}
