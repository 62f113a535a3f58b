/**
 * Reads a published Leva Civica project (the markdown the Comune publishes, e.g.
 * "Leva Civica nel Comune di Milano" / "La coesione sociale") into the fields of the project, its
 * site (sede progetto) and its hours plan, without touching the database.
 *
 * The document, as published:
 *
 *   # Leva Civica nel Comune di Milano            ← programme title (source.document, with the project title)
 *   ## Nome Progetto                              ← label; the project title is its value
 *   ### La coesione sociale
 *   si prevede l'impiego di 1 giovane             ← places
 *   #### Sede progetto:                           ← organisation, [unit,] street: one per line
 *   #### Descrizione                              ← description paragraphs
 *   Contesto … ⇥ Obiettivi … ⇥ Attività …         ← a table: context + needs, objectives, activities
 *   #### La giornata tipo … come segue:           ← typical day, then the hours plan in prose
 *
 * Real documents vary: heading levels, bold or plain labels, a label and its value on one line or
 * two, CRLF, the table as tab-separated HTML cells, a markdown pipe table or an HTML <table>. All of
 * these are read. Nothing is guessed: a value the text does not give, or gives in a shape this
 * parser does not know, is null (or an empty list) and a warning says so; every line of the
 * document that no field took is reported as a warning too, so the importer can show what it left.
 *
 * Not read, because they are not text of the document: ids (the importer matches by the project
 * title and the site name), the site's Municipio, coordinates and URL. The city of the site is read
 * only when the address line names it ("Largo Treves, 1 - 20124 Milano").
 *
 * Each part in the file named for what it reads: `project-text.ts` (inline text), `project-lines.ts`
 * (lines, labels, paragraphs; on the shared markdown reader, `shared/markdown/`), `project-table.ts`,
 * `project-site.ts`, `project-hours.ts`, `project-prose.ts`; the result's types in
 * `parsed-project.ts`. This file reads the title and places and puts the parts together.
 */

import { NotAProjectError, type ParsedLevaCivicaProject } from './parsed-project.js';
import { readHours } from './project-hours.js';
import { consume, type Doc, firstLabel, type Line, type Paragraph, readLines } from './project-lines.js';
import { documentParagraphs, readProse, sectionLines } from './project-prose.js';
import { readSite } from './project-site.js';
import { findTables, readTable } from './project-table.js';

export {
  NotAProjectError,
  type ParsedLevaCivicaHours,
  type ParsedLevaCivicaProject,
  type ParsedLevaCivicaProjectFields,
  type ParsedLevaCivicaSite,
  type ParsedSource,
} from './parsed-project.js';

/** The project title: the label's value on its line, or the next non-blank line. */
function readTitle(doc: Doc, nameLine: Line): string | null {
  doc.consumed.add(nameLine.index);
  const value = nameLine.label?.value ?? '';
  if (value !== '') return value;
  const next = doc.lines.slice(nameLine.index + 1).find((line) => !line.blank);
  // A name label followed straight by the places sentence has no name.
  if (!next || next.label !== null || /^si prevede\b/i.test(next.text)) return null;
  doc.consumed.add(next.index);
  return next.text;
}

const PLACES = /si prevede l['’]impiego di\s+(?:n\.?\s*)?(\d+|[a-z]+)\s+giovan[ei]\b/i;

const NUMBER_WORDS: Record<string, number> = {
  un: 1,
  uno: 1,
  una: 1,
  due: 2,
  tre: 3,
  quattro: 4,
  cinque: 5,
  sei: 6,
  sette: 7,
  otto: 8,
  nove: 9,
  dieci: 10,
};

/** "si prevede l'impiego di N giovani", in the first paragraph after the project name that says it. */
function readPlaces(doc: Doc, all: Paragraph[], from: number): number | null {
  for (const paragraph of all) {
    const match = (paragraph.lines[0] as number) >= from ? PLACES.exec(paragraph.text) : null;
    if (!match) continue;
    const word = (match[1] as string).toLowerCase();
    const places = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word];
    if (places === undefined) {
      doc.warnings.add(`line ${(paragraph.lines[0] as number) + 1}: places "${word}" is not a number`);
      return null;
    }
    consume(doc, paragraph);
    return places;
  }
  return null;
}

/** The programme title: the first line, when it comes before the project name and is no label. */
function readProgramme(doc: Doc, nameLine: Line): string | null {
  const first = doc.lines.find((line) => !line.blank);
  if (!first || first.index >= nameLine.index || first.label !== null) return null;
  doc.consumed.add(first.index);
  if (!/leva civica/i.test(first.text)) doc.warnings.add(`the document title "${first.text}" does not name Leva Civica`);
  return first.text;
}

export function parseLevaCivicaProject(text: string): ParsedLevaCivicaProject {
  const warnings = new Set<string>();
  const lines = readLines(text, warnings);
  const doc: Doc = { lines, tables: findTables(lines), consumed: new Set(), warnings };

  const all = documentParagraphs(doc);
  const nameLine = firstLabel(doc, 'name', 'project name');
  const title = nameLine ? readTitle(doc, nameLine) : null;
  const places = readPlaces(doc, all, nameLine?.index ?? 0);
  const missing = [...(title === null ? ['project name'] : []), ...(places === null ? ['places'] : [])];
  if (title === null || places === null || !nameLine) throw new NotAProjectError(missing);

  const programme = readProgramme(doc, nameLine);
  if (programme === null) warnings.add('no document title before the project name: source.document is the project title alone');
  const document = programme === null ? title : `${programme} - ${title}`;

  const siteLine = firstLabel(doc, 'site', 'site');
  const descriptionLine = firstLabel(doc, 'description', 'description');
  const typicalDayLine = firstLabel(doc, 'typicalDay', 'typical day');

  // The hours plan is prose too: it is looked for everywhere but in the site and the description,
  // whose words ("su 5 giorni") must not be taken for it.
  const elsewhere = new Set([...sectionLines(doc, siteLine), ...sectionLines(doc, descriptionLine)]);
  const { hours, read } = readHours(
    doc,
    all.filter((paragraph) => !elsewhere.has(paragraph.lines[0] as number)),
  );
  if (!siteLine) warnings.add('site (Sede progetto) not found');
  const site = siteLine ? readSite(doc, siteLine, document) : null;
  const description = readProse(doc, descriptionLine, read, all, 'description');
  const table = readTable(doc);
  const typicalDay = readProse(doc, typicalDayLine, read, all, 'typical day');

  for (const line of lines) {
    if (!line.blank && !doc.consumed.has(line.index)) warnings.add(`line ${line.index + 1} not read: "${line.text}"`);
  }

  return {
    project: {
      title,
      places,
      description,
      ...table,
      typicalDay,
      hours,
      source: { document, section: `${nameLine.label?.name}: ${title}`, url: null },
    },
    site,
    warnings: [...warnings],
  };
}
