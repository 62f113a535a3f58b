import {
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLField,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  type OperationDefinitionNode,
  valueFromASTUntyped,
} from 'graphql';
import { argumentsCost, type CostDirectives, type ListSize, ownWeight } from './cost-directives.js';
import {
  collectFields,
  fieldDefinition,
  type Priced,
  pricedOperation,
  responseKeyOf,
  type Selected,
  subSelections,
} from './cost-fields.js';

/**
 * Demand control after the IBM GraphQL Cost Directive specification, as Apollo Router applies it
 * ("static estimated" cost):
 * - a field of an object, interface or union type costs 1, a scalar or enum 0, unless the field or its
 *   type carries `@cost(weight:)` (a Municipio's boundary: 1000); an argument with `@cost` adds its weight;
 * - a list multiplies the cost of its items by its size: the value of its slicing argument (`first`,
 *   from a literal, a variable or the argument's default), else its `assumedSize`, else
 *   DEFAULT_LIST_SIZE. A connection's `sizedFields` (`edges`, `nodes`) take the size of the field above;
 * - fields that share a response key are merged, their sub-selections with them, as graphql-js
 *   executes them (`nodes { id } nodes { municipio { boundary } }` is one list of both); in the
 *   estimate, fields selected on different types (`... on A`, `... on B`) each count (the safe side);
 * - a mutation adds 10; introspection is priced like the rest, its lists at DEFAULT_LIST_SIZE.
 * The federation entry point `_entities(representations:)` is sized by its representations.
 */

/** The size of a list that has no @listSize (Apollo Router's `list_size`). */
export const DEFAULT_LIST_SIZE = 10;

/** The estimated cost of the operation, before anything runs. */
export function estimatedCost(directives: CostDirectives, request: Priced): number {
  const priced = pricedOperation(request);
  if (!priced) return 0;
  const { operation, root, fragments, base } = priced;
  const variables = withDefaults(operation, request.variables ?? {});

  const selectionCost = (sets: Selected[], sized: Map<string, number>): number => {
    let total = 0;
    // Merged by type and response key: the same field selected twice on a type is one field.
    for (const entries of collectFields(request.schema, sets, fragments, (field, type) => `${type.name}.${responseKeyOf(field)}`)) {
      const [field, type] = entries[0] as [FieldNode, GraphQLCompositeType];
      const definition = fieldDefinition(type, field.name.value);
      if (!definition) continue;
      const key = `${type.name}.${definition.name}`;
      let cost = argumentsCost(directives, key, field);
      const named = getNamedType(definition.type);
      const own = ownWeight(directives, key, named);
      const size = isList(definition) ? (sized.get(field.name.value) ?? listSize(directives, key, definition, field, variables)) : 1;
      // The fields a connection sizes (edges, nodes) take the size of its slicing argument.
      const sizedBelow = new Map<string, number>();
      const list = directives.lists.get(key);
      if (list?.sizedFields?.length) {
        const slice = slicedSize(list, definition, field, variables) ?? list.assumedSize ?? DEFAULT_LIST_SIZE;
        for (const name of list.sizedFields) sizedBelow.set(name, slice);
      }
      const children = isCompositeType(named) ? subSelections(entries, named) : [];
      cost += size * (own + (children.length ? selectionCost(children, sizedBelow) : 0));
      total += cost;
    }
    return total;
  };
  return base + selectionCost([[operation.selectionSet, root]], new Map());
}

function isList(definition: GraphQLField<unknown, unknown>): boolean {
  return isListType(getNullableType(definition.type));
}

function listSize(
  directives: CostDirectives,
  key: string,
  definition: GraphQLField<unknown, unknown>,
  field: FieldNode,
  variables: Record<string, unknown>,
): number {
  if (definition.name === '_entities') {
    const representations = argumentValue(definition, field, 'representations', variables);
    return Array.isArray(representations) ? representations.length : DEFAULT_LIST_SIZE;
  }
  const list = directives.lists.get(key);
  if (!list) return DEFAULT_LIST_SIZE;
  if (list.sizedFields?.length) return 1; // a connection: its sized fields are the lists
  return slicedSize(list, definition, field, variables) ?? list.assumedSize ?? DEFAULT_LIST_SIZE;
}

/** The largest slicing argument given (literal, variable or default), or undefined when none is. */
function slicedSize(
  list: ListSize,
  definition: GraphQLField<unknown, unknown>,
  field: FieldNode,
  variables: Record<string, unknown>,
): number | undefined {
  let size: number | undefined;
  for (const name of list.slicingArguments ?? []) {
    const value = Number(argumentValue(definition, field, name, variables));
    if (Number.isFinite(value) && value >= 0) size = Math.max(size ?? 0, value);
  }
  return size;
}

/** An argument's value: a literal, a variable's value, or the argument's default. */
function argumentValue(
  definition: GraphQLField<unknown, unknown>,
  field: FieldNode,
  name: string,
  variables: Record<string, unknown>,
): unknown {
  const given = field.arguments?.find((a) => a.name.value === name);
  if (given) {
    if (given.value.kind === Kind.VARIABLE) {
      const value = variables[given.value.name.value];
      if (value !== undefined) return value;
    } else {
      return valueFromASTUntyped(given.value, variables);
    }
  }
  return definition.args.find((a) => a.name === name)?.defaultValue;
}

/** The request's variables, with the operation's defaults for those it did not give. */
function withDefaults(operation: OperationDefinitionNode, given: Record<string, unknown>): Record<string, unknown> {
  const variables = { ...given };
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (variables[name] === undefined && definition.defaultValue) variables[name] = valueFromASTUntyped(definition.defaultValue);
  }
  return variables;
}
