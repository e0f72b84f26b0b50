/**
 * Every `ID` a caller sends is a UUID, checked before any resolver runs: arguments, list arguments and, for
 * queries, the fields of input objects (`filter.ids`, `filter.agencyId` …). A malformed id is the caller's mistake —
 * BAD_USER_INPUT naming the field — never a crash in PostgreSQL (22P02 → INTERNAL_SERVER_ERROR). Mounted
 * on every subgraph by `buildFederatedSchema`, so no resolver can forget it.
 */
import { getNullableType, GraphQLInputObjectType, GraphQLList, type GraphQLInputType } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
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

/** The type-graphql global middleware that checks the ID arguments of every field. */
export const checkIdArgs: MiddlewareFn = ({ args, info }, next) => {
  if (args && Object.keys(args).length) {
    const field = 'getFields' in info.parentType ? info.parentType.getFields()[info.fieldName] : undefined;
    // A command's input is validated by its service, which reports every problem of it at once (house
    // rule); the ids among them are checked there (and PostgreSQL's 22P02 is the safety net).
    const intoInputs = info.parentType.name !== 'Mutation';
    for (const a of field?.args ?? []) check(a.type, args[a.name], a.name, intoInputs);
  }
  return next();
};
