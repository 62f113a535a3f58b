/**
 * Edits in progress, kept in sessionStorage as they are typed: a sign-in that expires, or the trip to
 * the identity provider and back, loses none of them. A draft remembers the version it was made on.
 */
export interface Draft<T> {
  pointId: string;
  section: string;
  version: number;
  value: T;
}

const key = (pointId: string, section: string) => `backoffice:draft:${pointId}:${section}`;

export function keepDraft<T>(draft: Draft<T>): void {
  sessionStorage.setItem(key(draft.pointId, draft.section), JSON.stringify(draft));
}

export function draftOf<T>(pointId: string, section: string): Draft<T> | null {
  return JSON.parse(sessionStorage.getItem(key(pointId, section)) ?? 'null') as Draft<T> | null;
}

export function dropDraft(pointId: string, section: string): void {
  sessionStorage.removeItem(key(pointId, section));
}
