/**
 * The paged cost estimate at the gateway, so one request cannot ask for the whole database (DESIGN
 * "Architecture": the gateway limits query depth/complexity). Depth, aliases, directives and tokens are
 * graphql-armor's (armor.ts); this is only what armor does not know: how many items a page brings.
 *
 * Cost: every field costs 1; the selections under a list field count once per item expected. A paged
 * field (`officers(limit: 50) { items { … } total }`) announces its page size, which its `items` list
 * then uses; any other list counts as an estimate of 20 items.
 */
import {
  GraphQLError, Kind, getNamedType, getNullableType, isListType, isObjectType, isInterfaceType, valueFromASTUntyped,
  type DocumentNode, type FieldNode, type FragmentDefinitionNode, type GraphQLOutputType, type GraphQLSchema, type SelectionSetNode,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@jiandu/kit';

const LIST_ESTIMATE = 20;

function walk(
  schema: GraphQLSchema,
  fragments: Record<string, FragmentDefinitionNode>,
  parentType: GraphQLOutputType,
  set: SelectionSetNode,
  variables: Record<string, unknown>,
  seen: Set<string>,
  pageSize?: number,
): number {
  let cost = 0;
  const named = getNamedType(parentType);
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      const field = sel as FieldNode;
      if (field.name.value.startsWith('__')) continue;
      const def = isObjectType(named) || isInterfaceType(named) ? named.getFields()[field.name.value] : undefined;
      if (!def) continue; // unknown fields are reported by the standard rules
      let fieldCost = 1;
      if (field.selectionSet) {
        const limitArg = field.arguments?.find((a) => a.name.value === 'limit');
        const isList = isListType(getNullableType(def.type));
        const announced = limitArg ? Math.max(1, Number(valueFromASTUntyped(limitArg.value, variables)) || LIST_ESTIMATE) : undefined;
        // A list counts its items once per expected item; a paged wrapper hands its page size to its list.
        const multiplier = isList ? (announced ?? pageSize ?? LIST_ESTIMATE) : 1;
        fieldCost += walk(schema, fragments, def.type, field.selectionSet, variables, seen, isList ? undefined : announced) * multiplier;
      }
      cost += fieldCost;
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      const type = sel.typeCondition ? (schema.getType(sel.typeCondition.name.value) as GraphQLOutputType) : parentType;
      cost += walk(schema, fragments, type, sel.selectionSet, variables, seen, pageSize);
    } else if (sel.kind === Kind.FRAGMENT_SPREAD) {
      const frag = fragments[sel.name.value];
      if (!frag || seen.has(frag.name.value)) continue; // cycles are reported by the standard rules
      const type = schema.getType(frag.typeCondition.name.value) as GraphQLOutputType;
      cost += walk(schema, fragments, type, frag.selectionSet, variables, new Set([...seen, frag.name.value]), pageSize);
    }
  }
  return cost;
}

/** The problems of one operation against the cost limit (empty when within it). */
export function checkQueryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
  maxCost: number,
): GraphQLError[] {
  const fragments = Object.fromEntries(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const errors: GraphQLError[] = [];
  for (const op of document.definitions) {
    if (op.kind !== Kind.OPERATION_DEFINITION) continue;
    if (operationName && op.name?.value !== operationName) continue;
    const root = op.operation === 'query' ? schema.getQueryType() : op.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
    if (!root) continue;
    const cost = walk(schema, fragments, root, op.selectionSet, variables, new Set());
    if (cost > maxCost) {
      errors.push(
        new GraphQLError(`查询过于复杂（估算代价 ${cost}，上限 ${maxCost}），请减少每页条数或字段`, {
          extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit: 'cost', max: maxCost, found: cost, http: { status: 400 } },
        }),
      );
    }
  }
  return errors;
}

/** An Apollo Server plugin applying the cost limit once the operation is known (variables included). */
export function queryCostPlugin(maxCost: number): ApolloServerPlugin<any> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operationName, request, schema }) {
          const errors = checkQueryCost(schema, document, operationName, request.variables ?? {}, maxCost);
          if (errors.length) throw errors[0];
        },
      };
    },
  };
}
