/**
 * Whether a value, written as JSON, would take more than `max` bytes: a walk that adds up the bytes
 * and stops as soon as they pass the bound, so that an answer that repeats one large object a hundred
 * times (each point's Municipio boundary) is measured at the cost of `max` bytes, not of the answer.
 * Strings count their quotes and their UTF-8 bytes (short ones their characters: accents undercount by
 * a byte; escapes are not counted): an estimate within a few per cent, not an exact size.
 * Iterative, so that a deeply nested value cannot overflow the stack.
 */
export function jsonBytesOver(value: unknown, max: number): boolean {
  let bytes = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (item === null || item === undefined) bytes += 4;
    else if (typeof item === 'string') bytes += (item.length < 256 ? item.length : Buffer.byteLength(item)) + 2;
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
      const record = item as Record<string, unknown>;
      bytes += 1;
      for (const key in record) {
        bytes += key.length + 4;
        if (bytes > max) return true;
        pending.push(record[key]);
      }
    }
    if (bytes > max) return true;
  }
  return false;
}
