import { getOperationAST, Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from "graphql";

/**
 * Root query fields that check a code: each selection of one costs a check, aliases included.
 * `warrantyStatus` counts too: it tells whether a code, another tenant's included, is genuine
 * (docs/security.md "Field access"), so it is as good an oracle for guessing codes as `verify`.
 */
export const CODE_CHECK_FIELDS: ReadonlySet<string> = new Set(["verify", "lookup", "warrantyStatus"]);

/**
 * How many code checks the operation that will run asks for: its root `verify`, `lookup` and
 * `warrantyStatus` selections, through fragments, whether or not an @skip/@include would drop them.
 */
export function codeChecksIn(document: DocumentNode, operationName?: string | null): number {
  const operation = getOperationAST(document, operationName);
  if (!operation || operation.operation !== "query") {
    return 0;
  }
  const fragments = new Map(
    document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION).map((definition) => [definition.name.value, definition]),
  );
  // Checks in each fragment, counted once: only root selections count, so a fragment holds the same
  // number wherever it is spread. Walked spread by spread, a document that spreads fragments
  // exponentially (F0 { ...F1 ...F1 }, F1 { ...F2 ...F2 }, …) would block the event loop for hours.
  const counted = new Map<string, number>();
  const counting = new Set<string>();

  function count(selectionSet: SelectionSetNode): number {
    let checks = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        checks += CODE_CHECK_FIELDS.has(selection.name.value) ? 1 : 0;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        checks += count(selection.selectionSet);
      } else {
        const name = selection.name.value;
        const fragment: FragmentDefinitionNode | undefined = fragments.get(name);
        // A cycle is a validation error and never runs; it must not recurse forever here either.
        if (!fragment || counting.has(name)) {
          continue;
        }
        if (!counted.has(name)) {
          counting.add(name);
          counted.set(name, count(fragment.selectionSet));
          counting.delete(name);
        }
        // A fragment spread twice at the root is counted twice: GraphQL merges the fields, the count stays on the safe side.
        checks += counted.get(name) ?? 0;
      }
    }
    return checks;
  }

  return count(operation.selectionSet);
}
