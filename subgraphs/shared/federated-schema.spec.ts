import type { GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { subgraphs } from '../index.js';
import { RefusedScalarValue } from './scalars.js';
import { subgraphSchema } from './server.js';

describe('a subgraph schema', () => {
  it('checks refused scalar values only on fields that take arguments: a plain field answers at once', async () => {
    const definition = subgraphs.find((s) => s.name === 'spazio-comune');
    if (!definition) throw new Error('no spazio-comune');
    const { schema } = await subgraphSchema(definition);
    const point = schema.getType('Point') as GraphQLObjectType;
    const info = {} as GraphQLResolveInfo;
    // Not a promise: no middleware runs for a field without arguments.
    const name = point.getFields().name?.resolve?.({ name: 'Spazio WeMi' }, {}, {}, info);
    expect(name).not.toBeInstanceOf(Promise);
    expect(name).toBe('Spazio WeMi');
    const isOpen = point.getFields().isOpen?.resolve;
    expect(() => isOpen?.({}, { at: new RefusedScalarValue('DateTime cannot represent x.') }, {}, info)).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'at' } }),
    );
  });
});
