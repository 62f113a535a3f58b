/** A label of a document form («Sede progetto:», «Settore:») and what its line says after it. */
export interface Label<Key extends string> {
  key: Key;
  /** The label as written, without markup and colon, e.g. «Sedi di attuazione del progetto». */
  name: string;
  /** Text after the label on the same line ('' when the value is on the next lines). */
  value: string;
}

/**
 * «Settore: Assistenza» → name «Settore», value «Assistenza»: the line split at its first colon
 * from `from` on, both sides trimmed; null when there is no colon, or none up to index `upTo`.
 */
export function splitAtColon(text: string, from = 0, upTo = Number.POSITIVE_INFINITY): { name: string; value: string } | null {
  const colon = text.indexOf(':', from);
  if (colon < 0 || colon > upTo) return null;
  return { name: text.slice(0, colon).trim(), value: text.slice(colon + 1).trim() };
}
