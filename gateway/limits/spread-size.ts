import { Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from "graphql";
import { limitError } from "./limit-error";

/**
 * The fields of a selection set with every fragment written out where it is spread. Each
 * fragment is measured once, so `F0 { ...F1 ...F1 }`, `F1 { ...F2 ...F2 }`, … 190 levels deep
 * (2^190 fields) is measured at once; the answer may then be a float, or Infinity.
 */
export function spreadSize(selectionSet: SelectionSetNode, fragmentOf: (name: string) => FragmentDefinitionNode | null | undefined): number {
  const sizes = new Map<string, number>();
  const measuring = new Set<string>();
  const size = (set: SelectionSetNode): number => {
    let fields = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        fields += 1 + (selection.selectionSet ? size(selection.selectionSet) : 0);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        fields += size(selection.selectionSet);
      } else {
        const name = selection.name.value;
        const fragment = fragmentOf(name);
        // A cycle is reported by NoFragmentCyclesRule; here it must only not recurse forever.
        if (!fragment || measuring.has(name)) {
          continue;
        }
        if (!sizes.has(name)) {
          measuring.add(name);
          sizes.set(name, size(fragment.selectionSet));
          measuring.delete(name);
        }
        fields += sizes.get(name) ?? 0;
      }
    }
    return fields;
  };
  return size(selectionSet);
}

/**
 * Refuses an operation whose fields, fragments written out in place, outnumber the token limit:
 * written out, it would be refused as TOO_MANY_TOKENS (a field is at least one token). The query
 * planner works on the operation so written out, in time and memory that grow with it: a
 * 900-byte document spreading fragments 22 levels deep is 4 million `__typename`s, costs 0 and
 * has no alias or depth to refuse, and the Rust planner took 2 s at 18 levels, 4 times as long at
 * each 2 more, and was killed for 23 GB of memory at 150.
 */
export function spreadSizeRule(limit: number) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const found = spreadSize(node.selectionSet, (name) => context.getFragment(name));
      if (found > limit) {
        const shown = Number.isFinite(found) && found < 1e15 ? found.toLocaleString("en") : "more than 10^15";
        context.reportError(
          limitError("TOO_MANY_TOKENS", `The operation has ${shown} fields once its fragments are spread in place, so more than ${limit} tokens; the limit is ${limit}.`, {
            limit,
            found: Number.isFinite(found) ? found : null,
          }),
        );
      }
      return false;
    },
  });
}
