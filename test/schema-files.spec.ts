import { describe, expect, it } from 'vitest';
import { staleSchemaFiles } from '../scripts/supergraph.js';
import { root } from './support/hub.js';

describe('schema/', () => {
  it('holds the SDL the code builds and a supergraph that composes from it (npm run compose)', async () => {
    expect(await staleSchemaFiles(root)).toEqual([]);
  });
});
