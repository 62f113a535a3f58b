import {
  BackofficeImportCallDocument,
  BackofficeImportLevaCivicaDocument,
  BackofficeImportPointsDocument,
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

/** Stages the text in parts and answers the upload's id (admins; the parts live until the import, at most an hour). */
async function staged(kind: 'points' | 'call', text: string): Promise<string> {
  const uploadId = crypto.randomUUID();
  for (let index = 0; index * PART < text.length; index++) {
    const input = { uploadId, index, text: text.slice(index * PART, (index + 1) * PART) };
    const errors =
      kind === 'points'
        ? (await send(BackofficeStagePointsPartDocument, { input })).stagePointsImportPart.userErrors
        : (await send(BackofficeStageCallPartDocument, { input })).stageServizioCivileCallImportPart.userErrors;
    if (errors.length) throw new ImportRefused(errors);
  }
  return uploadId;
}

class ImportRefused extends Error {
  constructor(readonly problems: Problem[]) {
    super('refused');
  }
}

/** One import (or its dry run): the report, or the problems that refused it (nothing written). */
async function runImport(kind: Kind, text: string, name: string, dryRun: boolean): Promise<Report> {
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
    const input = large ? { uploadId: await staged('call', text), dryRun } : { document: text, dryRun };
    const { report, userErrors } = (await send(BackofficeImportCallDocument, { input })).importServizioCivileCall;
    if (!report) throw new ImportRefused(userErrors);
    return {
      dryRun: report.dryRun,
      counts: [['Inserimenti', report.placements], ...counts(report)],
      warnings: report.warnings,
      records: [`Bando ${report.callYear}`],
    };
  }
  const format: PointsFileFormat = kind === 'points-csv' ? 'CSV' : 'JSON';
  const input = large ? { uploadId: await staged('points', text), format, dryRun } : { document: text, documentName: name, format, dryRun };
  const { report, userErrors } = (await send(BackofficeImportPointsDocument, { input })).importPoints;
  if (!report) throw new ImportRefused(userErrors);
  return {
    dryRun: report.dryRun,
    counts: [['Punti nel file', report.points], ...counts(report)],
    warnings: [],
    records: report.records
      .slice(0, 50)
      .map(
        (r) =>
          `riga ${r.line} ${r.id}: ${r.action === 'CREATED' ? 'nuovo' : 'aggiornato'}${r.changes.length ? ` — ${r.changes.map((c) => `${c.field}: ${JSON.stringify(c.from)} → ${JSON.stringify(c.to)}`).join('; ')}` : ''}`,
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
  const out = el('div', { className: 'import-result', ariaLive: 'polite' });
  let chosen: { name: string; text: string } | null = null;

  const dryRun = async () => {
    if (!chosen) return;
    const what = (kind.value as Kind) || kindOf(chosen.name, chosen.text);
    out.replaceChildren(notice(`Prova di ${chosen.name} in corso…`));
    const outcome = await attempt(() => runImport(what, chosen?.text ?? '', chosen?.name ?? '', true));
    if (!outcome) return;
    const confirm = el('button', { type: 'button', textContent: 'Conferma l’importazione' });
    const cancel = el('button', { type: 'button', className: 'secondary', textContent: 'Annulla' });
    out.replaceChildren(reportView(outcome), el('div', { className: 'actions' }, confirm, cancel));
    out.querySelector<HTMLElement>('h3')?.focus();
    cancel.onclick = () => out.replaceChildren(notice('Importazione annullata: nulla è stato scritto.'));
    confirm.onclick = async () => {
      confirm.disabled = true;
      out.replaceChildren(notice('Importazione in corso…'));
      const done = await attempt(() => runImport(what, chosen?.text ?? '', chosen?.name ?? '', false));
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
