import { checkLocalDate, checkLocalTime } from './scalars.js';
import { type UserError, UserErrorCode, UserErrors, userError } from './user-error.js';

type Path = (string | number)[];

/**
 * Collects what is wrong with a mutation's input, each with its path inside `input`, so that the
 * client learns every problem at once; `done()` throws them as user errors, and nothing is written.
 */
export class InputCheck {
  readonly errors: UserError[] = [];

  constructor(input: unknown) {
    // One rule for every string of every input: PostgreSQL text cannot hold NUL, and no source writes
    // other control characters either (tab and line breaks excepted).
    for (const [path, text] of strings(input, [])) {
      if (hasControlCharacter(text)) this.fail(path, 'contains a NUL byte or another control character.');
    }
  }

  fail(path: Path, message: string): void {
    if (!this.errors.some((e) => e.field?.join('.') === path.join('.')))
      this.errors.push(userError(UserErrorCode.INVALID_INPUT, path, `${path.join('.')}: ${message}`));
  }

  date(path: Path, value: unknown): string {
    const date = checkLocalDate(value);
    if (date === null) this.fail(path, `${JSON.stringify(value)} is not a date that exists (YYYY-MM-DD).`);
    return date ?? '';
  }

  time(path: Path, value: unknown): string {
    const time = checkLocalTime(value);
    if (time === null) this.fail(path, `${JSON.stringify(value)} is not a time of day (HH:MM, 00:00 to 23:59).`);
    return time ?? '';
  }

  /** A time that must be there: null when it is missing (and then a user error says why). */
  requiredTime(path: Path, value: unknown, missing: string): string | null {
    if (value == null) {
      this.fail(path, missing);
      return null;
    }
    return this.time(path, value);
  }

  count(path: Path, value: number, max = 1_000_000): number {
    if (!Number.isInteger(value) || value < 1 || value > max) this.fail(path, `must be a whole number from 1 to ${max}.`);
    return value;
  }

  text(path: Path, value: string, max: number): string {
    const trimmed = value.trim();
    if (trimmed.length === 0) this.fail(path, 'must not be empty.');
    else if (trimmed.length > max) this.fail(path, `must be at most ${max} characters.`);
    return trimmed;
  }

  /** Throws the collected errors, if any. */
  done(): void {
    if (this.errors.length > 0) throw new UserErrors(this.errors);
  }
}

function* strings(value: unknown, path: Path): Generator<[Path, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* strings(item, [...path, i]);
  else if (value && typeof value === 'object' && !(value instanceof Date))
    for (const [key, item] of Object.entries(value)) yield* strings(item, [...path, key]);
}

/** NUL and the other C0 control characters but tab, line feed and carriage return; and DEL. */
export function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return true;
  }
  return false;
}
