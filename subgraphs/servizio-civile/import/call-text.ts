import { codePointName } from '../../shared/markdown/characters.js';
import { unifyLineBreaks } from '../../shared/markdown/lines.js';
import { NotACallError } from './parsed-call.js';

// Text clean-up: what a call's text says once the conversion's debris and markdown markup are gone.

/**
 * NUL bytes are refused: they mean a binary file or UTF-16 read as UTF-8, and stripping them would
 * hide that. Other control and invisible format characters (bell, soft hyphen, zero-width space,
 * bidi overrides…) are stripped with a warning; page breaks, vertical tabs and Unicode line
 * separators become line breaks. Tabs survive only as table separators (see `contentOf`).
 */
export function cleanText(text: string, warnings: string[]): string {
  const cleaner = new TextCleaner();
  const clean = cleaner.clean(text);
  const warning = cleaner.warning();
  if (warning) warnings.push(warning);
  return clean;
}

/**
 * `cleanText` for a text read in pieces, each of whole lines (the call reader's): the characters
 * removed are counted across the pieces and told once, at the end.
 */
export class TextCleaner {
  private readonly removed = new Map<string, number>();

  clean(text: string): string {
    if (text.includes('\0')) {
      throw new NotACallError(['readable text: it contains NUL bytes (a binary file, or UTF-16 text read as UTF-8?)']);
    }
    const kept = unifyLineBreaks(text).replace(/[\p{Cc}\p{Cf}]/gu, (char) => {
      if (char === '\n' || char === '\t') return char;
      const code = codePointName(char);
      this.removed.set(code, (this.removed.get(code) ?? 0) + 1);
      return '';
    });
    // Composed and decomposed accents are the same text; one form keeps comparisons exact.
    return kept.normalize('NFC');
  }

  /** What was removed, as a warning; null when nothing was. */
  warning(): string | null {
    if (this.removed.size === 0) return null;
    const list = [...this.removed].map(([code, count]) => `${code} ×${count}`).join(', ');
    return `Removed control or invisible formatting characters from the text: ${list}.`;
  }
}

/** Accent-, case-, space- and punctuation-insensitive key: «SmartCity» = «Smart City», «Città» = «citta». */
export function normKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Removes markdown emphasis: `**bold**`, `***both***`, `*italic*`, `_italic_`, and stray bold marks (the 2022 text has some). */
export function stripEmphasis(text: string): string {
  return text
    .replace(/\*{2,}|_{2,}/g, '')
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*\n]*?\S)\*(?![\p{L}\p{N}])/gu, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_\n]*?\S)_(?![\p{L}\p{N}])/gu, '$1$2');
}

/** True when the whole text is one emphasis span: `**X**`, `*X*`, `***X***`, `__X__`. */
export function isWhollyEmphasised(text: string): boolean {
  const match = /^(\*{1,3}|_{1,3})(\S[\s\S]*?)\1$/.exec(text);
  if (!match) return false;
  const [, marker = '', inner = ''] = match;
  return !inner.includes(marker) && /[\p{L}\p{N}]/u.test(inner);
}

/** Removes one pair of quotation marks around a whole title: the document quotes programme titles. */
export function unquote(text: string): string {
  const match = /^(["“«‘'])([\s\S]+)(["”»’'])$/.exec(text.trim());
  if (!match) return text.trim();
  const pairs: Record<string, string> = { '"': '"', '“': '”', '«': '»', '‘': '’', "'": "'" };
  return pairs[match[1] ?? ''] === match[3] ? (match[2] ?? '').trim() : text.trim();
}

const SMALL_WORDS = new Set(
  'a ad al ai agli alla alle allo con da dai dagli dal dalla dalle dallo de dei degli del della delle dello di e ed gli i il in la le lo nei negli nel nella nelle nello per su sui sul sulla tra fra'.split(
    ' ',
  ),
);

/** «COMUNE DI MILANO» → «Comune di Milano»: names in capitals as running text writes them. Mixed case is kept. */
export function asRunningText(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name
    .toLowerCase()
    .split(/(\s+)/)
    .map((word, index) => (index > 0 && SMALL_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join('');
}

export function excerpt(text: string, length = 70): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
