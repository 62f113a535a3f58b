import { badUserInput } from '../shared/errors.js';

/** A call year the API accepts: an unknown year answers null, an impossible one is a client error. */
export function checkCallYear(year: number, argumentName = 'year'): number {
  if (!Number.isInteger(year) || year < 2001 || year > 2100) {
    throw badUserInput(`${argumentName} must be a year between 2001 and 2100 (Servizio Civile began in 2001); got ${year}.`, argumentName);
  }
  return year;
}

/** National site codes are numeric strings (e.g. "202928"). */
export function checkSiteCode(code: string, argumentName = 'code'): string {
  const trimmed = code.trim();
  if (!/^\d{1,12}$/.test(trimmed)) {
    throw badUserInput(`${argumentName} must be the numeric national code of a site, e.g. "202928"; got "${code}".`, argumentName);
  }
  return trimmed;
}
