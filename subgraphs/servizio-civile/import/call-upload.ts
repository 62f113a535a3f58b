import type { UploadBound } from '../../shared/import-upload.js';

/**
 * What one upload of a call may hold (staged in parts, `shared/import-upload.ts`): a national call
 * of 3,000 projects and 70,000 placements with their sections is about 8.5 million characters, and
 * MEASURED. A larger document is refused when staged rather than let the
 * subgraph, whose heap is bounded, run out of memory.
 */
export const CALL_UPLOAD: UploadBound = { maxCharacters: 12_000_000, about: 'a call of about 100,000 placements' };
