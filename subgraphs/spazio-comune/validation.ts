import { badUserInput } from '../shared/errors.js';

/** A Municipio number the API accepts: Milan has nine. */
export function checkMunicipioNumber(number: number): number {
  if (!Number.isInteger(number) || number < 1 || number > 9)
    throw badUserInput('number must be 1 to 9: Milan has nine Municipi.', 'number');
  return number;
}

/** A position the API accepts: WGS 84 latitude and longitude. */
export function checkPosition(latitude: number, longitude: number): void {
  if (!Number.isFinite(latitude) || latitude < -90 || latitude > 90) throw badUserInput('latitude must be between -90 and 90.', 'latitude');
  if (!Number.isFinite(longitude) || longitude < -180 || longitude > 180) {
    throw badUserInput('longitude must be between -180 and 180.', 'longitude');
  }
}
