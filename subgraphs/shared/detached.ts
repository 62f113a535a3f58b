/**
 * A copy of `text` that holds nothing else. V8 makes a substring (slice, trim, a match) a view into
 * the string it was cut from, and a template of views keeps them: so a site's code kept from a line
 * keeps alive the whole part of the document that line came from. What an importer keeps across
 * the parts it reads (keys, names) is detached, or it holds every part it has read.
 */
export function detached(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}
