import { Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from "graphql";
import { limitError } from "./limit-error";

/**
 * The depth of GraphiQL's introspection query (graphql-js 16's getIntrospectionQuery: `__schema
 * { types { fields { args { type { …TypeRef } } } } }`, TypeRef nesting `ofType` nine times),
 * counted as the depth rule counts: each field one level, fragments none.
 */
export const INTROSPECTION_MAX_DEPTH = 15;

/**
 * Caps the depth of a `__schema` selection, which the depth rule leaves out (its limit is below
 * GraphiQL's query). graphql-js's own MaxIntrospectionDepthRule caps nested `fields`,
 * `inputFields`, `interfaces` and `possibleTypes` at three; this caps everything else
 * (`ofType`, `args`, `type`, …), so introspection stays as deep as GraphiQL's and no deeper.
 * Each fragment is measured once, so fragments spread exponentially are measured at once.
 */
export function introspectionDepthRule(limit = INTROSPECTION_MAX_DEPTH) {
  return (context: ValidationContext): ASTVisitor => {
    const fragmentDepths = new Map<string, number>();
    const measuring = new Set<string>();
    let reported = false;

    function depthOf(selectionSet: SelectionSetNode): number {
      let depth = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          depth = Math.max(depth, 1 + (selection.selectionSet ? depthOf(selection.selectionSet) : 0));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          depth = Math.max(depth, depthOf(selection.selectionSet));
        } else {
          depth = Math.max(depth, fragmentDepth(context.getFragment(selection.name.value)));
        }
      }
      return depth;
    }

    function fragmentDepth(fragment: FragmentDefinitionNode | null | undefined): number {
      // A cycle is reported by NoFragmentCyclesRule; here it must only not recurse forever.
      if (!fragment || measuring.has(fragment.name.value)) {
        return 0;
      }
      const known = fragmentDepths.get(fragment.name.value);
      if (known !== undefined) {
        return known;
      }
      measuring.add(fragment.name.value);
      const depth = depthOf(fragment.selectionSet);
      measuring.delete(fragment.name.value);
      fragmentDepths.set(fragment.name.value, depth);
      return depth;
    }

    return {
      Field(node) {
        if (reported || node.name.value !== "__schema") {
          return;
        }
        // `__schema` exists on the query root only: it is always the first level.
        const depth = 1 + (node.selectionSet ? depthOf(node.selectionSet) : 0);
        if (depth > limit) {
          reported = true;
          context.reportError(
            limitError("OPERATION_TOO_DEEP", `The introspection query has ${depth} levels of nested fields; the limit for introspection is ${limit}.`, {
              limit,
              found: depth,
            }),
          );
        }
      },
    };
  };
}
