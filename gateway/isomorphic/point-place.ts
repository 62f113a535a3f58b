import type { PointPlaceFragment } from './graph-documents.generated.js';
import { POINT_KIND_LABEL, pointLabel } from './point-label.js';

/**
 * A point of SPAZIO COMUNE as a schema.org CivicStructure (a Place) in JSON-LD: what search engines
 * read. Pure, without Node imports: the dashboard's browser bundle embeds the same JSON-LD.
 */

/** What this module reads of a point: the fragment of point-place.graphql. */
export type PointPlace = PointPlaceFragment;

/** The GraphQL Weekday as the schema.org DayOfWeek URL. */
const dayOfWeek = (day: string) => `https://schema.org/${day.charAt(0)}${day.slice(1).toLowerCase()}`;

/** The path where the hub serves a point's JSON-LD. */
export const jsonLdPath = (id: string) => `/points/${encodeURIComponent(id)}.jsonld`;

/**
 * The JSON-LD document of a point. `origin` (e.g. "https://hub.example") makes its @id absolute.
 * Weekly intervals with the same hours are one specification over several days, whatever their
 * activity (the point is open in all of them); a special schedule that closes the point is the
 * schema.org convention for closed days: opens and closes 00:00 from validFrom to validThrough.
 */
export function pointJsonLd(point: PointPlace, origin: string): Record<string, unknown> {
  const weekly = new Map<string, { days: string[]; opens: string; closes: string }>();
  for (const h of point.openingHours) {
    const key = `${h.opens}-${h.closes}`;
    const spec = weekly.get(key) ?? { days: [], opens: h.opens, closes: h.closes };
    if (!spec.days.includes(dayOfWeek(h.day))) spec.days.push(dayOfWeek(h.day));
    weekly.set(key, spec);
  }
  const special = point.specialSchedules.map((s) => ({
    '@type': 'OpeningHoursSpecification',
    opens: s.closed ? '00:00' : s.opens,
    closes: s.closed ? '00:00' : s.closes,
    validFrom: s.validFrom,
    validThrough: s.validTo,
    description: s.reason,
  }));
  const { street, postalCode, city, latitude, longitude } = point.address;
  const network = point.municipio ? ` della rete SPAZIO COMUNE.${point.municipio.number}` : '';
  return {
    '@context': 'https://schema.org',
    '@type': 'CivicStructure',
    '@id': `${origin}${jsonLdPath(point.id)}`,
    identifier: point.id,
    name: pointLabel(point),
    ...(point.shortName ? { alternateName: point.shortName } : {}),
    description: `${POINT_KIND_LABEL[point.kind]}${network}, Comune di Milano.${point.source.demo ? ' Dati dimostrativi (demo), non reali.' : ''}`,
    address: {
      '@type': 'PostalAddress',
      ...(street ? { streetAddress: street } : {}),
      ...(postalCode ? { postalCode } : {}),
      addressLocality: city ?? 'Milano',
      addressCountry: 'IT',
    },
    ...(latitude !== null && longitude !== null ? { geo: { '@type': 'GeoCoordinates', latitude, longitude } } : {}),
    ...(point.municipio ? { containedInPlace: { '@type': 'AdministrativeArea', name: point.municipio.name } } : {}),
    ...(point.manager ? { parentOrganization: { '@type': 'Organization', name: point.manager } } : {}),
    openingHoursSpecification: [
      ...[...weekly.values()].map((s) => ({ '@type': 'OpeningHoursSpecification', dayOfWeek: s.days, opens: s.opens, closes: s.closes })),
      ...special,
    ],
  };
}
