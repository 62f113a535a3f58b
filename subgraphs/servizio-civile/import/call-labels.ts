import { type Label, splitAtColon } from '../../shared/markdown/labels.js';

// The labels of the national call form, recognised by their words, never by their markup.

export type LabelKey =
  | 'programme'
  | 'sector'
  | 'sites'
  | 'context'
  | 'objectives'
  | 'role'
  | 'activities'
  | 'hours'
  | 'days'
  | 'obligations'
  | 'requirements';

export type CallLabel = Label<LabelKey>;

const NOT_WORD = '(?![\\p{L}\\p{N}])';
const label = (source: string) => new RegExp(`^(?:${source})${NOT_WORD}`, 'iu');

/**
 * The labels of the national call form. `end` marks where a label without colon stops, so that a
 * value written on the same line («… (minimo 5 massimo 6) 5») is still found.
 */
const LABELS: { key: LabelKey; start: RegExp; end?: RegExp }[] = [
  { key: 'programme', start: label('programma') },
  { key: 'sector', start: label('settor[ei]') },
  { key: 'sites', start: label('sedi\\s+(?:di\\s+)?(?:attuazione|realizzazione)') },
  { key: 'context', start: label("descrizione\\s+dell(?:['’]\\s*|a\\s+)area|descrizione\\s+del\\s+contesto") },
  { key: 'objectives', start: label('obiettivi\\s+(?:del\\s+progetto|di\\s+progetto)') },
  { key: 'role', start: label('ruolo\\s+(?:ed?\\s+)?attivit[àa]') },
  { key: 'activities', start: label('attivit[àa]\\s+di\\s+progetto') },
  {
    key: 'hours',
    start: label('numero\\s+(?:di\\s+)?ore\\s+di\\s+servizio|monte\\s+ore'),
    end: /monte\s+ore(?:\s+annu[oi])?(?![\p{L}\p{N}])/iu,
  },
  { key: 'days', start: label('giorni\\s+di\\s+servizio'), end: /\(\s*minimo[^)]*\)/iu },
  { key: 'obligations', start: label('(?:eventuali\\s+)?particolari\\s+obblighi') },
  { key: 'requirements', start: label('(?:eventuali\\s+)?requisiti\\s+richiesti'), end: /n\.\s*64(?![\p{L}\p{N}])/iu },
];

/**
 * A line is a label when it starts with a label's words and looks like one: marked up (heading or
 * emphasis), or ended by a colon, or short and not a sentence. «Obiettivi del progetto sono…» in
 * running text is not a label.
 */
export function readLabel(text: string, markedUp: boolean): CallLabel | null {
  for (const { key, start, end } of LABELS) {
    const match = start.exec(text);
    if (!match) continue;
    const split = splitAtColon(text, match[0].length, 240);
    if (split) return { key, ...split };
    const stop = end?.exec(text);
    if (stop) {
      const at = stop.index + stop[0].length;
      return { key, name: text.slice(0, at).trim(), value: text.slice(at).trim() };
    }
    if (markedUp || (text.length <= 240 && !/[.;!?]$/.test(text))) return { key, name: text.trim(), value: '' };
    return null;
  }
  return null;
}
