/**
 * Error codes are public API (clients switch on `extensions.code`), so they are a closed string enum.
 * Services throw `DomainError`; the one `formatError` below turns it into a GraphQL error and masks
 * everything unexpected (logged with its stack, never shown to the caller).
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { logger } from './log.js';

export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  DUPLICATE = 'DUPLICATE',
  /** Someone else changed the record since it was read (optimistic lock on its version). */
  CONCURRENT_MODIFICATION = 'CONCURRENT_MODIFICATION',
  ILLEGAL_TRANSITION = 'ILLEGAL_TRANSITION',
  CERTIFICATE_SUSPENDED = 'CERTIFICATE_SUSPENDED',
  /** A second suspension would overlap one already in force or scheduled. */
  SUSPENSION_OVERLAP = 'SUSPENSION_OVERLAP',
  /** Lifting a suspension that is not in force. */
  NOT_SUSPENDED = 'NOT_SUSPENDED',
  /** A precondition of a certificate (exam, training, confirmed agency) is missing. */
  PRECONDITION_FAILED = 'PRECONDITION_FAILED',
  LEGAL_REVIEW_REQUIRED = 'LEGAL_REVIEW_REQUIRED',
  /**
   * An officer named as a handler, or recording a step, holds no certificate valid at that instant for the
   * matter's field and region (003 第4条, 004 第十一条); `extensions.officerId`, `extensions.status`. A
   * suspended certificate answers CERTIFICATE_SUSPENDED instead.
   */
  NOT_ENTITLED = 'NOT_ENTITLED',
  /** A 查封扣押 or 强制拆除 step without an audio-visual record (004 第十五条 second paragraph). */
  AUDIOVISUAL_RECORD_REQUIRED = 'AUDIOVISUAL_RECORD_REQUIRED',
  DEADLINE_PASSED = 'DEADLINE_PASSED',
  /**
   * A 监督决定书 about a case whose decision is under 行政复议 or 行政诉讼 (004 第二十五条 …除外);
   * `extensions.caseId`, `extensions.kinds`.
   */
  CASE_UNDER_CHALLENGE = 'CASE_UNDER_CHALLENGE',
  /** A supervisor with a recorded 回避 (004 第二十一条) named for the matter he withdrew from. */
  RECUSED = 'RECUSED',
  /** Refused before execution: too deep, too many aliases/directives/tokens, or too costly (`extensions.limit`). */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** The HTTP request itself is unusable (malformed JSON, bad encoding). */
  BAD_REQUEST = 'BAD_REQUEST',
  /** The request body is larger than the server accepts (HTTP 413). */
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  /** Too many anonymous public lookups from one client (HTTP 429, `Retry-After`). */
  RATE_LIMITED = 'RATE_LIMITED',
  /** Another subgraph a check depends on did not answer (in time); the command was refused, not let through. */
  DEPENDENCY_UNAVAILABLE = 'DEPENDENCY_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** Codes that are produced by GraphQL itself or Apollo and are safe to pass through unchanged. */
const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

const KNOWN = new Set<string>([...Object.values(ErrorCode), ...PASS_THROUGH]);

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const badInput = (message: string, field?: string, details: Record<string, unknown> = {}) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, field ? { field, ...details } : details);
export const notFound = (what: string, id: string) => new DomainError(ErrorCode.NOT_FOUND, `未找到${what}（${id}）`, { id });
export const forbidden = (message = '您没有执行此操作的权限') => new DomainError(ErrorCode.FORBIDDEN, message);
export const unauthenticated = (message = '请先登录') => new DomainError(ErrorCode.UNAUTHENTICATED, message);

