import { Arg, Authorized, Directive, Field, ID, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { Role } from './auth/viewer.js';

/** Where an import of a staged upload is. */
export enum ImportPhase {
  READING = 'READING',
  WRITING = 'WRITING',
  COMMITTING = 'COMMITTING',
}
registerEnumType(ImportPhase, {
  name: 'ImportPhase',
  description: 'Where an import of a staged upload is.',
  valuesConfig: {
    READING: { description: 'Joining the staged parts, reading the file and the records it names.' },
    WRITING: { description: 'Writing its records: `done` of `total`.' },
    COMMITTING: { description: 'Every record written; the transaction commits (or, in a dry run, rolls back).' },
  },
});

/**
 * How far an import of a staged upload has gone, while it runs. Kept in the memory of the process
 * that runs it, not in the database: it changes every 1,000 records, and a row updated that often
 * beside the import's own transaction would be writes for nothing once the import ends. So a replica
 * answers only for the imports it runs itself (README, Imports). The same type in every subgraph
 * that takes uploads, hence @shareable.
 */
@ObjectType('ImportProgress', { description: 'How far an import of a staged upload has gone, while it runs.' })
@Directive('@shareable')
export class ImportProgress {
  @Field(() => ID, { description: 'The upload being imported.' })
  uploadId!: string;

  @Field(() => ImportPhase, { description: 'Where the import is.' })
  phase!: ImportPhase;

  @Field(() => Int, { description: 'Records written so far (points; or sites and placements of a call).' })
  done!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Records the file holds; null until it has been read, and for a call, which is written as it is read.',
  })
  total!: number | null;
}

/**
 * The imports running in this process, by upload. Bounded: an entry is removed when its import ends,
 * however it ends, and at most MAX_OPEN_UPLOADS uploads exist at once (import-upload.ts); past
 * MAX_RUNNING (if that bound grows) an import runs unseen rather than grow the map.
 */
const running = new Map<string, ImportProgress>();
const MAX_RUNNING = 16;

/** What an import says of itself as it goes. */
export interface ProgressReport {
  /** `done` records of `total` written (null: an importer that reads its file as it writes does not know it). */
  writing(done: number, total: number | null): void;
  /** Every record written: the transaction commits next. */
  committing(): void;
}

/** For an import whose progress nobody reads (a document given whole). */
export const UNSEEN: ProgressReport = { writing: () => {}, committing: () => {} };

/** Runs `run` (an import of the staged `uploadId`) with its progress kept, READING until it reports. */
export async function withProgress<T>(uploadId: string, run: (report: ProgressReport) => Promise<T>): Promise<T> {
  if (running.has(uploadId) || running.size >= MAX_RUNNING) return run(UNSEEN);
  const progress = Object.assign(new ImportProgress(), { uploadId, phase: ImportPhase.READING, done: 0, total: null });
  running.set(uploadId, progress);
  try {
    return await run({
      writing: (done, total) => Object.assign(progress, { phase: ImportPhase.WRITING, done, total }),
      committing: () => Object.assign(progress, { phase: ImportPhase.COMMITTING }),
    });
  } finally {
    running.delete(uploadId);
  }
}

/** The progress of a running import of `uploadId` in this process; null when none runs here. */
export function progressOf(uploadId: string): ImportProgress | null {
  return running.get(uploadId) ?? null;
}

/**
 * The query that reads an import's progress, named for each subgraph's import (`pointsImportProgress`,
 * `servizioCivileCallImportProgress`): admins only, as the import is.
 */
export function importProgressResolver(name: string, importMutation: string) {
  @Resolver(() => ImportProgress)
  class ImportProgressResolver {
    @Authorized(Role.ADMIN)
    @Query(() => ImportProgress, {
      name,
      nullable: true,
      description: `How far ${importMutation}({ uploadId }) has gone while it runs, for a client to show; null before it starts, after it ends, or when the replica asked is not the one running it. Admins only.`,
    })
    progress(@Arg('uploadId', () => ID, { description: 'The upload being imported.' }) uploadId: string): ImportProgress | null {
      return progressOf(uploadId);
    }
  }
  return ImportProgressResolver;
}
