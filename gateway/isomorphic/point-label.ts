/** How a point's kind is written in Italian labels. */
export const POINT_KIND_LABEL = {
  CSRC: 'Centro Socio Ricreativo Culturale (CSRC)',
  WEMI: 'Spazio WeMi',
} as const;

/**
 * A label to show for a point. Some points of the public lists have no name: the graph answers
 * null for them, as the source has it, and a client composes a label from what is known (its kind
 * and street), never passed off as the point's name.
 */
export function pointLabel(point: {
  name: string | null;
  kind: keyof typeof POINT_KIND_LABEL;
  address?: { street: string | null } | null;
}): string {
  if (point.name) return point.name;
  const street = point.address?.street;
  return street ? `${POINT_KIND_LABEL[point.kind]}, ${street}` : POINT_KIND_LABEL[point.kind];
}
