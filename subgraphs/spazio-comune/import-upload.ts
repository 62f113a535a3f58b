import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { EntityManager } from '@mikro-orm/postgresql';
import { NotInGraph } from '../shared/data-changes.js';
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

/** An upload holds at most this many parts and characters (10,000 points take about 1.4 million). */
export const MAX_UPLOAD_PARTS = 200;
export const MAX_UPLOAD_CHARACTERS = 50_000_000;
/** Parts of an upload never imported are removed when another part is staged this long after them. */
const ABANDONED_AFTER_MS = 24 * 60 * 60 * 1000;

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
  await em.nativeDelete(ImportUploadPart, { stagedAt: { $lt: new Date(Date.now() - ABANDONED_AFTER_MS) } });
  await em.upsert(ImportUploadPart, { uploadId, index, text, stagedAt: new Date() });
  const [row] = await em.execute<{ parts: number; characters: number }[]>(
    `select count(*)::int as parts, coalesce(sum(length(text)), 0)::int as characters from ${table(em)} where upload_id = ?`,
    [uploadId],
  );
  const totals = { parts: row?.parts ?? 0, characters: row?.characters ?? 0 };
  if (totals.characters > MAX_UPLOAD_CHARACTERS) throw refused(['text'], `an upload holds at most ${MAX_UPLOAD_CHARACTERS} characters.`);
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

function refused(field: string[], message: string): UserErrors {
  return new UserErrors([userError(UserErrorCode.INVALID_INPUT, field, `${field.join('.')} ${message}`)]);
}

function table(em: EntityManager): string {
  const meta = em.getMetadata().get(ImportUploadPart);
  return `"${meta.schema ?? em.config.get('schema')}"."${meta.tableName}"`;
}