/** Collects every problem of one input so a clerk sees all of them at once, then throws one error. */
export class InputProblems {
  readonly problems: { field: string; message: string }[] = [];
  add(field: string, message: string): this {
    this.problems.push({ field, message });
    return this;
  }
  check(ok: boolean, field: string, message: string): this {
    if (!ok) this.add(field, message);
    return this;
  }
  throwIfAny(): void {
    if (this.problems.length === 0) return;
    const message = this.problems.map((p) => p.message).join('；');
    throw new DomainError(ErrorCode.BAD_USER_INPUT, message, { problems: this.problems, field: this.problems[0]!.field });
  }
}

/** The code a wrapped validation error carries from the rule that raised it (one of ours), if any. */
function refusalCode(error: unknown): ErrorCode | undefined {
  if (!(error instanceof GraphQLError) || error.extensions?.code !== 'GRAPHQL_VALIDATION_FAILED') return undefined;
  const inner = error.originalError;
  const code = inner instanceof GraphQLError ? inner.extensions?.code : undefined;
  return typeof code === 'string' && (Object.values(ErrorCode) as string[]).includes(code) ? (code as ErrorCode) : undefined;
}

/** What a unique constraint protects, in the clerk's words: `{ field, message }` per constraint name. */
export type UniqueMessages = Record<string, { field: string; message: string }>;

const uniqueMessages: UniqueMessages = {};

/**
 * Each subgraph registers the messages of its unique constraints (by their PostgreSQL names, e.g.
 * `certificate_number_unique`) once, when it builds its schema; `formatError` then answers a unique
 * violation anywhere in that subgraph with `DUPLICATE` and that message, whichever service hit it.
 */
export function registerUniqueMessages(messages: UniqueMessages): void {
  Object.assign(uniqueMessages, messages);
}

/**
 * The database's own refusals that are the caller's mistake, as domain errors: a unique violation
 * (SQLSTATE 23505, raw or wrapped by MikroORM's `UniqueConstraintViolationException`) is `DUPLICATE`; a
 * malformed value PostgreSQL could not read (22P02, e.g. a uuid) is `BAD_USER_INPUT` — a safety net
 * behind the id checks. Anything else is left alone (null).
 */
export function fromDatabaseError(e: unknown): DomainError | null {
  if (!e || typeof e !== 'object') return null;
  const { code, constraint } = e as { code?: unknown; constraint?: unknown };
  if (code === '23505') {
    const known = typeof constraint === 'string' ? uniqueMessages[constraint] : undefined;
    return known
      ? new DomainError(ErrorCode.DUPLICATE, known.message, { field: known.field })
      : new DomainError(ErrorCode.DUPLICATE, '该记录与已有记录重复，请检查后重试');
  }
  if (code === '22P02') return new DomainError(ErrorCode.BAD_USER_INPUT, '输入的编号或数值格式不正确，请检查后重试');
  return null;
}

/** The shared `formatError` of every server (gateway and subgraphs). */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const unwrapped = unwrapResolverError(error);
  const original = fromDatabaseError(unwrapped) ?? unwrapped;
  if (original instanceof DomainError) {
    return { message: original.message, path: formatted.path, locations: formatted.locations, extensions: { code: original.code, ...original.details } };
  }
  const refusal = refusalCode(original);
  if (refusal) {
    // A validation rule of ours (graphql-armor limits) refused the query: Apollo wraps it as
    // GRAPHQL_VALIDATION_FAILED; the rule's own stable code is what clients switch on.
    const { exception: _e, stacktrace: _s, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...formatted, extensions: { ...extensions, code: refusal } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && KNOWN.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    // Errors forwarded by the gateway from a subgraph keep the subgraph's code and message.
    const { exception: _e, stacktrace: _s, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...formatted, extensions };
  }
  if (original instanceof GraphQLError && code === undefined && original.originalError === undefined) {
    // A plain GraphQL error (e.g. variable coercion) — the caller's input was bad.
    return { ...formatted, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  logger.error({ err: original, path: formatted.path }, 'unexpected error');
  return {
    message: '服务器内部错误，已记录，请稍后重试或联系系统管理员',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
