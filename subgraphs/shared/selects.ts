import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/**
 * Whether the field being resolved asks for its child field `name` (under any alias, through inline
 * fragments and named fragments): a loader then reads what that child needs in its own statement,
 * and never when the child is not asked for.
 */
export function selects(info: GraphQLResolveInfo, name: string): boolean {
  return childFields(info, name).length > 0;
}

/** Every selection of the child field `name` of the field being resolved (aliases, fragments), with its arguments. */
export function childFields(info: GraphQLResolveInfo, name: string): FieldNode[] {
  const found: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === name) found.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else visit(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return found;
}
