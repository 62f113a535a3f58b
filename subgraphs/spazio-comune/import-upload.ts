import type { UploadBound } from '../shared/import-upload.js';

/**
 * What one upload of points may hold (staged in parts, `shared/import-upload.ts`). The importer reads
 * it part by part and holds a batch, the ids and the first 1,000 changes (its memory stays flat:
 * 50,000 and 100,000 points took the spazio-comune process 10 MB past where it started), so the
 * bound is time: 100,000 points with street, coordinates and hours are 13.7 million characters and
 * commit in well under the gateway's 5 minutes for a write (README, Imports). A larger file is
 * refused when staged; split it (each file is then its own transaction).
 */
export const POINTS_UPLOAD: UploadBound = { maxCharacters: 16_000_000, about: 'about 100,000 points' };
