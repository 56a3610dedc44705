import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";

export interface CostModel {
  /** Assumed length of a list whose field has no slicing argument. */
  listSize: number;
}

/** Arguments that say how many items a field returns (the supergraph's connections take `first`). */
const SLICING_ARGUMENTS = ["first", "last"];

type Variables = Readonly<Record<string, unknown>> | null | undefined;

function listDepth(type: GraphQLOutputType): number {
  let depth = 0;
  let current = getNullableType(type);
  while (isListType(current)) {
    depth += 1;
    current = getNullableType(current.ofType);
  }
  return depth;
}

/**
 * How many items the field asks for: its slicing argument as sent (a literal, or a variable as
 * given or defaulted in the operation), else the schema default; undefined without one.
 */
function sliceSize(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Variables, defaults: Record<string, unknown>, model: CostModel): number | undefined {
  const argument = field.args.find((candidate) => SLICING_ARGUMENTS.includes(candidate.name));
  if (!argument) {
    return undefined;
  }
  const given = node.arguments?.find((candidate) => candidate.name.value === argument.name)?.value;
  const raw =
    given?.kind === Kind.VARIABLE ? (variables?.[given.name.value] ?? defaults[given.name.value]) : given ? valueFromASTUntyped(given) : undefined;
  const value = Number(raw ?? argument.defaultValue ?? model.listSize);
  // Anything not a positive number is refused by the subgraph anyway; count it as one page of the assumed size.
  return Number.isFinite(value) && value >= 1 ? Math.ceil(value) : model.listSize;
}

/**
 * The estimated number of objects an operation returns, before anything runs, in the manner of
 * the IBM GraphQL cost spec: each field returning an object counts 1 (scalars count 0),
 * multiplied by the sizes of the lists around it. A list's size is its `first` argument (as
 * sent or defaulted); on a connection, `first` sizes everything inside it (its `edges` list is
 * not counted again); a list without one counts `listSize`. Introspection fields cost nothing. Fragments are priced once per type
 * and sizing (the cost is linear in the multiplier), so a document that spreads fragments
 * exponentially is priced in linear time, and its price overflows to Infinity rather than hangs.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Variables,
  model: CostModel,
): number {
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((candidate) => candidate.name?.value === operationName) : operations[0];
  if (!operation) {
    return 0;
  }
  const root = schema.getRootType(operation.operation);
  if (!root) {
    return 0;
  }
  // A variable the request leaves out takes its default from the operation (`query($n: Int = 50)`).
  const defaults: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) {
      defaults[definition.variable.name.value] = valueFromASTUntyped(definition.defaultValue);
    }
  }
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  // Unit cost (multiplier 1) of a fragment, by name and by whether its parent was sliced.
  const fragmentCosts = new Map<string, number>();
  const pricing = new Set<string>();

  function selectionCost(selectionSet: SelectionSetNode, parentType: GraphQLCompositeType, parentSliced: boolean): number {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        cost += fieldCost(selection, parentType, parentSliced);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typeName = selection.typeCondition?.name.value;
        const type = typeName ? schema.getType(typeName) : parentType;
        cost += isCompositeType(type) ? selectionCost(selection.selectionSet, type, parentSliced) : 0;
      } else {
        const key = `${selection.name.value}:${parentSliced}`;
        const known = fragmentCosts.get(key);
        if (known !== undefined) {
          cost += known;
          continue;
        }
        const fragment = fragments.get(selection.name.value);
        const type = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined;
        // A cycle is a validation error; it never reaches here, but must not recurse forever if it did.
        if (!fragment || !isCompositeType(type) || pricing.has(key)) {
          continue;
        }
        pricing.add(key);
        const unit = selectionCost(fragment.selectionSet, type, parentSliced);
        pricing.delete(key);
        fragmentCosts.set(key, unit);
        cost += unit;
      }
    }
    return cost;
  }

  function fieldCost(node: FieldNode, parentType: GraphQLCompositeType, parentSliced: boolean): number {
    if (node.name.value.startsWith("__") || !(isObjectType(parentType) || isInterfaceType(parentType))) {
      return 0;
    }
    const field = parentType.getFields()[node.name.value];
    if (!field) {
      return 0;
    }
    const slice = sliceSize(field, node, variables, defaults, model);
    const lists = listDepth(field.type);
    let factor = 1;
    if (slice !== undefined) {
      factor = slice * model.listSize ** Math.max(0, lists - 1);
    } else if (lists > 0) {
      // The `edges` of a connection sliced just above: its size is that slice, already counted.
      factor = model.listSize ** (parentSliced ? lists - 1 : lists);
    }
    const type = getNamedType(field.type);
    if (!isCompositeType(type)) {
      return 0;
    }
    const connection = slice !== undefined && lists === 0;
    const below = node.selectionSet ? selectionCost(node.selectionSet, type, connection) : 0;
    // A connection is one object; what it holds comes `first` times.
    return connection ? 1 + factor * below : factor * (1 + below);
  }

  return selectionCost(operation.selectionSet, root, false);
}
