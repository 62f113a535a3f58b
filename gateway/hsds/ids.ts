import { v5 } from 'uuid';

/** Our own namespace for HSDS ids (itself a v5 of the project's name in the URL namespace). */
const NAMESPACE = v5('https://github.com/comune-di-milano/milano-municipal-graph/hsds', v5.URL);

/**
 * HSDS wants UUIDs; ours are codes and slugs. A v5 UUID of "<kind>:<our id>" is the same on every
 * machine and every run, so HSDS clients can keep them, and two kinds never share one.
 */
export const hsdsId = (kind: string, id: string | number): string => v5(`${kind}:${id}`, NAMESPACE);
