/**
 * Whether a value, written as JSON, would take more than `max` bytes: a walk that adds up the bytes
 * and stops as soon as they pass the bound, so that an answer that repeats one large object a hundred
 * times (each point's Municipio boundary) is measured at the cost of `max` bytes, not of the answer.
 * Strings count their UTF-8 bytes and quotes (escapes are not counted: a bound, not an exact size).
 * Iterative, so that a deeply nested value cannot overflow the stack.
 */
export function jsonBytesOver(value: unknown, max: number): boolean {
  let bytes = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (item === null || item === undefined) bytes += 4;
    else if (typeof item === 'string') bytes += Buffer.byteLength(item) + 2;
    else if (typeof item === 'number' || typeof item === 'boolean' || typeof item === 'bigint') bytes += String(item).length;
    else if (Array.isArray(item)) {
      bytes += 1 + item.length;
      if (bytes > max) return true;
      for (const each of item) pending.push(each);
    } else if (typeof item === 'object') {
      // toJSON (a Date) is written as its result.
      const written = typeof (item as { toJSON?: unknown }).toJSON === 'function' ? (item as { toJSON(): unknown }).toJSON() : item;
      if (written !== item) {
        pending.push(written);
        continue;
      }
      const entries = Object.entries(item as Record<string, unknown>);
      bytes += 1 + entries.length;
      if (bytes > max) return true;
      for (const [key, each] of entries) {
        bytes += Buffer.byteLength(key) + 3;
        pending.push(each);
      }
    }
    if (bytes > max) return true;
  }
  return false;
}
