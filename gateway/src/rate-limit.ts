/**
 * Anonymous public lookups (亮证查询, DESIGN "Public lookup") are limited per client: anyone may check an
 * officer's certificate, nobody may walk the whole register through it. Staff who are signed in are not
 * counted. The counter lives in this gateway's memory: N gateways behind a load balancer each allow the
 * configured number, so a client may get up to N times as many through.
 */
import { GraphQLError, Kind, type DocumentNode, type FieldNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@jiandu/kit';

/** The root fields anyone may query without logging in, counted by the limiter. */
export const PUBLIC_LOOKUPS: ReadonlySet<string> = new Set(['publicCertificate', 'publicCertificatesByHolder', 'enforcementEntitlements']);

/**
 * Public lookups that ask about a list of people at once count one unit per person asked (the list argument
 * named here), so a batch is no way around the limit: `enforcementEntitlements` with 50 officer ids is 50
 * lookups, as 50 `publicCertificate` would be.
 */
export const PER_ITEM_LOOKUPS: Readonly<Record<string, string>> = { enforcementEntitlements: 'officerIds' };

/** The units one lookup field costs: the length of its per-item list argument (literal or variable), at least 1. */
function unitsOf(field: FieldNode, variables: Readonly<Record<string, unknown>>): number {
  const argName = PER_ITEM_LOOKUPS[field.name.value];
  const arg = argName ? field.arguments?.find((a) => a.name.value === argName) : undefined;
  if (!arg) return 1;
  const v = arg.value;
  const n = v.kind === Kind.LIST ? v.values.length : v.kind === Kind.VARIABLE ? (Array.isArray(variables[v.name.value]) ? (variables[v.name.value] as unknown[]).length : 1) : 1;
  return Math.max(1, n);
}

export type Take = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

/**
 * A fixed window per key: at most `max` units per `windowMs`, the window starting at the key's first
 * unit. Time is elapsed time (a monotonic source), not the business clock, which tests pin.
 */
export class WindowLimiter {
  private readonly windows = new Map<string, { start: number; used: number }>();
  private lastSweep: number;

  constructor(
    readonly max: number,
    readonly windowMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.lastSweep = now();
  }

  /**
   * Takes `units` (at least 1) from the key's allowance, or says when to come back. A request asking for more
   * than the whole allowance is refused (never clamped: 16 aliased lookups are 16 lookups).
   */
  take(key: string, units = 1): Take {
    const now = this.now();
    this.sweep(now);
    let w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      w = { start: now, used: 0 };
      this.windows.set(key, w);
    }
    const n = Math.max(1, units);
    if (w.used + n > this.max) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((w.start + this.windowMs - now) / 1000)) };
    w.used += n;
    return { allowed: true, remaining: this.max - w.used };
  }

  /** Clients currently counted (for tests and diagnostics). */
  get size(): number {
    return this.windows.size;
  }

  /** Forgets finished windows once per window, so memory follows the clients of the last window only. */
  private sweep(now: number): void {
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const [key, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(key);
  }
}

/** How many public lookups an operation asks for at its root (each alias counts; fragments followed; per-item lookups per item). */
export function publicLookups(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  fields: ReadonlySet<string> = PUBLIC_LOOKUPS,
  variables: Readonly<Record<string, unknown>> = {},
): number {
  if (operation.operation !== 'query') return 0;
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const count = (set: SelectionSetNode, seen: Set<string>): number => {
    let n = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) n += fields.has(sel.name.value) ? unitsOf(sel, variables) : 0;
      else if (sel.kind === Kind.INLINE_FRAGMENT) n += count(sel.selectionSet, seen);
      else {
        const frag = fragments.get(sel.name.value);
        if (frag && !seen.has(frag.name.value)) n += count(frag.selectionSet, new Set([...seen, frag.name.value]));
      }
    }
    return n;
  };
  return count(operation.selectionSet, new Set());
}

export interface RateLimitedContext {
  identity: { anonymous: boolean };
  /** The client's address as Express sees it (`trust proxy` decides whether X-Forwarded-For counts). */
  clientIp: string;
}

/** The refusal clients see: HTTP 429 with Retry-After, code RATE_LIMITED. */
export function rateLimitedError(retryAfterSeconds: number, max: number, windowSeconds: number): GraphQLError {
  return new GraphQLError(`亮证查询过于频繁（每 ${windowSeconds} 秒最多 ${max} 次），请在 ${retryAfterSeconds} 秒后重试`, {
    extensions: {
      code: ErrorCode.RATE_LIMITED,
      retryAfterSeconds,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}

/** Counts anonymous public lookups per client once the operation is known; refuses beyond the limit. */
export function publicRateLimitPlugin<C extends RateLimitedContext>(limiter: WindowLimiter): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, operation, request }) {
          if (!contextValue.identity.anonymous || !operation) return;
          const lookups = publicLookups(document, operation, PUBLIC_LOOKUPS, request.variables ?? {});
          if (lookups === 0) return;
          const taken = limiter.take(contextValue.clientIp, lookups);
          if (!taken.allowed) throw rateLimitedError(taken.retryAfterSeconds, limiter.max, Math.round(limiter.windowMs / 1000));
        },
      };
    },
  };
}
