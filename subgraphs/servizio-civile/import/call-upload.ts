import type { UploadBound } from '../../shared/import-upload.js';

/**
 * What one upload of a call may hold (staged in parts, `shared/import-upload.ts`): a national call
 * (3,000 projects, 70,000 placements over 60,000 sites, each project with its section:
 * test/support/national-call.ts) is 8.5 million characters. The importer reads it a part at a time
 * and writes it a project at a time, holding only the keys of the call's sites and placements (about
 * 20 MB of heap at that size, README, Imports), so the bound is the one the calls have, not memory:
 * a larger document is no call of this country's size, and is refused when staged.
 */
export const CALL_UPLOAD: UploadBound = { maxCharacters: 9_000_000, about: 'a national call: about 70,000 placements with their sections' };
