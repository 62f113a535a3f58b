import type { UploadBound } from '../../shared/import-upload.js';

/**
 * What one upload of a call may hold (staged in parts, `shared/import-upload.ts`): what one import
 * is measured to get through. A national call (3,000 projects, 70,000 placements over 60,000 sites,
 * each project with its section: test/support/national-call.ts) is 8.5 million characters; imported
 * through `npm start`, and again unchanged, it took the servizio-civile process, whose heap is
 * bounded (256 MB old space), to at most 200 MB of heap used (sampled) and 385 MB resident. The text, the
 * parsed call (about 0.7 KB a placement) and the keys of what is on record are held until the end,
 * so a larger document is refused when staged rather than let run out of memory.
 */
export const CALL_UPLOAD: UploadBound = { maxCharacters: 9_000_000, about: 'a national call: about 70,000 placements with their sections' };
