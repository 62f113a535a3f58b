import { readFile } from 'node:fs/promises';
import { Supergraph } from '@apollo/federation-internals';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isSpecifiedScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { root } from './support/hub.js';

describe('the public schema', () => {
  it('describes every type, field, argument and enum value', async () => {
    const supergraph = await readFile(`${root}/schema/supergraph.graphql`, 'utf8');
    const api = Supergraph.build(supergraph).apiSchema().toGraphQLJSSchema();
    const missing: string[] = [];
    for (const type of Object.values(api.getTypeMap())) {
      if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
      if (!type.description && type.name !== 'Query' && type.name !== 'Mutation') missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('says what things mean to a client, nothing of how the hub is built', async () => {
    const api = await readFile(`${root}/schema/api.graphql`, 'utf8');
    const descriptions = [...api.matchAll(/"""([\s\S]*?)"""|"([^"\n]*)"\n/g)].map((m) => m[1] ?? m[2] ?? '');
    const builtHow =
      /owned by|subgraph|servizio-civile|leva-civica|spazio-comune|HUB_[A-Z_]+|DATABASE_URL|gateway|PostgreSQL|\bSQL\b|seeded/i;
    expect(descriptions.length).toBeGreaterThan(400);
    expect(descriptions.filter((d) => builtHow.test(d))).toEqual([]);
  });
});
