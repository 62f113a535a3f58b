/**
 * Configuration read from the environment once, at start, and checked: a wrong value stops the
 * process with a message that names the variable, instead of a server half working.
 */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

function present(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

export function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const value = present(env, name);
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max)
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not "${value}".`);
  return n;
}

export function onOff(env: Env, name: string, fallback: boolean): boolean {
  const value = present(env, name);
  if (value === undefined) return fallback;
  if (value !== 'on' && value !== 'off') throw new ConfigError(`${name} must be "on" or "off", not "${value}".`);
  return value === 'on';
}

export function oneOf<T extends string>(env: Env, name: string, values: readonly T[], fallback: T): T {
  const value = present(env, name);
  if (value === undefined) return fallback;
  if (!values.includes(value as T)) throw new ConfigError(`${name} must be one of ${values.join(', ')}, not "${value}".`);
  return value as T;
}

export function httpUrl(env: Env, name: string): string | undefined {
  const value = present(env, name);
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${name} must be an http(s) URL, not "${value}".`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigError(`${name} must be an http(s) URL, not "${value}".`);
  return value;
}

export function postgresUrl(env: Env, name: string): string | undefined {
  const value = present(env, name);
  if (value === undefined) return undefined;
  if (!/^postgres(ql)?:\/\/.+/.test(value)) throw new ConfigError(`${name} must be a postgres:// URL.`);
  return value;
}

/** A size such as "1mb", "512kb" or a number of bytes, as the body parser takes it. */
export function byteSize(env: Env, name: string, fallback: string): number {
  const value = (present(env, name) ?? fallback).toLowerCase();
  const match = /^(\d+)(b|kb|mb)?$/.exec(value);
  if (!match) throw new ConfigError(`${name} must be a size such as 1mb, 512kb or 100000, not "${value}".`);
  const units = { b: 1, kb: 1024, mb: 1024 * 1024 };
  return Number(match[1]) * units[(match[2] ?? 'b') as keyof typeof units];
}

/** HUB_CORS_ORIGINS: a comma-separated list of origins, or "*" for any; none by default. */
export function corsOrigins(env: Env, name = 'HUB_CORS_ORIGINS'): string[] | '*' {
  const value = present(env, name);
  if (value === undefined) return [];
  if (value === '*') return '*';
  const origins = value.split(',').map((o) => o.trim());
  for (const origin of origins) {
    let url: URL | null = null;
    try {
      url = new URL(origin);
    } catch {}
    if (!url || url.origin !== origin)
      throw new ConfigError(`${name} must list origins such as https://dashboard.comune.milano.it, not "${origin}".`);
  }
  return origins;
}

/** Runs `read` and, on a configuration error, prints it and stops the process (exit code 2). */
export function configOrExit<T>(read: () => T, who: string): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`${who}: configuration error: ${error.message}`);
    process.exit(2);
  }
}
