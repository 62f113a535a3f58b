import { readFileSync } from 'node:fs';
import seed from '../seed/coesione-sociale.json' with { type: 'json' };
import { type ParsedLevaCivicaProject, parseLevaCivicaProject } from './parse-project.js';

// The published documents, as the copies kept in the repository (test/fixtures/seeds, checked against ../shared).
// Every variant below is derived from the real text by a transformation real documents show, and must read the same.

export const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/seeds/${name}`, import.meta.url), 'utf8');
export const REAL = fixture('leva-civica-coesione-sociale.md');

/** The hand transcription, without ids (the importer matches by title and site name). */
export function transcription() {
  const { id: _siteId, ...site } = seed.sites[0] as (typeof seed.sites)[number];
  const { id: _projectId, site: _siteRef, ...project } = seed.projects[0] as (typeof seed.projects)[number];
  // Interpretation, not text of the document: the address line is "Largo Treves, 1", no city.
  return { project, site: { ...site, address: { ...site.address, city: null } } };
}

export function parsed(text: string): ParsedLevaCivicaProject {
  return parseLevaCivicaProject(text);
}

/** Replaces one exact piece of the real text, failing loudly if the piece is not there. */
export function edit(text: string, from: string | RegExp, to: string): string {
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`variant did not change: ${from}`);
  return changed;
}

export const TAB_HEADER = REAL.split('\n').find((line) => line.startsWith('Contesto')) as string;
export const TAB_ROW = REAL.split('\n').find((line) => line.startsWith('<p>')) as string;
export const HEADER_CELLS = TAB_HEADER.split('\t');
export const ROW_CELLS = TAB_ROW.split('\t');
export const TAB_TABLE = `${TAB_HEADER}\n${TAB_ROW}`;
export const DAY_HEADING = '#### La giornata tipo del giovane inserito in questo progetto può essere sintetizzata come segue:';
export const DESCRIPTION = seed.projects[0]?.description as string;
export const TYPICAL_DAY = seed.projects[0]?.typicalDay as string;
