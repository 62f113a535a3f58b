import {
  type ConstDirectiveNode,
  type FieldDefinitionNode,
  type GraphQLField,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  Kind,
  parse,
} from 'graphql';
import { MAX_PAGE } from './connection.js';

/**
 * Demand control (IBM GraphQL Cost Directive specification, as Apollo Router applies it): every
 * field that takes `first` is sized by it, the same way in every subgraph. A connection is sized
 * through its `edges` and `nodes`; a plain list by itself. `assumedSize` is what a client that gives
 * no `first` gets at most (`first` defaults to MAX_PAGE). Every other list carries its own
 * `@listSize(assumedSize: …)` beside its field, bounded by what it lists (Query.municipi: 9); a list
 * without a size fails test/demand-control.spec.ts, which reads the supergraph.
 */
export function sizeListsByFirst(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.some((arg) => arg.name === 'first')) continue;
      const connection = getNamedType(field.type).name.endsWith('Connection');
      if (!connection && !isListType(getNullableType(field.type))) continue;
      addDirective(
        field,
        connection
          ? `@listSize(slicingArguments: ["first"], sizedFields: ["edges", "nodes"], assumedSize: ${MAX_PAGE})`
          : `@listSize(slicingArguments: ["first"], assumedSize: ${MAX_PAGE})`,
      );
    }
  }
}

function addDirective(field: GraphQLField<unknown, unknown>, directive: string): void {
  const node = directiveNode(directive);
  const astNode: FieldDefinitionNode = field.astNode ?? {
    kind: Kind.FIELD_DEFINITION,
    name: { kind: Kind.NAME, value: field.name },
    type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: getNamedType(field.type).name } },
  };
  if (astNode.directives?.some((d) => d.name.value === node.name.value)) return; // sized by hand
  field.astNode = { ...astNode, directives: [...(astNode.directives ?? []), node] };
}

function directiveNode(directive: string): ConstDirectiveNode {
  const document = parse(`type T { f: Int ${directive} }`);
  const definition = document.definitions[0];
  if (definition?.kind !== Kind.OBJECT_TYPE_DEFINITION) throw new Error('unreachable');
  const found = definition.fields?.[0]?.directives?.[0];
  if (!found) throw new Error(`not a directive: ${directive}`);
  return found;
}
