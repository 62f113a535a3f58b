import { Address } from '../shared/address.js';
import type { Context } from '../shared/context.js';
import { chargeRecords } from '../shared/record-budget.js';
import { type SourceColumns, sourceOfRow } from '../shared/source.js';
import { tableOf } from '../shared/sql.js';
import type { OpportunityFacts } from '../shared/youth-opportunity.js';
import type { LevaCivicaProject } from './leva-civica-project.js';
import { ServizioCivilePlacement } from './placement.js';
import { ServizioCivileProject } from './project.js';
import { ServizioCivileSite } from './site.js';

/** What an opportunity shows of a placement, its project and its site: one row each. */
interface OpportunityRow extends SourceColumns {
  id: string;
  project_id: string;
  site_code: string;
  call_year: number;
  volunteers: number;
  title: string;
  weekly_hours: number;
  annual_hours: number;
  site_name: string;
  municipio_number: number | null;
  address_street: string | null;
  address_postal_code: string | null;
  address_city: string | null;
  address_latitude: number | null;
  address_longitude: number | null;
}

export interface OpportunityQuery {
  year: number;
  municipio?: number | null;
  minWeeklyHours?: number | null;
  maxWeeklyHours?: number | null;
  first: number;
}

/**
 * The first `first` placements of a call that match, in the order of the call, as the facts of their
 * opportunities: plain rows of the columns an opportunity shows, in one statement through the index on
 * (call, position). Made into entities (placement, project and site, with the placement's objectives and
 * activities) they cost about as much again as the rest of the request; the placement itself is read
 * only when asked (servizioCivilePlacement).
 */
export async function opportunityFacts(
  ctx: Context,
  query: OpportunityQuery,
): Promise<OpportunityFacts<ServizioCivilePlacement, LevaCivicaProject>[]> {
  const where = ['x.call_year = ?'];
  const params: unknown[] = [query.year];
  const and = (condition: string, value: number | null | undefined) => {
    if (value == null) return;
    where.push(condition);
    params.push(value);
  };
  and('s.municipio_number = ?', query.municipio);
  and('p.weekly_hours >= ?', query.minWeeklyHours);
  and('p.weekly_hours <= ?', query.maxWeeklyHours);
  const rows: OpportunityRow[] = await ctx.em.execute(
    `select x.id, x.project_id, x.site_code, x.call_year, x.volunteers, p.title, p.weekly_hours, p.annual_hours, s.name as site_name, s.municipio_number,
       x.address_street, x.address_postal_code, x.address_city, x.address_latitude, x.address_longitude,
       x.source_document, x.source_section, x.source_url, x.source_demo
     from ${tableOf(ctx.em, ServizioCivilePlacement)} x
     join ${tableOf(ctx.em, ServizioCivileProject)} p on p.id = x.project_id
     join ${tableOf(ctx.em, ServizioCivileSite)} s on s.code = x.site_code
     where ${where.join(' and ')}
     order by x.position, x.id
     limit ?`,
    [...params, query.first],
  );
  // The records an entity read would have made, counted alike: each placement, and each project and site once.
  chargeRecords(ctx.em, rows.length + new Set(rows.map((r) => r.project_id)).size + new Set(rows.map((r) => r.site_code)).size);
  return rows.map((row) => ({
    recordId: row.id,
    title: row.title,
    callYear: row.call_year,
    places: row.volunteers,
    weeklyHours: row.weekly_hours,
    annualHours: row.annual_hours,
    site: { name: row.site_name, address: addressOf(row) },
    municipioNumber: row.municipio_number,
    servizioCivilePlacement: null,
    levaCivicaProject: null,
    source: sourceOfRow(row),
  }));
}

const addressOf = (row: OpportunityRow): Address =>
  Object.assign(new Address(), {
    street: row.address_street,
    postalCode: row.address_postal_code,
    city: row.address_city,
    latitude: row.address_latitude,
    longitude: row.address_longitude,
  });
