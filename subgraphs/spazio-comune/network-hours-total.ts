import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { statementTriggers } from '../shared/statement-triggers.js';

/**
 * The weekly hours of each network's points, real and demo apart: kept by the triggers on point and
 * opening_hours (network-hours-keep.ts) in the transaction of every write, whoever writes, so that a network's hours
 * (CityOverview, NetworkHealth) read one row per part instead of summing every interval of the city
 * (34,000 at scale 100). A point's part is its Municipio (the source's, else the derived one) and its
 * demo mark, as the sum it replaces grouped them; `points` tells a part whose points have no hours
 * from one that has no points.
 */
@Entity({ tableName: 'network_hours_total' })
export class NetworkHoursTotal {
  @PrimaryKey({ type: 'integer' })
  municipioNumber!: number;

  @PrimaryKey({ type: 'boolean' })
  sourceDemo!: boolean;

  @Property({ type: 'bigint' })
  points!: string;

  /** Front office and digital education, which the sheets count within it, in minutes a week. */
  @Property({ type: 'bigint' })
  frontOfficeMinutes!: string;

  @Property({ type: 'bigint' })
  digitalEducationMinutes!: string;
}

const SCHEMA = '"spazio_comune"';

/** The functions they call are in network-hours-keep.ts. */
export const NETWORK_HOURS_TRIGGERS_ON_POINT = statementTriggers(
  'network_hours_total',
  `${SCHEMA}."point"`,
  `${SCHEMA}."keep_network_hours_total_of_points"`,
);
export const NETWORK_HOURS_TRIGGERS_ON_OPENING_HOURS = statementTriggers(
  'network_hours_total',
  `${SCHEMA}."opening_hours"`,
  `${SCHEMA}."keep_network_hours_total_of_hours"`,
);
