import { describe, expect, it } from 'vitest';
import { parseCallDocument } from './parse-call.js';
import { bando2022, bando2022With, expected, parsed, refusal } from './spec-fixtures.js';

/** Every string of the result, to look for characters that must not pass. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('parseCallDocument and control characters', () => {
  it('refuses NUL bytes with a clear message', () => {
    const error = refusal(bando2022.replace('Via Larga', 'Via\0Larga'));
    expect(error.message).toBe(
      'Not a Servizio Civile call: readable text: it contains NUL bytes (a binary file, or UTF-16 text read as UTF-8?).',
    );
  });

  it('strips other control and invisible characters, saying which', () => {
    const text = bando2022With([
      ['Via Larga, 12\t2', 'Via Lar\u0007ga, 12\t2'],
      ['## Municipio 2 – Municipio 9', '## Munici\u200Bpio 2 – Municipio 9'],
      ['Decentramento Cittadino', 'Decentra\u00ADmento Cittadino\u202E'],
      ['Nessuno\n\n# One Stop Shop', 'Nessuno\n\f\n# One Stop Shop'],
      ['ufficio\u001B', ''],
    ]);
    const result = parseCallDocument(text);
    expect(parsed(text)).toStrictEqual(expected);
    expect(result.warnings[0]).toBe(
      'Removed control or invisible formatting characters from the text: U+0007 ×1, U+200B ×1, U+00AD ×1, U+202E ×1.',
    );
  });

  it('lets no control character but the paragraph line break through, even from tabs in running text', () => {
    const text = bando2022.replace("nel contesto dell'Area", "nel contesto\tdell'Area").replace('Nessuno', 'Nessuno\u0085');
    const result = parseCallDocument(text);
    const found = strings(result).filter((value) => /[\p{Cc}\p{Cf}]/u.test(value.replace(/\n/g, '')));
    expect(found).toStrictEqual([]);
    expect(result.placements[0]?.context).toMatch(/^Il progetto si inserisce nel contesto dell'Area/);
  });

  it('reads decomposed accents as the composed ones', () => {
    expect(parsed(bando2022.normalize('NFD'))).toStrictEqual(expected);
  });
});
