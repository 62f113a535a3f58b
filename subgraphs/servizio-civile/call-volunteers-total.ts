import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

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
 * One trigger per event and table: PostgreSQL gives transition tables to a trigger of one event only.
 * The functions they call (call-volunteers-keep.ts) are created by the migration; the triggers are raw
 * DDL, which MikroORM creates and never diffs. A site's insert moves nothing (it has no placements yet)
 * and its delete neither (the foreign key from placement refuses a site that still has some).
 */
const triggersOn = (table: 'placement' | 'site', keep: string, events: readonly ('insert' | 'update' | 'delete')[]) =>
  events.map((event) => {
    const name = `call_volunteers_total_on_${event}`;
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

export const CALL_VOLUNTEERS_TRIGGERS_ON_PLACEMENT = triggersOn('placement', 'keep_call_volunteers_total_of_placements', [
  'insert',
  'update',
  'delete',
]);
export const CALL_VOLUNTEERS_TRIGGERS_ON_SITE = triggersOn('site', 'keep_call_volunteers_total_of_sites', ['update']);
