/**
 * A column the database keeps from others of its row: a function that writes it from the new row,
 * and the trigger that calls it before each insert and each update of any of those columns (or of
 * the column itself, so that a write of it is made again). PostgreSQL computes it whoever writes, in
 * the statement's transaction. The trigger is raw DDL for the entity, which MikroORM creates and
 * never diffs; the function is created by the migration that adds the column (MikroORM does not
 * write functions). Names are unquoted; `value` is the SQL of the column's value, given how to name
 * a column of the new row.
 */
export function keptColumn(options: {
  schema: string;
  table: string;
  column: string;
  from: readonly string[];
  value: (column: (name: string) => string) => string;
}) {
  const { schema, table, column } = options;
  const name = `${table}_${column}`;
  const keep = `"${schema}"."keep_${name}"`;
  const columns = [...options.from, column].map((c) => `"${c}"`).join(', ');
  return {
    /** Creates (or replaces) the function the trigger calls. */
    functionSql: `create or replace function ${keep}() returns trigger language plpgsql as $keep$
begin
  new."${column}" := ${options.value((c) => `new."${c}"`)};
  return new;
end
$keep$`,
    /** Drops the trigger and the function, for a migration's down(). */
    dropSql: [`drop trigger if exists "${name}" on "${schema}"."${table}"`, `drop function if exists ${keep}()`],
    trigger: {
      name,
      timing: 'before' as const,
      events: ['insert' as const, 'update' as const],
      forEach: 'row' as const,
      expression: `create trigger "${name}" before insert or update of ${columns} on "${schema}"."${table}" for each row execute function ${keep}()`,
    },
  };
}
