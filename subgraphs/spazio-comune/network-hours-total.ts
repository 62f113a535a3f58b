import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

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

/**
 * One trigger per event and table: PostgreSQL gives transition tables to a trigger of one event only.
 * The functions they call (network-hours-keep.ts) are created by the migration; the triggers are raw
 * DDL, which MikroORM creates and never diffs.
 */
const triggersOn = (table: 'point' | 'opening_hours', keep: string) =>
  (['insert', 'update', 'delete'] as const).map((event) => {
    const name = `network_hours_total_on_${event}`;
    const tables = {
      insert: 'new table as new_rows',
      update: 'old table as old_rows new table as new_rows',
      delete: 'old table as old_rows',
    }[event];
    return {
      name,
      timing: 'after' as const,
      events: [event],
      forEach: 'statement' as const,
      expression: `create trigger "${name}" after ${event} on ${SCHEMA}."${table}" referencing ${tables} for each statement execute function ${SCHEMA}."${keep}"()`,
    };
  });

export const NETWORK_HOURS_TRIGGERS_ON_POINT = triggersOn('point', 'keep_network_hours_total_of_points');
export const NETWORK_HOURS_TRIGGERS_ON_OPENING_HOURS = triggersOn('opening_hours', 'keep_network_hours_total_of_hours');
