import {
  type ConstDirectiveNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type FieldNode,
  type GraphQLNamedType,
  isCompositeType,
  parse,
  valueFromASTUntyped,
  visit,
} from 'graphql';

export interface ListSize {
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

/** What a field's value costs: its own @cost, its type's, else 1 for an object and 0 for a scalar. */
export function ownWeight(directives: CostDirectives, key: string, named: GraphQLNamedType): number {
  return directives.fields.get(key) ?? directives.types.get(named.name) ?? (isCompositeType(named) ? 1 : 0);
}

/** What the arguments given to a field cost (@cost on an argument). */
export function argumentsCost(directives: CostDirectives, key: string, field: FieldNode): number {
  let cost = 0;
  for (const argument of field.arguments ?? []) cost += directives.arguments.get(`${key}(${argument.name.value})`) ?? 0;
  return cost;
}
