import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { checkReachableByPostgresUser } from '../scripts/embedded-postgres.js';

describe('the embedded PostgreSQL run as root', () => {
  it('refuses, with a plain explanation, a data folder under a folder the postgres user cannot enter', () => {
    const closed = mkdtempSync(`${tmpdir()}/milano-closed-`);
    chmodSync(closed, 0o700);
    try {
      expect(() => checkReachableByPostgresUser(`${closed}/data`, true)).toThrow(/cannot enter .*milano-closed-.*DATABASE_URL/s);
      chmodSync(closed, 0o755);
      expect(() => checkReachableByPostgresUser(`${closed}/data`, true)).not.toThrow();
    } finally {
      rmSync(closed, { recursive: true, force: true });
    }
  });
});
