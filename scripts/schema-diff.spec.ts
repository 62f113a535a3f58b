import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { type ObjectTypeDefinitionNode, parse, print, visit } from 'graphql';
import { describe, expect, it } from 'vitest';
import { compareSchemas, compareWithRelease } from './schema-diff.js';

const released = await readFile(new URL('../schema/released/api.graphql', import.meta.url), 'utf8');

/** The released schema with the field `type.field` replaced by the fields of `replacement` (none: removed). */
function edit(type: string, field: string, replacement = ''): string {
  const added = replacement ? ((parse(`type X { ${replacement} }`).definitions[0] as ObjectTypeDefinitionNode).fields ?? []) : [];
  let found = false;
  const document = visit(parse(released), {
    ObjectTypeDefinition(node) {
      if (node.name.value !== type) return undefined;
      found = (node.fields ?? []).some((f) => f.name.value === field);
      return { ...node, fields: (node.fields ?? []).flatMap((f) => (f.name.value === field ? added : [f])) };
    },
  });
  expect(found).toBe(true);
  return print(document);
}

describe('the breaking-change check (npm run schema:check)', () => {
  it('fails on a removed field', async () => {
    const result = await compareSchemas(released, edit('Point', 'name'), []);
    expect(result.unintended.map((c) => [c.type, c.path])).toEqual([['FIELD_REMOVED', 'Point.name']]);
  });

  it('passes a removed field listed as intended, and reports a listed change that did not happen', async () => {
    const intended = [{ path: 'Point.name', type: 'FIELD_REMOVED', reason: 'test' }];
    expect((await compareSchemas(released, edit('Point', 'name'), intended)).unintended).toEqual([]);
    expect((await compareSchemas(released, released, intended)).unused).toEqual(intended);
  });

  it('fails on a changed field type', async () => {
    const result = await compareSchemas(released, edit('Point', 'name', 'name: Int!'), []);
    expect(result.unintended.map((c) => c.type)).toEqual(['FIELD_TYPE_CHANGED']);
  });

  it('passes an added field and a deprecation', async () => {
    const added = edit('Point', 'name', 'name: String! @deprecated(reason: "Use title.") title: String!');
    const result = await compareSchemas(released, added, []);
    expect(result.unintended).toEqual([]);
    expect(result.compatible.map((c) => c.type)).toEqual(expect.arrayContaining(['FIELD_ADDED', 'FIELD_DEPRECATION_ADDED']));
  });

  it('fails when the composed schema lacks a field of the release (a release kept in a fixture folder)', async () => {
    const fixture = await mkdtemp(`${tmpdir()}/schema-check-`);
    await mkdir(`${fixture}/schema/released`, { recursive: true });
    await writeFile(`${fixture}/schema/released/api.graphql`, edit('Point', 'name', 'name: String! openingYear: Int'));
    await writeFile(
      `${fixture}/schema/released/intended-breaking-changes.json`,
      await readFile(new URL('../schema/released/intended-breaking-changes.json', import.meta.url), 'utf8'),
    );
    const result = await compareWithRelease(fixture);
    await rm(fixture, { recursive: true });
    expect(result.unintended.map((c) => [c.type, c.path])).toEqual([['FIELD_REMOVED', 'Point.openingYear']]);
  });

  it('passes the checked-in API schema against the released one, with the listed intended changes', async () => {
    const current = await readFile(new URL('../schema/api.graphql', import.meta.url), 'utf8');
    const intended = JSON.parse(await readFile(new URL('../schema/released/intended-breaking-changes.json', import.meta.url), 'utf8'));
    const result = await compareSchemas(released, current, intended);
    expect([result.unintended, result.unused]).toEqual([[], []]);
  });
});
