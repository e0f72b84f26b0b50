/**
 * A synchronous question from one subgraph to another, for the few checks that cannot wait for an event
 * (e.g. supervision asking personnel whether an agency and an officer exist and are in the caller's scope).
 * The caller's own token is forwarded, so the owner answers under the caller's rights, not a service's.
 * Fails closed: when the other subgraph cannot answer in time, the command is refused with
 * DEPENDENCY_UNAVAILABLE — never let through unchecked.
 */
import { DomainError, ErrorCode } from './errors.js';

export interface SubgraphAnswer<T> {
  data: T | null;
  /** The owner's refusals, by code (e.g. NOT_FOUND, FORBIDDEN), for the caller to translate. */
  errors: { message: string; code: string | null; path: (string | number)[] | null }[];
}

export const SUBGRAPH_TIMEOUT_MS = 3000;

export const dependencyUnavailable = (what: string) =>
  new DomainError(ErrorCode.DEPENDENCY_UNAVAILABLE, `${what}暂不可用，请稍后重试`, { dependency: what });

/**
 * POSTs one GraphQL operation to `url`, forwarding `authorization`. Network errors, timeouts, non-JSON or
 * non-2xx answers and internal errors of the other side throw DEPENDENCY_UNAVAILABLE (`what` names it in
 * the message, e.g. 人员子图).
 */
export async function querySubgraph<T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  o: { authorization: string | null; what: string; timeoutMs?: number },
): Promise<SubgraphAnswer<T>> {
  let body: { data?: T | null; errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[] };
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(o.authorization ? { authorization: o.authorization } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(o.timeoutMs ?? SUBGRAPH_TIMEOUT_MS),
    });
    if (!res.ok && res.status !== 400) throw new Error(`HTTP ${res.status}`);
    body = (await res.json()) as typeof body;
  } catch {
    throw dependencyUnavailable(o.what);
  }
  const errors = (body.errors ?? []).map((e) => ({ message: e.message, code: e.extensions?.code ?? null, path: e.path ?? null }));
  if (errors.some((e) => e.code === null || e.code === ErrorCode.INTERNAL_SERVER_ERROR || e.code === 'GRAPHQL_VALIDATION_FAILED' || e.code === 'GRAPHQL_PARSE_FAILED')) {
    throw dependencyUnavailable(o.what);
  }
  return { data: body.data ?? null, errors };
}
