import { Reference } from '@mikro-orm/core';
import { Arg, Ctx, Directive, Float, ID, Int, Query, Resolver } from 'type-graphql';
import { type Connection, checkFirst, FirstArg, MAX_PAGE, pageOf } from '../shared/connection.js';
import type { Context } from '../shared/context.js';
import { badUserInput } from '../shared/errors.js';
import { groupBy } from '../shared/loader.js';
import { DateTime } from '../shared/scalars.js';
import { ComplianceCheck, evaluateCompliance } from './compliance.js';
import { ComplianceCheckConnection, ComplianceFilter, complianceCheckKey, filterAndOrder } from './compliance-checks.js';
import { SheetProvisionKind } from './enums.js';
import { municipioNumberAt } from './geography.js';
import { GovernanceBody } from './governance-body.js';
import { Indicator } from './indicator.js';
import { municipioByNumber } from './loaders.js';
import { Municipio } from './municipio.js';
import { checkPosition, NearbyPoint, pointsNearby } from './nearby.js';
import { OpeningHours } from './opening-hours.js';
import { Operator } from './operator.js';
import { municipioNumberOf, Point } from './point.js';
import { PointConnection, PointFilter, PointOrder, pointsModifiedSincePage, pointsPage } from './points.js';
import { SharedService } from './shared-service.js';
import { SheetProvision } from './sheet-provision.js';
import { SpazioComune } from './spazio-comune.js';
import { WemiCategory } from './wemi-category.js';

function checkMunicipioNumber(number: number): number {
  if (!Number.isInteger(number) || number < 1 || number > 9)
    throw badUserInput('number must be 1 to 9: Milan has nine Municipi.', 'number');
  return number;
}

/** The deprecated compliance list is bounded too: far more than the rules × subjects of the city's networks today. */
const MAX_COMPLIANCE_LIST = 1000;

@Resolver()
export class SpazioComuneQueries {
  @Directive('@listSize(assumedSize: 9)')
  @Query(() => [Municipio], { description: 'The nine Municipi of Milan, by number.' })
  municipi(@Ctx() ctx: Context): Promise<Municipio[]> {
    return ctx.em.find(Municipio, {}, { orderBy: { number: 'asc' } });
  }

  @Query(() => Municipio, { nullable: true, description: 'One Municipio by number.' })
  municipio(@Arg('number', () => Int, { description: 'The number of the Municipio, 1 to 9.' }) number: number, @Ctx() ctx: Context) {
    return ctx.em.findOne(Municipio, { number: checkMunicipioNumber(number) });
  }

  // The nine networks, one per Municipio.
  @Directive('@listSize(assumedSize: 9)')
  @Query(() => [SpazioComune], { description: 'The nine municipal networks SPAZIO COMUNE.1–9.' })
  spazioComuneNetworks(@Ctx() ctx: Context): Promise<SpazioComune[]> {
    return ctx.em.find(SpazioComune, {}, { orderBy: { municipio: 'asc' } });
  }

  @Query(() => Point, { nullable: true, description: 'One point (CSRC or Spazio WeMi) by id; null when there is none.' })
  point(@Arg('id', () => ID, { description: 'The id of the point, e.g. "wemi-piazzetta".' }) id: string, @Ctx() ctx: Context) {
    return ctx.em.findOne(Point, { id });
  }

  @Query(() => Municipio, {
    nullable: true,
    description: 'The Municipio whose official boundary (ds379) contains a position; null outside Milan.',
  })
  async municipioAt(
    @Arg('latitude', () => Float, { description: 'Latitude (WGS 84), -90 to 90.' }) latitude: number,
    @Arg('longitude', () => Float, { description: 'Longitude (WGS 84), -180 to 180.' }) longitude: number,
    @Ctx() ctx: Context,
  ): Promise<Municipio | null> {
    checkPosition(latitude, longitude);
    const number = await municipioNumberAt(ctx.em, latitude, longitude);
    return number === null ? null : municipioByNumber(ctx).load(number);
  }

