import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { statementTriggers } from '../shared/statement-triggers.js';

/**
 * The volunteers and placements of each call in each Municipio, real and demo apart: kept by the
 * triggers on placement and site (call-volunteers-keep.ts) in the transaction of every write, whoever
 * writes, so that a Municipio's volunteers (CityOverview) read one row per part instead of probing the
 * call's index once per site of Milan (1,831 sites at scale 100: 5 ms unloaded, 26–125 ms at load 6),
 * and a call's (ServizioCivileCall) a few rows instead of its 70,000 placements. A placement's part is
 * its site's Municipio (0: a site in no Municipio of Milan, most of a national call) and its own demo
 * mark, as the sums it replaces grouped them; `placements` tells a part that has none left from one
 * that sums to nothing.
 */
@Entity({ tableName: 'call_volunteers_total' })
export class CallVolunteersTotal {
  @PrimaryKey({ type: 'integer' })
  callYear!: number;

  @PrimaryKey({ type: 'integer' })
  municipioNumber!: number;

  @PrimaryKey({ type: 'boolean' })
  sourceDemo!: boolean;

  @Property({ type: 'bigint' })
  volunteers!: string;

  @Property({ type: 'bigint' })
  placements!: string;
}

const SCHEMA = '"servizio_civile"';

/**
 * The functions they call are in call-volunteers-keep.ts. A site's insert moves nothing (it has no
 * placements yet) and its delete neither (the foreign key from placement refuses a site that still has some).
 */
export const CALL_VOLUNTEERS_TRIGGERS_ON_PLACEMENT = statementTriggers(
  'call_volunteers_total',
  `${SCHEMA}."placement"`,
  `${SCHEMA}."keep_call_volunteers_total_of_placements"`,
);
export const CALL_VOLUNTEERS_TRIGGERS_ON_SITE = statementTriggers(
  'call_volunteers_total',
  `${SCHEMA}."site"`,
  `${SCHEMA}."keep_call_volunteers_total_of_sites"`,
  ['update'],
);
