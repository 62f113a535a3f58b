import { STATUS_CODES } from 'node:http';
import type { Response } from 'express';

/** RFC 9457's media type, which every error of the REST routes (HSDS, JSON-LD, catalogue, /status) answers in. */
export const PROBLEM_JSON = 'application/problem+json';

/** An RFC 9457 problem: `type` about:blank says the status is the whole story, and `title` is then its phrase. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  [extension: string]: unknown;
}

export function problemOf(status: number, detail: string, extensions: Record<string, unknown> = {}): Problem {
  return { type: 'about:blank', title: STATUS_CODES[status] ?? 'Error', status, detail, ...extensions };
}

/** Answers `status` as application/problem+json. GraphQL's errors keep their own shape (server/errors.ts). */
export function sendProblem(res: Response, status: number, detail: string, extensions: Record<string, unknown> = {}): void {
  res
    .status(status)
    .type(PROBLEM_JSON)
    .send(JSON.stringify(problemOf(status, detail, extensions)));
}
