import type { UploadBound } from '../shared/import-upload.js';

/**
 * What one upload of points may hold (staged in parts, `shared/import-upload.ts`): what one import
 * is measured to get through (50,000 points with street, coordinates and hours are 7.9 million
 * characters, and took the spazio-comune process, whose heap is bounded, to 358 MB). The parsed rows
 * and the report are held whole, about 2.5 KB a point, so a larger file is refused when staged
 * rather than let run out of memory; split it (each file is then its own transaction).
 */
export const POINTS_UPLOAD: UploadBound = { maxCharacters: 8_000_000, about: 'about 50,000 points' };
