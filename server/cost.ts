import {
  type ConstDirectiveNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  type OperationDefinitionNode,
  OperationTypeNode,
  parse,
  SchemaMetaFieldDef,
  type SelectionSetNode,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  typeFromAST,
  valueFromASTUntyped,
  visit,
} from 'graphql';

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
const MUTATION_COST = 10;

interface ListSize {
  assumedSize?: number;
  slicingArguments?: string[];
  sizedFields?: string[];
}

/** The @cost and @listSize directives of a schema, read from its SDL (a subgraph's or the supergraph). */
export interface CostDirectives {
  /** "Type.field" → @cost weight. */
  fields: Map<string, number>;
  /** Type → @cost weight. */
  types: Map<string, number>;
  /** "Type.field(argument)" → @cost weight. */
  arguments: Map<string, number>;
  /** "Type.field" → @listSize. */
  lists: Map<string, ListSize>;
}

export function costDirectivesOf(sdl: string | DocumentNode): CostDirectives {
  const document = typeof sdl === 'string' ? parse(sdl) : sdl;
  const found: CostDirectives = { fields: new Map(), types: new Map(), arguments: new Map(), lists: new Map() };
  const onType = (node: TypeNode) => {
    const typeWeight = weightOf(node.directives);
    if (typeWeight !== undefined) found.types.set(node.name.value, typeWeight);
    for (const field of node.fields ?? []) {
      const key = `${node.name.value}.${field.name.value}`;
      const weight = weightOf(field.directives);
      if (weight !== undefined) found.fields.set(key, weight);
      for (const argument of field.arguments ?? []) {
        const argumentWeight = weightOf(argument.directives);
        if (argumentWeight !== undefined) found.arguments.set(`${key}(${argument.name.value})`, argumentWeight);
      }
      const listSize = field.directives?.find((d) => d.name.value === 'listSize');
      if (listSize) {
        found.lists.set(key, Object.fromEntries((listSize.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value)])));
      }
    }
  };
  visit(document, {
    ObjectTypeDefinition: onType,
    ObjectTypeExtension: onType,
    InterfaceTypeDefinition: onType,
    InterfaceTypeExtension: onType,
    ScalarTypeDefinition: onType,
    EnumTypeDefinition: onType,
  });
  return found;
}

type TypeNode = {
  name: { value: string };
  directives?: readonly ConstDirectiveNode[];
  fields?: readonly FieldDefinitionNode[];
};

function weightOf(directives: readonly ConstDirectiveNode[] = []): number | undefined {
  const weight = directives.find((d) => d.name.value === 'cost')?.arguments?.find((a) => a.name.value === 'weight');
  return weight ? Number(valueFromASTUntyped(weight.value)) : undefined;
}

