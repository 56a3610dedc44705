import { getOperationAST, Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from "graphql";

/** Root query fields that check a code: each selection of one costs a check, aliases included. */
export const CODE_CHECK_FIELDS: ReadonlySet<string> = new Set(["verify", "lookup"]);

function count(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): number {
  let checks = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      checks += CODE_CHECK_FIELDS.has(selection.name.value) ? 1 : 0;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      checks += count(selection.selectionSet, fragments, seen);
    } else {
      const fragment = fragments.get(selection.name.value);
      // A fragment spread twice at the root is counted twice: GraphQL merges the fields, the count stays on the safe side.
      if (fragment && !seen.has(fragment.name.value)) {
        checks += count(fragment.selectionSet, fragments, new Set([...seen, fragment.name.value]));
      }
    }
  }
  return checks;
}

/**
 * How many code checks the operation that will run asks for: its root `verify` and `lookup`
 * selections, through fragments, whether or not an @skip/@include would drop them.
 */
export function codeChecksIn(document: DocumentNode, operationName?: string | null): number {
  const operation = getOperationAST(document, operationName);
  if (!operation || operation.operation !== "query") {
    return 0;
  }
  const fragments = new Map(
    document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION).map((definition) => [definition.name.value, definition]),
  );
  return count(operation.selectionSet, fragments, new Set());
}
