/** A whole number as Italian writes it: «1145», or «1.145» with a dot between thousands. One capture group. */
export const NUMBER = String.raw`(\d{1,3}(?:\.\d{3})+|\d+)`;

/** The value of a number NUMBER matched: «1.400» is one thousand four hundred. */
export function toNumber(text: string): number {
  return Number(text.replace(/\./g, ''));
}
