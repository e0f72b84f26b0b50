/**
 * Every `ID` a caller sends is a UUID, checked before any resolver runs: arguments, list arguments and, for
 * queries, the fields of input objects (`filter.ids`, `filter.agencyId` …). A malformed id is the caller's mistake —
 * BAD_USER_INPUT naming the field — never a crash in PostgreSQL (22P02 → INTERNAL_SERVER_ERROR). Applied
 * to every subgraph's schema by `buildFederatedSchema`, so no resolver can forget it.
 */
import { defaultFieldResolver, getNullableType, GraphQLInputObjectType, GraphQLList, GraphQLObjectType, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import { badInput } from './errors.js';
import { isUuid } from './ids.js';

function check(type: GraphQLInputType, value: unknown, field: string, intoInputs: boolean): void {
  if (value === null || value === undefined) return;
  const t = getNullableType(type);
  if (t instanceof GraphQLList) {
    if (Array.isArray(value)) for (const v of value) check(t.ofType, v, field, intoInputs);
    else check(t.ofType, value, field, intoInputs);
    return;
  }
  if (t instanceof GraphQLInputObjectType) {
    if (intoInputs) for (const f of Object.values(t.getFields())) check(f.type, (value as Record<string, unknown>)[f.name], f.name, intoInputs);
    return;
  }
  if ('name' in t && t.name === 'ID' && (typeof value !== 'string' || !isUuid(value))) {
    throw badInput(`编号格式不正确：${String(value).slice(0, 64)}（应为 UUID，如 3f2504e0-4f89-41d3-9a0c-0305e82c3301）`, field);
  }
}

/** Whether `type` is or holds an `ID` (through lists and, when `intoInputs`, input objects). */
function holdsId(type: GraphQLInputType, intoInputs: boolean, seen = new Set<string>()): boolean {
  const t = getNullableType(type);
  if (t instanceof GraphQLList) return holdsId(t.ofType, intoInputs, seen);
  if (t instanceof GraphQLInputObjectType) {
    if (!intoInputs || seen.has(t.name)) return false;
    seen.add(t.name);
    return Object.values(t.getFields()).some((f) => holdsId(f.type, intoInputs, seen));
  }
  return 'name' in t && t.name === 'ID';
}

/**
 * Wraps the resolver of every field that takes an `ID` so its ids are checked first (fields without one
 * are left untouched: no cost on the fields of a long list). A command's input is validated by its
 * service, which reports every problem of it at once (house rule); the ids among them are checked there,
 * and PostgreSQL's 22P02 is the safety net — so for mutations only the top-level ids are checked here.
 */
export function guardIdArgs(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    const intoInputs = type !== schema.getMutationType();
    for (const field of Object.values(type.getFields())) {
      if (!field.args.some((a) => holdsId(a.type, intoInputs))) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        for (const a of field.args) check(a.type, (args as Record<string, unknown>)[a.name], a.name, intoInputs);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
