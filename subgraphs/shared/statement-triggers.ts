type Event = 'insert' | 'update' | 'delete';

/**
 * The triggers that keep a running total: one per event, after each statement, with its transition
 * tables (`new_rows`, `old_rows`), since PostgreSQL gives transition tables to a trigger of one event
 * only. Declared on the entity as raw DDL, which MikroORM creates and never diffs; the function `keep`
 * (already schema-qualified and quoted) is created by the migration.
 */
export function statementTriggers(name: string, table: string, keep: string, events: readonly Event[] = ['insert', 'update', 'delete']) {
  return events.map((event) => {
    const trigger = `${name}_on_${event}`;
    const tables = {
      insert: 'new table as new_rows',
      update: 'old table as old_rows new table as new_rows',
      delete: 'old table as old_rows',
    }[event];
    return {
      name: trigger,
      timing: 'after' as const,
      events: [event],
      forEach: 'statement' as const,
      expression: `create trigger "${trigger}" after ${event} on ${table} referencing ${tables} for each statement execute function ${keep}()`,
    };
  });
}
