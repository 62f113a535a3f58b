import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  isCompositeType,
  Kind,
  type OperationDefinitionNode,
  OperationTypeNode,
  SchemaMetaFieldDef,
  type SelectionSetNode,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  typeFromAST,
} from 'graphql';

/** What an operation adds to the cost of its fields when it is a mutation. */
const MUTATION_COST = 10;

/** What a cost is computed over: the operation the request runs, in its document, with its variables. */
export interface Priced {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/** What both costs start from: the operation, its root type and fragments, and what it adds as a mutation. */
export interface PricedOperation {
  operation: OperationDefinitionNode;
  root: GraphQLCompositeType;
  fragments: Map<string, FragmentDefinitionNode>;
  base: number;
}

/** The operation a request runs, ready to price; undefined when there is none (or no root type for it), which costs 0. */
export function pricedOperation(request: Priced): PricedOperation | undefined {
  const operation = operationOf(request.document, request.operationName);
  if (!operation) return undefined;
  const root = request.schema.getRootType(operation.operation);
  if (!root) return undefined;
  const base = operation.operation === OperationTypeNode.MUTATION ? MUTATION_COST : 0;
  return { operation, root, fragments: fragmentsOf(request.document), base };
}

function operationOf(document: DocumentNode, name?: string | null): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return name ? operations.find((o) => o.name?.value === name) : operations[0];
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  return fragments;
}

/** A selection set and the type it is selected on. */
export type Selected = [SelectionSetNode, GraphQLCompositeType];

export function responseKeyOf(field: FieldNode): string {
  return field.alias?.value ?? field.name.value;
}

/**
 * The fields of selection sets grouped by key (a response key, or a type and a response key), in the
 * order first seen, as graphql-js's collectFields groups them for execution. graphql's own helper is
 * not used: it needs the runtime object type, where a cost is computed over the type selected on
 * (an interface's fields before any object is known).
 */
export function collectFields(
  schema: GraphQLSchema,
  sets: Selected[],
  fragments: Map<string, FragmentDefinitionNode>,
  keyOf: (field: FieldNode, type: GraphQLCompositeType) => string,
): [FieldNode, GraphQLCompositeType][][] {
  const groups = new Map<string, [FieldNode, GraphQLCompositeType][]>();
  for (const [set, parent] of sets) {
    for (const entry of fieldsOf(schema, set, parent, fragments)) {
      const key = keyOf(entry[0], entry[1]);
      const group = groups.get(key);
      if (group) group.push(entry);
      else groups.set(key, [entry]);
    }
  }
  return [...groups.values()];
}

/** The sub-selections of merged fields, each on the field's type. */
export function subSelections(entries: [FieldNode, GraphQLCompositeType][], named: GraphQLCompositeType): Selected[] {
  const below: Selected[] = [];
  for (const [field] of entries) if (field.selectionSet) below.push([field.selectionSet, named]);
  return below;
}

/**
 * The fields of a selection set with the type each is selected on, through inline fragments and
 * spreads. A fragment spread twice (siblings, or in two branches) gives its fields each time, and
 * they merge by key; `path` holds only the spreads being expanded above, so that a cycle (which
 * validation refuses anyway) ends.
 */
function fieldsOf(
  schema: GraphQLSchema,
  set: SelectionSetNode,
  parent: GraphQLCompositeType,
  fragments: Map<string, FragmentDefinitionNode>,
  path: ReadonlySet<string> = new Set(),
): [FieldNode, GraphQLCompositeType][] {
  const fields: [FieldNode, GraphQLCompositeType][] = [];
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      fields.push([selection, parent]);
      continue;
    }
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
    if (!fragment) continue;
    let inner = path;
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      if (path.has(selection.name.value)) continue;
      inner = new Set(path).add(selection.name.value);
    }
    const condition = fragment.typeCondition ? typeFromAST(schema, fragment.typeCondition) : parent;
    const on = condition && isCompositeType(condition) ? condition : parent;
    fields.push(...fieldsOf(schema, fragment.selectionSet, on, fragments, inner));
  }
  return fields;
}

export function fieldDefinition(parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === TypeNameMetaFieldDef.name) return undefined; // free
  // Introspection is priced like any other read: a short document of fragments over __Type is costly.
  if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
  if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  if (!('getFields' in parent)) return undefined;
  return parent.getFields()[name] as GraphQLField<unknown, unknown> | undefined;
}
