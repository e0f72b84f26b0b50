/**
 * The gateway's shape limits, from graphql-armor: depth, aliases and directives as validation rules
 * (refused before any subgraph is asked), tokens before Apollo even parses, and no "Did you mean …"
 * hints where the schema is not public. Every refusal is QUERY_TOO_COMPLEX with `extensions.limit`
 * naming which limit, `max` and, where known, `found` — the same shape as the paged cost (limits.ts).
 *
 * Armor's own Apollo token plugin throws inside `parsingDidStart`, which Apollo Server 5 answers as a
 * 500; so the token count runs as Express middleware in front of Apollo, with armor's counting parser.
 */
import type { RequestHandler } from 'express';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import { ErrorCode, sendGraphQLError } from '@jiandu/kit';

export type ShapeLimit = 'depth' | 'aliases' | 'directives' | 'tokens';

export interface ShapeLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  /** Hide "Did you mean …" in validation messages (when the schema is not public: no Sandbox). */
  maskSuggestions: boolean;
}

const MESSAGES: Record<ShapeLimit, (max: number, found?: number) => string> = {
  depth: (max, found) => `查询嵌套过深（${found ?? '超过 ' + max} 层，最多 ${max} 层），请拆分查询`,
  aliases: (max, found) => `查询中的别名过多（${found ?? '超过 ' + max} 个，最多 ${max} 个），请拆分为多次查询`,
  directives: (max, found) => `查询中的指令过多（${found ?? '超过 ' + max} 个，最多 ${max} 个），请精简查询`,
  tokens: (max) => `查询过长（超过 ${max} 个词法单元），请精简查询`,
};

/** The refusal of one shape limit, as clients see it. */
export function shapeLimitError(limit: ShapeLimit, max: number, found?: number): GraphQLError {
  return new GraphQLError(MESSAGES[limit](max, found), {
    extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit, max, ...(found === undefined ? {} : { found }) },
  });
}

/** Armor reports the count it found only inside its English message ("…, found 2000."). */
const foundIn = (error: GraphQLError): number | undefined => {
  const n = Number(/found (\d+)/.exec(error.message)?.[1]);
  return Number.isFinite(n) && n > 0 ? n : undefined;
};

function rejectWith(limit: ShapeLimit, max: number) {
  return {
    n: max,
    // Report into the validation context (a 400 with our code) instead of throwing out of `validate`.
    propagateOnRejection: false,
    onReject: [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(shapeLimitError(limit, max, foundIn(error)))],
  };
}

/** Validation rules and plugins for Apollo Server (`validationRules`, `plugins`). */
export function armorProtection(limits: ShapeLimits): { validationRules: ValidationRule[]; plugins: ApolloServerPlugin<any>[] } {
  const armor = new ApolloArmor({
    // Fragments do not add a level: depth counts fields, as the console's fragments expect.
    maxDepth: { ...rejectWith('depth', limits.maxDepth), flattenFragments: true, ignoreIntrospection: true },
    maxAliases: rejectWith('aliases', limits.maxAliases),
    maxDirectives: rejectWith('directives', limits.maxDirectives),
    maxTokens: { enabled: false }, // tokenLimit() below, before Apollo parses
    costLimit: { enabled: false }, // our paged estimate (limits.ts) knows page sizes; armor's does not
    blockFieldSuggestion: { enabled: limits.maskSuggestions, mask: '' },
  });
  const { validationRules, plugins } = armor.protect();
  return { validationRules: validationRules as ValidationRule[], plugins: plugins as ApolloServerPlugin<any>[] };
}

/** Whether a GraphQL document has more than `max` tokens (stops counting there; syntax errors are Apollo's). */
export function exceedsTokens(source: string, max: number): boolean {
  let exceeded = false;
  const parser = new MaxTokensParserWLexer(source, { n: max, onReject: [() => (exceeded = true)], propagateOnRejection: true });
  try {
    parser.parseDocument();
  } catch {
    // Either the token limit (flagged above) or a syntax error, which Apollo reports itself.
  }
  return exceeded;
}

/** Express middleware refusing a too-long query (POST body or GET parameter) before Apollo parses it. */
export function tokenLimit(max: number): RequestHandler {
  return (req, res, next) => {
    const query = req.method === 'GET' ? (req.query as Record<string, unknown> | undefined)?.query : (req.body as Record<string, unknown> | undefined)?.query;
    if (typeof query === 'string' && exceedsTokens(query, max)) {
      const error = shapeLimitError('tokens', max);
      sendGraphQLError(req, res, 400, ErrorCode.QUERY_TOO_COMPLEX, error.message, { limit: 'tokens', max });
      return;
    }
    next();
  };
}
