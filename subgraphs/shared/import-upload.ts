import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from './auth/viewer.js';
import type { Context } from './context.js';
import { NotInGraph } from './data-changes.js';
import { importDocument } from './document-import.js';
import { type ProgressReport, UNSEEN, withProgress } from './import-progress.js';
import { payload } from './payload.js';
import { tableOf } from './sql.js';
import { type UserError, UserErrorCode, UserErrors, userError } from './user-error.js';
import { write } from './write.js';

/**
 * One part of a file too large for one request (the body limit is 1 MB): the client cuts the file
 * anywhere, stages the parts, then the import names the upload and imports them as one file, in one
 * transaction, and removes them in it. Kept in the database, not in memory, so that any replica of
 * the subgraph can take any part; each subgraph that takes uploads has this table in its own schema
 * (the entity in its list). Not part of the graph.
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
 * What one upload may hold: the characters its importer is measured to get through within the
 * subgraph's bounded heap (each importer states its own, and why), and what that is in its records.
 */
export interface UploadBound {
  maxCharacters: number;
  /** What maxCharacters is in records, for the message: "about 50,000 points". */
  about: string;
}

/** Parts an upload may have: 200 parts of the CLI's 150,000 characters are 30 million. */
export const MAX_UPLOAD_PARTS = 200;
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
  part: { uploadId: string; index: number; text: string },
  bound: UploadBound,
): Promise<{ parts: number; characters: number }> {
  const { uploadId, index, text } = part;
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
  if (totals.characters > bound.maxCharacters)
    throw refused(
      ['text'],
      `an upload holds at most ${bound.maxCharacters} characters (${bound.about}): split the file, each part is then imported on its own.`,
    );
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

/**
 * A file to import, given whole in the request or staged in parts: read part by part, as often as
 * the importer needs (an importer holds a part at a time, never the file).
 */
export interface ImportFile {
  parts(): AsyncIterable<string>;
}

/** A document given whole in the request. */
export function givenFile(document: string): ImportFile {
  return {
    async *parts() {
      yield document;
    },
  };
}

/**
 * The staged upload, its parts locked in the caller's transaction (so a second import of the same
 * upload waits for this one, then finds nothing staged) and read one at a time by `parts`.
 * `dropUpload` removes them once imported.
 */
export async function takeUpload(em: EntityManager, uploadId: string): Promise<ImportFile> {
  const table = tableOf(em, ImportUploadPart);
  const indexes = (
    await em.execute<{ index: number }[]>(`select index from ${table} where upload_id = ? order by index for update`, [uploadId])
  ).map((part) => part.index);
  if (indexes.length === 0) throw refused(['uploadId'], `nothing is staged under "${uploadId}".`);
  const missing = indexes.findIndex((index, i) => index !== i);
  if (missing >= 0) throw refused(['uploadId'], `part ${missing} of "${uploadId}" is missing.`);
  return {
    async *parts() {
      for (const index of indexes) {
        const [part] = await em.execute<{ text: string }[]>(`select text from ${table} where upload_id = ? and index = ?`, [
          uploadId,
          index,
        ]);
        yield part?.text ?? '';
      }
    },
  };
}

/**
 * Removes an upload: in the import's transaction once imported, and again after a dry run or a
 * refusal, whose transaction rolled that back. A dry run is a report, not a reservation; the client
 * stages the file again to import it.
 */
export async function dropUpload(em: EntityManager, uploadId: string): Promise<void> {
  await em.nativeDelete(ImportUploadPart, { uploadId });
}

/** The mutation that stages a part, the same in every subgraph: its own transaction, answered by `Answer`. */
export function stageUploadPart<P extends { userErrors: UserError[] }>(
  ctx: Context,
  input: { uploadId: string; index: number; text: string },
  answer: new () => P,
  bound: UploadBound,
): Promise<P> {
  return write(
    ctx,
    // The text is checked by the parser when the file is imported, with its line.
    { uploadId: input.uploadId },
    async (em) => payload(answer, { uploadId: input.uploadId, ...(await stagePart(em, input, bound)) } as unknown as Partial<P>),
    (userErrors) => payload(answer, { userErrors } as Partial<P>),
  );
}

/**
 * An import of a document given whole (`document`) or staged (`uploadId`), exactly one of them, as
 * `importDocument` runs it: a staged upload is taken in its transaction and removed in it once
 * imported, so it is gone if the import commits. A dry run or a refusal rolls that back, and it is
 * removed then; an internal error
 * keeps it, so the same upload can be sent again. While a staged upload is imported, its progress is
 * kept (import-progress.ts): `work` reports the records it writes, and the commit follows.
 */
export async function importDocumentOrUpload<P extends { report: object | null; userErrors: UserError[] }>(
  ctx: Context,
  input: { document?: string | null; uploadId?: string | null; dryRun: boolean },
  answer: new () => P,
  work: (em: EntityManager, viewer: Viewer, file: ImportFile, progress: ProgressReport) => Promise<Partial<P>>,
  checked?: object,
): Promise<P> {
  const run = (progress: ProgressReport) =>
    importDocument(
      ctx,
      input,
      answer,
      async (em, viewer) => {
        if ((input.document == null) === (input.uploadId == null))
          throw new UserErrors([userError(UserErrorCode.INVALID_INPUT, ['document'], 'give either document or uploadId, not both.')]);
        const file = input.uploadId == null ? givenFile(input.document as string) : await takeUpload(em, input.uploadId);
        const done = await work(em, viewer, file, progress);
        if (input.uploadId != null) await dropUpload(em, input.uploadId);
        progress.committing();
        return done;
      },
      checked,
    );
  const { uploadId } = input;
  if (uploadId == null) return run(UNSEEN);
  return withProgress(uploadId, async (progress) => {
    const done = await run(progress);
    if (input.dryRun || done.userErrors.length > 0) await dropUpload(ctx.em, uploadId);
    return done;
  });
}

function refused(field: string[], message: string, code = UserErrorCode.INVALID_INPUT): UserErrors {
  return new UserErrors([userError(code, field, `${field.join('.')} ${message}`)]);
}
