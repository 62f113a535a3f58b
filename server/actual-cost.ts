import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  getNamedType,
  isCompositeType,
  type SelectionSetNode,
} from 'graphql';
import { argumentsCost, type CostDirectives, ownWeight } from './cost-directives.js';
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
 * The cost of what was answered: the same weights, with each list counted at the length it had
 * (Apollo Router's "actual" cost). Fields absent from the answer (another type's fragment) cost
 * nothing, null values only their arguments' weights. The walk follows a plan made once per
 * selection set and type (kept while the parsed document lives), so that it costs little beside
 * writing the answer.
 */
export function actualCost(directives: CostDirectives, request: Priced, data: unknown): number {
  const priced = pricedOperation(request);
  if (!priced || data === null || typeof data !== 'object') return 0;
  const planner = new Planner(directives, request.schema, priced.fragments);
  return priced.base + objectCost(planner.root(priced.operation.selectionSet, priced.root), data as Record<string, unknown>);
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