  @Query(() => PointConnection, {
    description: 'The points of the nine networks, filtered, in pages (Relay cursor connection), by id unless orderBy says otherwise.',
  })
  points(
    @Arg('first', () => Int, { description: 'How many points per page, 1 to 100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page (asked with the same orderBy).' })
    after: string | null,
    @Arg('filter', () => PointFilter, { nullable: true, description: 'Which points to list.' }) filter: PointFilter | null,
    @Arg('orderBy', () => PointOrder, { nullable: true, description: 'The order of the list: by id (the default) or by name.' })
    orderBy: PointOrder | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<Point>> {
    return pointsPage(ctx, first, after, filter, orderBy);
  }

  @Query(() => PointConnection, {
    description:
      'The change feed for apps that keep a copy: the points changed strictly after an instant (their updatedAt), oldest change first and then by id, in pages. Store the last endCursor and pass it as after to resume.',
  })
  pointsModifiedSince(
    @Arg('since', () => DateTime, { description: 'The instant of the last sync, ISO-8601 with offset.' }) since: Date,
    @Arg('first', () => Int, { description: 'How many points per page, 1 to 100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<Point>> {
    return pointsModifiedSincePage(ctx, since, first, after);
  }

  @Query(() => [NearbyPoint], {
    description:
      'Points with coordinates within a radius (at most 50 km) of a position, nearest first (then by id), at most `first` of them; points without coordinates take no part.',
  })
  pointsNearby(
    @Arg('latitude', () => Float, { description: 'Latitude of the position (WGS 84), -90 to 90.' }) latitude: number,
    @Arg('longitude', () => Float, { description: 'Longitude of the position (WGS 84), -180 to 180.' }) longitude: number,
    @Arg('radiusKm', () => Float, { description: 'The radius in kilometres, more than 0 and at most 50.' }) radiusKm: number,
    @FirstArg('of the nearest points') first: number,
    @Ctx() ctx: Context,
  ): Promise<NearbyPoint[]> {
    return pointsNearby(ctx, latitude, longitude, radiusKm, first);
  }

  // The result indicators of the sheets: 2 today.
  @Directive('@listSize(assumedSize: 50)')
  @Query(() => [Indicator], { description: 'The result indicators of the technical sheets, with targets and actual values.' })
  indicators(@Ctx() ctx: Context): Promise<Indicator[]> {
    return ctx.em.find(Indicator, {}, { orderBy: { code: 'asc' } });
  }

  // The thirteen WeMi categories.
  @Directive('@listSize(assumedSize: 20)')
  @Query(() => [WemiCategory], { description: 'The thirteen categories of WeMi services, in the order of the document.' })
  wemiCategories(@Ctx() ctx: Context): Promise<WemiCategory[]> {
    return ctx.em.find(WemiCategory, {}, { orderBy: { position: 'asc' } });
  }

  @Query(() => [SharedService], {
    description: 'The shared services (servizi condivisi) offered across the city, by area and name, at most `first` of them.',
  })
  sharedServices(@FirstArg('services') first: number, @Ctx() ctx: Context): Promise<SharedService[]> {
    return ctx.em.find(SharedService, {}, { orderBy: { area: 'asc', name: 'asc' }, limit: checkFirst(first) });
  }

  // The governance bodies of the sheets: 11 today.
  @Directive('@listSize(assumedSize: 50)')
  @Query(() => [GovernanceBody], { description: 'The governance bodies of SPAZIO COMUNE, by level.' })
  governanceBodies(@Ctx() ctx: Context): Promise<GovernanceBody[]> {
    return ctx.em.find(GovernanceBody, {}, { orderBy: { level: 'asc', id: 'asc' } });
  }

  // The provisions of the three sheets: 113 in all today.
  @Directive('@listSize(assumedSize: 200)')
  @Query(() => [SheetProvision], {
    description:
      'The provisions of the technical sheets, word for word, in the order of the sheets: the top-level ones (their parts under parts), or every one of a kind.',
  })
  sheetProvisions(
    @Arg('sheet', () => Int, { nullable: true, description: 'Only this sheet: 1 CSRC, 2 Spazi WeMi, 3 Azioni di sistema.' })
    sheet: number | null,
    @Arg('kind', () => SheetProvisionKind, { nullable: true, description: 'Only provisions of this kind, parts included.' })
    kind: SheetProvisionKind | null,
    @Ctx() ctx: Context,
  ): Promise<SheetProvision[]> {
    if (sheet !== null && sheet !== undefined && ![1, 2, 3].includes(sheet)) throw badUserInput('sheet must be 1, 2 or 3.', 'sheet');
    return ctx.em.find(
      SheetProvision,
      { ...(sheet == null ? {} : { sheet }), ...(kind == null ? { parent: null } : { kind }) },
      { orderBy: { sheet: 'asc', position: 'asc', id: 'asc' } },
    );
  }

  @Query(() => ComplianceCheckConnection, {
    description:
      'The rules of the technical sheets judged on the data, one check per rule and subject, filtered, in pages (Relay cursor connection): by rule in the order of the sheets, then by kind of subject (city, network, point, operator), then by subject id.',
  })
  async complianceChecks(
    @Arg('first', () => Int, { description: `How many checks per page, 1 to ${MAX_PAGE}.` }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after: string | null,
    @Arg('filter', () => ComplianceFilter, { nullable: true, description: 'Which checks to list.' }) filter: ComplianceFilter | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<ComplianceCheck>> {
    checkFirst(first);
    return pageOf('complianceChecks', filterAndOrder(await this.complianceReport(ctx), filter), first, after, complianceCheckKey);
  }

  @Directive(`@listSize(assumedSize: ${MAX_COMPLIANCE_LIST})`)
  @Query(() => [ComplianceCheck], {
    description: `Every rule of the technical sheets judged on the data: one row per rule and subject (at most ${MAX_COMPLIANCE_LIST}); passed is null ("not known") where the subject has no data on record. includesDemo and passedOnRealData tell what the demo data set changes.`,
    deprecationReason: 'Use complianceChecks: it pages, filters by kind of subject and by result, and leads to each subject.',
  })
  async compliance(@Ctx() ctx: Context): Promise<ComplianceCheck[]> {
    return (await this.complianceReport(ctx)).slice(0, MAX_COMPLIANCE_LIST);
  }

  /** Every rule judged for every subject. */
  async complianceReport(ctx: Context): Promise<ComplianceCheck[]> {
    // Five queries in all, whatever the number of points and operators.
    const [points, hours, operators, networks, sharedServices] = await Promise.all([
      ctx.em.find(Point, {}, { orderBy: { id: 'asc' } }),
      ctx.em.find(OpeningHours, {}),
      ctx.em.find(Operator, {}, { orderBy: { id: 'asc' } }),
      ctx.em.find(SpazioComune, {}, { orderBy: { code: 'asc' } }),
      ctx.em.find(SharedService, {}),
    ]);
    const judged = <T extends { source: { demo: boolean } }>(record: T) => ({ ...record, demo: record.source.demo });
    const hoursByPoint = groupBy(hours.map(judged), (h) => Reference.unwrapReference(h.point).id);
    const operatorsByPoint = groupBy(operators.map(judged), (o) => (o.point ? Reference.unwrapReference(o.point).id : ''));
    const operatorsByNetwork = groupBy(operators.map(judged), (o) => Reference.unwrapReference(o.network).code);
    const networkOfMunicipio = new Map(networks.map((n) => [Reference.unwrapReference(n.municipio).number, n.code]));
    return evaluateCompliance({
      points: points.map((p) => ({
        id: p.id,
        name: p.name,
        kind: p.kind,
        demo: p.source.demo,
        network: networkOfMunicipio.get(municipioNumberOf(p) ?? 0) ?? null,
        hours: hoursByPoint.get(p.id) ?? [],
        operators: operatorsByPoint.get(p.id) ?? [],
      })),
      networks: networks.map((n) => ({
        code: n.code,
        familyAssistantRegister: n.familyAssistantRegister,
        operators: operatorsByNetwork.get(n.code) ?? [],
      })),
      sharedServices: sharedServices.map(judged),
    });
  }
}