/** What a cost is computed over: the operation the request runs, in its document, with its variables. */
export interface Priced {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/** The estimated cost of the operation, before anything runs. */
export function estimatedCost(directives: CostDirectives, request: Priced): number {
  const operation = operationOf(request.document, request.operationName);
  if (!operation) return 0;
  const root = rootType(request.schema, operation);
  if (!root) return 0;
  const fragments = fragmentsOf(request.document);
  const variables = withDefaults(operation, request.variables ?? {});
  const base = operation.operation === OperationTypeNode.MUTATION ? MUTATION_COST : 0;

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

/**
 * The cost of what was answered: the same weights, with each list counted at the length it had
 * (Apollo Router's "actual" cost). Fields absent from the answer (another type's fragment) cost
 * nothing, null values only their arguments' weights. The walk follows a plan made once per
 * selection set and type (kept while the parsed document lives), so that it costs little beside
 * writing the answer.
 */
export function actualCost(directives: CostDirectives, request: Priced, data: unknown): number {
  const operation = operationOf(request.document, request.operationName);
  if (!operation || data === null || typeof data !== 'object') return 0;
  const root = rootType(request.schema, operation);
  if (!root) return 0;
  const base = operation.operation === OperationTypeNode.MUTATION ? MUTATION_COST : 0;
  const planner = new Planner(directives, request.schema, fragmentsOf(request.document));
  return base + objectCost(planner.root(operation.selectionSet, root), data as Record<string, unknown>);
}

interface PlannedField {
  responseKey: string;
  /** What the field's value costs (an object's or a scalar's weight). */
  own: number;
  /** What its arguments cost. */
  arguments: number;
  /** The plan of its selection set, made on first use. */
  children: (() => Plan) | null;
}
type Plan = PlannedField[];

/**
 * Plans by schema (its directives), selection set and type, for as long as the parsed document lives
 * (Apollo keeps parsed documents in its document store).
 */
const plansBySchema = new WeakMap<CostDirectives, WeakMap<SelectionSetNode, Map<string, Plan>>>();

class Planner {
  private readonly plans: WeakMap<SelectionSetNode, Map<string, Plan>>;

  constructor(
    private readonly directives: CostDirectives,
    private readonly schema: GraphQLSchema,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
  ) {
    let plans = plansBySchema.get(directives);
    if (!plans) {
      plans = new WeakMap();
      plansBySchema.set(directives, plans);
    }
    this.plans = plans;
  }

  /** The plan of the operation's root selection set, kept while the parsed document lives. */
  root(set: SelectionSetNode, parent: GraphQLCompositeType): Plan {
    let byType = this.plans.get(set);
    if (!byType) {
      byType = new Map();
      this.plans.set(set, byType);
    }
    const known = byType.get(parent.name);
    if (known) return known;
    const plan = this.plan([[set, parent]]);
    byType.set(parent.name, plan);
    return plan;
  }

  /**
   * The fields of selection sets merged by response key, as an answer holds them: one entry per key,
   * whose children are the sub-selections of every field of that key (each made into a plan once).
   */
  private plan(sets: Selected[]): Plan {
    const plan: Plan = [];
    for (const entries of collectFields(this.schema, sets, this.fragments, responseKeyOf)) {
      let own = 0;
      let args = 0;
      const below: Selected[] = [];
      for (const [field, type] of entries) {
        const definition = fieldDefinition(type, field.name.value);
        if (!definition) continue;
        const key = `${type.name}.${definition.name}`;
        const named = getNamedType(definition.type);
        own = Math.max(own, ownWeight(this.directives, key, named));
        args = Math.max(args, argumentsCost(this.directives, key, field));
        if (isCompositeType(named)) below.push(...subSelections([[field, type]], named));
      }
      let children: Plan | null = null;
      plan.push({
        responseKey: responseKeyOf((entries[0] as [FieldNode, GraphQLCompositeType])[0]),
        own,
        arguments: args,
        children: below.length ? () => (children ??= this.plan(below)) : null,
      });
    }
    return plan;
  }
}

function objectCost(plan: Plan, value: Record<string, unknown>): number {
  let total = 0;
  for (const field of plan) {
    const item = value[field.responseKey];
    if (item === undefined) continue;
    total += field.arguments + valueCost(field, item);
  }
  return total;
}

function valueCost(field: PlannedField, item: unknown): number {
  if (item === null || item === undefined) return 0;
  if (Array.isArray(item)) {
    let total = 0;
    for (const each of item) total += valueCost(field, each);
    return total;
  }
  if (field.children && typeof item === 'object') return field.own + objectCost(field.children(), item as Record<string, unknown>);
  return field.own;
}

function operationOf(document: DocumentNode, name?: string | null): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return name ? operations.find((o) => o.name?.value === name) : operations[0];
}

function rootType(schema: GraphQLSchema, operation: OperationDefinitionNode) {
  return schema.getRootType(operation.operation) ?? undefined;
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  return fragments;
}

/** A selection set and the type it is selected on. */
type Selected = [SelectionSetNode, GraphQLCompositeType];

function responseKeyOf(field: FieldNode): string {
  return field.alias?.value ?? field.name.value;
}

/**
 * The fields of selection sets grouped by key (a response key, or a type and a response key), in the
 * order first seen, as graphql-js's collectFields groups them for execution. graphql's own helper is
 * not used: it needs the runtime object type, where a cost is computed over the type selected on
 * (an interface's fields before any object is known).
 */
function collectFields(
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
function subSelections(entries: [FieldNode, GraphQLCompositeType][], named: GraphQLCompositeType): Selected[] {
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

function fieldDefinition(parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === TypeNameMetaFieldDef.name) return undefined; // free
  // Introspection is priced like any other read: a short document of fragments over __Type is costly.
  if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
  if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  if (!('getFields' in parent)) return undefined;
  return parent.getFields()[name] as GraphQLField<unknown, unknown> | undefined;
}

function ownWeight(directives: CostDirectives, key: string, named: GraphQLNamedType): number {
  return directives.fields.get(key) ?? directives.types.get(named.name) ?? (isCompositeType(named) ? 1 : 0);
}

function argumentsCost(directives: CostDirectives, key: string, field: FieldNode): number {
  let cost = 0;
  for (const argument of field.arguments ?? []) cost += directives.arguments.get(`${key}(${argument.name.value})`) ?? 0;
  return cost;
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
