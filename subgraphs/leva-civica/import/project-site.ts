import type { ParsedLevaCivicaSite } from './parsed-project.js';
import { type Doc, type Line, sectionAfter } from './project-lines.js';

// The sede progetto: organisation, unit and street, one a line.

/** The first word of a street in Milan, for telling the address line from a unit. */
const STREET_START =
  /^(?:via|viale|v\.le|piazza|p\.za|piazzale|p\.le|largo|corso|c\.so|vicolo|strada|alzaia|ripa|bastioni|galleria|passaggio|foro|vico|borgo|cascina)\b/i;

/** A street word, or a civic number after a comma ("Largo Treves, 1"); "Municipio 9" is no address. */
function looksLikeAddress(text: string): boolean {
  return STREET_START.test(text) || /,\s*\d+/.test(text);
}

/** "Largo Treves, 1 - 20124 Milano (MI)": the street, and the postal code and city when written. */
function readAddress(text: string): ParsedLevaCivicaSite['address'] {
  const address = { street: text, postalCode: null as string | null, city: null as string | null, latitude: null, longitude: null };
  const withCode = /^(.+?)(?:\s*[,–-]\s*|\s+)(\d{5})\s+(\p{L}[\p{L}' ]*?)(?:\s*\(\p{Lu}{2}\))?$/u.exec(text);
  if (withCode) return { ...address, street: withCode[1] as string, postalCode: withCode[2] as string, city: withCode[3] as string };
  const withCity = /^(.+?)\s*[,–-]\s*(Milano)(?:\s*\(MI\))?$/iu.exec(text);
  if (withCity) return { ...address, street: withCity[1] as string, city: withCity[2] as string };
  return address;
}

/**
 * The sede progetto: one piece per line (or <br>): organisation, then the unit if there is one,
 * then the street. Any other shape is reported, not guessed at.
 */
export function readSite(doc: Doc, siteLine: Line, document: string): ParsedLevaCivicaSite | null {
  doc.consumed.add(siteLine.index);
  const section = sectionAfter(doc, siteLine).filter((line) => !line.blank);
  const pieces = section.flatMap((line) => line.text.split('\n').map((piece) => piece.trim()));
  const parts = pieces.filter((piece) => piece !== '');
  const street = parts.length >= 2 && looksLikeAddress(parts.at(-1) as string) ? (parts.pop() as string) : null;
  // One line that is an address has no organisation; more than organisation and unit is a shape we do not know.
  if (parts.length === 0 || parts.length > 2 || (parts.length === 1 && looksLikeAddress(parts[0] as string))) {
    doc.warnings.add(
      `site (line ${siteLine.index + 1}): expected organisation, unit and address on separate lines, found ${pieces.length} line(s); site not read`,
    );
    return null;
  }
  for (const line of section) doc.consumed.add(line.index);
  if (street === null) doc.warnings.add(`site (line ${siteLine.index + 1}): no address line`);
  const [organisation, unit = null] = parts as [string, string?];
  return {
    name: unit === null ? organisation : `${organisation} - ${unit}`,
    organisation,
    unit,
    address: street === null ? { street: null, postalCode: null, city: null, latitude: null, longitude: null } : readAddress(street),
    municipioNumber: null,
    source: { document, section: siteLine.label?.name ?? null, url: null },
  };
}
