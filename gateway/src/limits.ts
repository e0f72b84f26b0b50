/**
 * Query limits at the gateway: a maximum depth and a maximum estimated cost, so one request cannot ask
 * for the whole database (DESIGN "Architecture": the gateway limits query depth/complexity).
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

const LIST_ESTIMATE = 20;

function walk(
  schema: GraphQLSchema,
  fragments: Record<string, FragmentDefinitionNode>,
  parentType: GraphQLOutputType,
  set: SelectionSetNode,
  variables: Record<string, unknown>,
  depth: number,
  seen: Set<string>,
  pageSize?: number,
): { depth: number; cost: number } {
  let maxDepth = depth;
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
        const inner = walk(schema, fragments, def.type, field.selectionSet, variables, depth + 1, seen, isList ? undefined : announced);
        maxDepth = Math.max(maxDepth, inner.depth);
        fieldCost += inner.cost * multiplier;
      }
      cost += fieldCost;
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      const type = sel.typeCondition ? (schema.getType(sel.typeCondition.name.value) as GraphQLOutputType) : parentType;
      const inner = walk(schema, fragments, type, sel.selectionSet, variables, depth, seen, pageSize);
      maxDepth = Math.max(maxDepth, inner.depth);
      cost += inner.cost;
    } else if (sel.kind === Kind.FRAGMENT_SPREAD) {
      const frag = fragments[sel.name.value];
      if (!frag || seen.has(frag.name.value)) continue; // cycles are reported by the standard rules
      const type = schema.getType(frag.typeCondition.name.value) as GraphQLOutputType;
      const inner = walk(schema, fragments, type, frag.selectionSet, variables, depth, new Set([...seen, frag.name.value]), pageSize);
      maxDepth = Math.max(maxDepth, inner.depth);
      cost += inner.cost;
    }
  }
  return { depth: maxDepth, cost };
}

/** The problems of one operation against the limits (empty when within them). */
export function checkQueryLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
  maxDepth: number,
  maxCost: number,
): GraphQLError[] {
  const fragments = Object.fromEntries(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const errors: GraphQLError[] = [];
  for (const op of document.definitions) {
    if (op.kind !== Kind.OPERATION_DEFINITION) continue;
    if (operationName && op.name?.value !== operationName) continue;
    const root = op.operation === 'query' ? schema.getQueryType() : op.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
    if (!root) continue;
    const { depth, cost } = walk(schema, fragments, root, op.selectionSet, variables, 1, new Set());
    if (depth > maxDepth) {
      errors.push(new GraphQLError(`查询嵌套过深（${depth} 层，最多 ${maxDepth} 层），请拆分查询`, { extensions: { code: 'QUERY_TOO_COMPLEX', depth, maxDepth } }));
    }
    if (cost > maxCost) {
      errors.push(new GraphQLError(`查询过于复杂（估算代价 ${cost}，上限 ${maxCost}），请减少每页条数或字段`, { extensions: { code: 'QUERY_TOO_COMPLEX', cost, maxCost } }));
    }
  }
  return errors;
}

/** An Apollo Server plugin applying the limits once the operation is known (variables included). */
export function queryLimitsPlugin(maxDepth: number, maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operationName, request, schema }) {
          const errors = checkQueryLimits(schema, document, operationName, request.variables ?? {}, maxDepth, maxCost);
          if (errors.length) throw errors[0];
        },
      };
    },
  };
}
