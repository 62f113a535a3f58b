import { Field, ID, InputType, Int } from 'type-graphql';
import { DateTime } from '../shared/scalars.js';
import { PointKind } from './point.js';
import { PointsWithin } from './points-within.js';

@InputType('PointFilter', { description: 'Which points to list; every field given must match.' })
export class PointFilter {
  @Field(() => Int, { nullable: true, description: 'Only points in this Municipio (1 to 9), from a source or from the boundaries.' })
  municipio?: number | null;

  @Field(() => PointKind, { nullable: true, description: 'Only CSRC, or only Spazi WeMi.' })
  kind?: PointKind | null;

  @Field(() => DateTime, {
    nullable: true,
    description: 'Only points open at this instant (Europe/Rome local time, holidays included).',
  })
  openAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only points whose name, short name, organization (the manager, or the Comune di Milano), street, kind ("Centro Socio Ricreativo Culturale (CSRC)", "Spazio WeMi") or network ("SPAZIO COMUNE.3") hold every word of this text, in any case and with or without accents ("citta" finds "Città"). At most 10 words of at most 40 characters; words under 3 characters are left out, and a text of such words alone is refused (BAD_USER_INPUT).',
  })
  search?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      "Only points one of whose records in the HSDS 3.0 directory API (/hsds) has one of these ids: the point's service, location or service at location, or its organization. UUIDs, at most 100.",
  })
  hsdsIds?: string[] | null;

  @Field(() => DateTime, { nullable: true, description: 'Only points changed at or after this instant (their updatedAt).' })
  updatedSince?: Date | null;

  @Field(() => PointsWithin, {
    nullable: true,
    description: 'Only points with coordinates within a radius of a position; points without coordinates take no part.',
  })
  within?: PointsWithin | null;
}
