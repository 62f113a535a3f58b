import { describe, expect, it } from 'vitest';
import { CallReader, type ParsedCall, parseCallDocument } from '../subgraphs/servizio-civile/import/parse-call.js';
import { bando2022 } from '../subgraphs/servizio-civile/import/spec-fixtures.js';
import { nationalCallText } from './support/national-call.js';

// The call's text read as it comes, in parts cut anywhere, as the importer reads a staged upload.

/** What the reader gives for these parts, put together as parseCallDocument answers; and when each project came. */
function inParts(parts: string[]): { call: ParsedCall; before: number } {
  const reader = new CallReader();
  const read = parts.flatMap((part) => reader.write(part));
  const before = read.length;
  read.push(...reader.end());
  expect(reader.missing).toEqual([]);
  const removed = reader.removedCharacters();
  return {
    call: {
      call: reader.call as ParsedCall['call'],
      programmes: read.flatMap((p) => (p.programme ? [p.programme] : [])),
      projects: read.map((p) => p.project),
      sites: read.flatMap((p) => p.sites),
      placements: read.flatMap((p) => p.placements),
      warnings: removed ? [removed, ...reader.warnings] : reader.warnings,
    },
    before,
  };
}

const cut = (text: string, every: number) =>
  Array.from({ length: Math.ceil(text.length / every) }, (_, i) => text.slice(i * every, (i + 1) * every));

// Fifteen projects in three programmes, sites shared between projects, CRLF line ends, an invisible character.
const national = `${nationalCallText(2031, { projects: 15, placements: 60, sites: 50 }).replace(/\n/g, '\r\n').replace('Sportello civico', 'Sportello\u200B civico')}`;

describe('a call read in parts cut anywhere', () => {
  it.each([
    ['the 2022 call', bando2022],
    ['a call of fifteen projects, CRLF', national],
    [
      'the 2022 call, CRLF, with text it cannot place (a warning that names its line)',
      bando2022
        .replace('- Attività di back office.\n', '- Attività di back office.\n\nUn paragrafo che non è né attività né azione.\n')
        .replace(/\n/g, '\r\n'),
    ],
  ])('%s: every cut gives what the whole text gives', (_name, text) => {
    const whole = parseCallDocument(text);
    expect(whole.projects.length).toBeGreaterThan(0);
    if (text.includes('Un paragrafo')) expect(whole.warnings.join()).toContain('(line 84)');
    for (const every of [1, 2, 7, 97, 1000, text.length]) expect(inParts(cut(text, every)).call, `parts of ${every}`).toStrictEqual(whole);
    // Cut right after each CR: a CRLF split between two parts is one line end.
    const crs = [...text.matchAll(/\r/g)].map((m) => (m.index ?? 0) + 1);
    const parts = crs.map((end, i) => text.slice(crs[i - 1] ?? 0, end)).concat(text.slice(crs.at(-1) ?? 0));
    expect(inParts(parts).call).toStrictEqual(whole);
  });

  it('gives each project as soon as the next begins, not at the end of the text', () => {
    const lines = national.split(/(?<=\n)/);
    const { call, before } = inParts(lines);
    expect(call.projects).toHaveLength(15);
    // Only the last project waits for the end of the text.
    expect(before).toBe(14);
    expect(call.warnings[0]).toMatch(/^Removed control or invisible formatting characters from the text: U\+200B ×1/);
  });
});
