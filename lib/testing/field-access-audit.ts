import {
  getNamedType,
  isAbstractType,
  isObjectType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";
import { getMetadataStorage } from "type-graphql";
import { ROLES, type Role } from "../auth/identity";

/** Who may call: anonymous callers, or a token with one of the roles. */
export type Caller = Role | "public";
export const CALLERS: readonly Caller[] = ["public", ...ROLES];
const TOKEN_ROLES: readonly Caller[] = ROLES;

export const ROOT_TYPES = ["Query", "Mutation", "Subscription"] as const;

/** The roles `@Authorized` names on one field, keyed `Type.field` as the schema spells it. */
export type AuthorizedRoles = Map<string, readonly Role[]>;

interface HandlerMetadata {
  target: Function;
  methodName: string;
  schemaName: string;
}

interface StorageView {
  authorizedFields: { target: Function; fieldName: string; roles: Role[] }[];
  authorizedResolver: { target: Function; roles: Role[] }[];
  queries: HandlerMetadata[];
  mutations: HandlerMetadata[];
  subscriptions: HandlerMetadata[];
  fieldResolvers: (HandlerMetadata & { kind: string })[];
  resolverClasses: { target: Function; getObjectType?: () => Function }[];
  objectTypes: { target: Function; name: string }[];
  interfaceTypes: { target: Function; name: string }[];
  fields: { target: Function; name: string; schemaName: string }[];
}

/**
 * Every `@Authorized` of every class type-graphql has seen (import the subgraph modules
 * first), as `Type.field → roles`. Read from the decorators' raw metadata, so it is what
 * the resolvers enforce. Throws on a decorator it cannot place, or on two classes giving
 * one schema field different roles.
 */
export function authorizedRoles(): AuthorizedRoles {
  const storage = getMetadataStorage() as unknown as StorageView;
  const typeNameOf = (target: Function) =>
    [...storage.objectTypes, ...storage.interfaceTypes].find((type) => type.target === target)?.name;
  const placements: [string, Function, string][] = [];
  for (const [root, handlers] of [["Query", storage.queries], ["Mutation", storage.mutations], ["Subscription", storage.subscriptions]] as const) {
    for (const handler of handlers) {
      placements.push([`${root}.${handler.schemaName}`, handler.target, handler.methodName]);
    }
  }
  for (const resolver of storage.fieldResolvers) {
    const objectType = storage.resolverClasses.find((entry) => entry.target === resolver.target)?.getObjectType?.();
    const typeName = objectType ? typeNameOf(objectType) : typeNameOf(resolver.target);
    if (typeName) {
      placements.push([`${typeName}.${resolver.schemaName}`, resolver.target, resolver.methodName]);
    }
  }
  for (const field of storage.fields) {
    const typeName = typeNameOf(field.target);
    if (typeName) {
      placements.push([`${typeName}.${field.schemaName}`, field.target, field.name]);
    }
  }
  if (storage.authorizedResolver.length > 0) {
    const names = storage.authorizedResolver.map((entry) => entry.target.name).join(", ");
    throw new Error(`Class-level @Authorized (${names}) is not audited: put @Authorized on each field instead.`);
  }
  const roles: AuthorizedRoles = new Map();
  for (const authorized of storage.authorizedFields) {
    const place = placements.find(([, target, name]) => target === authorized.target && name === authorized.fieldName);
    if (!place) {
      throw new Error(`@Authorized on ${authorized.target.name}.${authorized.fieldName} names no schema field.`);
    }
    const known = roles.get(place[0]);
    if (known && known.join() !== authorized.roles.join()) {
      throw new Error(`${place[0]} is @Authorized(${known.join(", ")}) in one class and (${authorized.roles.join(", ")}) in another.`);
    }
    roles.set(place[0], authorized.roles);
  }
  return roles;
}

/** The callers a field's own rule admits: no rule admits everyone; `service` never comes through the gateway. */
function ruleOf(roles: readonly Role[] | undefined): Set<Caller> {
  if (roles === undefined) {
    return new Set(CALLERS);
  }
  return new Set(roles.length === 0 ? TOKEN_ROLES : TOKEN_ROLES.filter((role) => roles.includes(role as Role)));
}

export interface FieldAccess {
  /** `Type.field` → the callers that can read it through the gateway. */
  fields: Map<string, Set<Caller>>;
  /** Type → the callers that can obtain an object of it. */
  types: Map<string, Set<Caller>>;
}

/**
 * Who can read each field of the API schema: a root field admits whom its rule admits; any
 * other field admits those who can reach its type (through some field that returned it)
 * and that its own rule admits. Computed to a fixed point over the whole graph.
 */
export function fieldAccess(schema: GraphQLSchema, authorized: AuthorizedRoles): FieldAccess {
  const types = new Map<string, Set<Caller>>();
  const fields = new Map<string, Set<Caller>>();
  const reach = (name: string) => types.get(name) ?? types.set(name, new Set()).get(name) as Set<Caller>;
  for (const root of ROOT_TYPES) {
    if (schema.getType(root)) {
      CALLERS.forEach((caller) => reach(root).add(caller));
    }
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__")) {
        continue;
      }
      const reached = reach(type.name);
      for (const field of Object.values(type.getFields())) {
        const key = `${type.name}.${field.name}`;
        const allowed = new Set([...ruleOf(authorized.get(key))].filter((caller) => reached.has(caller)));
        fields.set(key, allowed);
        const target = getNamedType(field.type);
        const targets: GraphQLObjectType[] = isAbstractType(target) ? [...schema.getPossibleTypes(target)] : isObjectType(target) ? [target] : [];
        for (const object of targets) {
          const into = reach(object.name);
          for (const caller of allowed) {
            if (!into.has(caller)) {
              into.add(caller);
              changed = true;
            }
          }
        }
      }
    }
  }
  return { fields, types };
}

/** Types with a federation `@key`: fields any subgraph can be asked for through `_entities`. */
export function entityTypes(supergraphSdl: string): string[] {
  return [...supergraphSdl.matchAll(/^type (\w+) [^{]*@join__type\([^)]*key:/gm)].map((match) => match[1]);
}

/** Every field the table must list: roots, entity fields, fields with their own rule, and everything anonymous callers reach. */
export function fieldsNeedingARule(schema: GraphQLSchema, supergraphSdl: string, authorized: AuthorizedRoles, access: FieldAccess): string[] {
  const entities = new Set(entityTypes(supergraphSdl));
  const needed: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) {
      continue;
    }
    const rootOrEntity = (ROOT_TYPES as readonly string[]).includes(type.name) || entities.has(type.name);
    const publicType = access.types.get(type.name)?.has("public") ?? false;
    for (const field of Object.keys(type.getFields())) {
      const key = `${type.name}.${field}`;
      if (rootOrEntity || publicType || authorized.has(key)) {
        needed.push(key);
      }
    }
  }
  return needed;
}
