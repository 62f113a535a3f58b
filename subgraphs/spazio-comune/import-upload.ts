import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { EntityManager } from '@mikro-orm/postgresql';
import { NotInGraph } from '../shared/data-changes.js';
import { tableOf } from '../shared/sql.js';
import { UserErrorCode, UserErrors, userError } from '../shared/user-error.js';

/**
 * One part of a file of points too large for one request (the body limit is 1 MB): the client cuts
 * the file anywhere, stages the parts, then importPoints imports them as one file, in one
 * transaction, and removes them in it. Kept in the database, not in memory, so that any replica of
 * the subgraph can take any part. Not part of the graph.
 */
@NotInGraph()
@Entity({ tableName: 'import_upload_part' })
@Index({ properties: ['stagedAt'] })
export class ImportUploadPart {
  @PrimaryKey({ type: 'text' })
  uploadId!: string;

  @PrimaryKey({ type: 'integer' })
  index!: number;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'datetime', length: 3 })
  stagedAt!: Date;
}

/**
 * An upload holds at most this many parts and characters: what one import is measured to get
 * through (50,000 points with street, coordinates and hours are 7.9 million characters, and took the
 * spazio-comune process, whose heap is bounded, to 358 MB). The parsed rows and the report are held
 * whole, about 2.5 KB a point, so a larger file is refused when staged rather than let run out of
 * memory; split it (each file is then its own transaction).
 */
export const MAX_UPLOAD_PARTS = 200;
export const MAX_UPLOAD_CHARACTERS = 8_000_000;
/**
 * What all open uploads together may hold: an admin token (or a client that stages and never
 * imports) must not fill the database. A new upload is refused with LIMIT_REACHED past either bound.
 */
export const MAX_OPEN_UPLOADS = 8;
export const MAX_STAGED_CHARACTERS = 100_000_000;
/** Parts of an upload never imported are removed when another part is staged this long after them (the CLI imports within minutes). */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Stages one part (again: the newer text replaces it). Returns how many parts and characters the upload holds. */
export async function stagePart(
  em: EntityManager,
  uploadId: string,
  index: number,
  text: string,
): Promise<{ parts: number; characters: number }> {
  if (!UUID.test(uploadId)) throw refused(['uploadId'], 'must be a UUID the client makes, e.g. from crypto.randomUUID().');
  if (!Number.isInteger(index) || index < 0 || index >= MAX_UPLOAD_PARTS)
    throw refused(['index'], `must be from 0 to ${MAX_UPLOAD_PARTS - 1}.`);
  // One stager at a time counts the open uploads, so two of them cannot both pass the bounds.
  const parts = tableOf(em, ImportUploadPart);
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', [parts]);
  await em.nativeDelete(ImportUploadPart, { stagedAt: { $lt: new Date(Date.now() - ABANDONED_AFTER_MS) } });
  await em.upsert(ImportUploadPart, { uploadId, index, text, stagedAt: new Date() });
  const [row] = await em.execute<{ parts: number; characters: number; uploads: number; staged: string }[]>(
    `select count(*) filter (where upload_id = ?)::int as parts,
            coalesce(sum(length(text)) filter (where upload_id = ?), 0)::int as characters,
            count(distinct upload_id)::int as uploads,
            coalesce(sum(length(text)), 0)::bigint as staged
       from ${parts}`,
    [uploadId, uploadId],
  );
  const totals = { parts: row?.parts ?? 0, characters: row?.characters ?? 0 };
  if (totals.characters > MAX_UPLOAD_CHARACTERS) throw refused(['text'], `an upload holds at most ${MAX_UPLOAD_CHARACTERS} characters.`);
  const freed = `An upload is removed when it is imported, checked (dry run) or refused, or an hour after its last part.`;
  if ((row?.uploads ?? 0) > MAX_OPEN_UPLOADS)
    throw refused(
      ['uploadId'],
      `is one upload too many: at most ${MAX_OPEN_UPLOADS} may be open at once. ${freed}`,
      UserErrorCode.LIMIT_REACHED,
    );
  if (Number(row?.staged ?? 0) > MAX_STAGED_CHARACTERS)
    throw refused(
      ['text'],
      `would go past the ${MAX_STAGED_CHARACTERS} characters all open uploads may hold. ${freed}`,
      UserErrorCode.LIMIT_REACHED,
    );
  return totals;
}

/** The staged file, its parts joined in order, and the parts removed in the caller's transaction. */
export async function takeUpload(em: EntityManager, uploadId: string): Promise<string> {
  const parts = await em.find(ImportUploadPart, { uploadId }, { orderBy: { index: 'asc' } });
  if (parts.length === 0) throw refused(['uploadId'], `nothing is staged under "${uploadId}".`);
  const missing = parts.findIndex((part, i) => part.index !== i);
  if (missing >= 0) throw refused(['uploadId'], `part ${missing} of "${uploadId}" is missing.`);
  await em.nativeDelete(ImportUploadPart, { uploadId });
  return parts.map((part) => part.text).join('');
}

/**
 * Removes an upload whose import was only checked (a dry run) or refused: its transaction rolled
 * back the removal `takeUpload` made. A dry run is a report, not a reservation; the client stages
 * the file again to import it.
 */
export async function dropUpload(em: EntityManager, uploadId: string): Promise<void> {
  await em.nativeDelete(ImportUploadPart, { uploadId });
}

function refused(field: string[], message: string, code = UserErrorCode.INVALID_INPUT): UserErrors {
  return new UserErrors([userError(code, field, `${field.join('.')} ${message}`)]);
}
