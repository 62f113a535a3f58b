import type { ImportFile } from '../../shared/import-upload.js';
import { UserErrorCode, UserErrors, userError } from '../../shared/user-error.js';
import { CHUNK, type PointsFile } from './import-points.js';
import { type PointsFormat, type PointsProblem, readPoints } from './parse-points.js';

/**
 * The problems an import answers: a file of 50,000 broken lines would otherwise answer (and hold)
 * 50,000 user errors. The last says how many more there are.
 */
export const MAX_PROBLEMS = 1_000;

/**
 * Reads the file once to check it, all or nothing: every problem refuses it (UserErrors, the first
 * MAX_PROBLEMS of them). A file without one is answered as the import writes it, its rows read
 * again batch by batch, so neither reading holds more than a part, a batch and the file's ids.
 */
export async function checkedPointsFile(file: ImportFile, format: PointsFormat): Promise<PointsFile> {
  const problems: PointsProblem[] = [];
  let more = 0;
  const ids = new Map<string, number>();
  const collect = (problem: PointsProblem) => {
    if (problems.length < MAX_PROBLEMS) problems.push(problem);
    else more++;
  };
  for await (const _rows of readPoints(file.parts(), format, collect, { size: CHUNK, ids })) {
    // The rows are written by the second reading, once the whole file is known to be good.
  }
  if (problems.length > 0) throw refusal(problems, more);
  return {
    ids,
    rows: () =>
      readPoints(
        file.parts(),
        format,
        (problem) => {
          // The parts are locked by the import's transaction: the same text cannot read otherwise.
          throw new Error(`the file read again has a problem it did not have: ${JSON.stringify(problem)}`);
        },
        // Its ids were checked unique by the first reading, which keeps them: not held twice.
        { size: CHUNK, ids: null },
      ),
  };
}

function refusal(problems: PointsProblem[], more: number): UserErrors {
  const errors = problems.map((p) =>
    userError(UserErrorCode.INVALID_INPUT, ['document'], `line ${p.line}${p.field ? `, ${p.field}` : ''}: ${p.message}`, {
      line: p.line,
    }),
  );
  if (more > 0)
    errors.push(
      userError(
        UserErrorCode.INVALID_INPUT,
        ['document'],
        `and ${more} more problems past the first ${MAX_PROBLEMS}: mend these and import again.`,
      ),
    );
  return new UserErrors(errors);
}
