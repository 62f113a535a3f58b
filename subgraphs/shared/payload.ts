/**
 * A mutation's payload (or its report), built one way everywhere: an instance of its GraphQL class,
 * so that the fields it is not given keep their defaults (no record, no user errors).
 *
 *   payload(SetPointOperatorsPayload, { point })
 */
export function payload<T extends object>(type: new () => T, fields: Partial<T>): T {
  return Object.assign(new type(), fields);
}
