/**
 * 持证上岗 (004 第十一条; 003 第4条), asked of personnel at the instant of each case step: every handler named
 * or recording a step holds a 行政执法证 valid then for the matter's field and the agency's region. Personnel
 * owns certificates; cases copies none of them and asks in one batched call (`enforcementEntitlements`,
 * public 亮证 data, so no service credential is needed — the caller's token is forwarded as is). Fails
 * closed: when personnel cannot answer, the step is refused with DEPENDENCY_UNAVAILABLE, never let through.
 *
 * From a service:
 *   const map = await checkEntitlements(env(), ctx.authorization, { agencyId, field: matter.field, officerIds, at: ctx.clock.now() });
 *   requireEntitled(map, officerIds, '记录本案执法步骤');
 */
import { DomainError, ErrorCode, dependencyUnavailable, querySubgraph } from '@jiandu/kit';

/** Personnel's `CertificateStatus` (personnel owns the enum; cases only reads it). */
export type EntitlementStatus = 'VALID' | 'SUSPENDED' | 'REVOKED' | 'CANCELLED' | 'EXPIRED' | 'NOT_YET_VALID' | 'REVIEW_OVERDUE';
/** Personnel's `EntitlementRefusal`. */
export type EntitlementRefusal =
  | 'NO_CERTIFICATE' | 'SUSPENDED' | 'REVOKED' | 'CANCELLED' | 'EXPIRED' | 'NOT_YET_VALID' | 'REVIEW_OVERDUE' | 'FIELD_NOT_COVERED' | 'REGION_NOT_COVERED';

/** Personnel's answer for one officer (`Entitlement`). */
export interface Entitlement {
  officerId: string;
  officerName: string | null;
  entitled: boolean;
  status: EntitlementStatus | null;
  certificateNumber: string | null;
  reason: EntitlementRefusal | null;
}

export interface EntitlementQuestion {
  /** The agency owning the case: its region (or an ancestor's) must be covered. */
  agencyId: string;
  /** The matter's field (执法领域); null: any field. */
  field: string | null;
  officerIds: readonly string[];
  /** The instant of the step (ctx.clock.now()); personnel's now when omitted. */
  at?: Date | null;
}

/** Where personnel answers: its URL, or the kit env (`env()`), whose `subgraphUrls.personnel` is used. */
export type PersonnelEndpoint = string | { subgraphUrls: { personnel: string } };

export const ENTITLEMENTS_QUERY = `query CaseHandlerEntitlements($agencyId: ID!, $field: String, $officerIds: [ID!]!, $at: DateTimeISO) {
  enforcementEntitlements(agencyId: $agencyId, field: $field, officerIds: $officerIds, at: $at) {
    officerId officerName entitled status certificateNumber reason
  }
}`;

const WHAT = '人员子图';
/** Personnel answers at most this many officers per call. */
const BATCH = 50;

/**
 * Each officer's entitlement at `at`, by officer id: one call to personnel (one per 50 officers). Throws
 * DEPENDENCY_UNAVAILABLE when personnel does not answer (in time) or answers something else than asked,
 * NOT_FOUND when it does not know the agency, BAD_USER_INPUT for malformed ids.
 */
export async function checkEntitlements(personnel: PersonnelEndpoint, authorization: string | null, q: EntitlementQuestion): Promise<Map<string, Entitlement>> {
  const url = typeof personnel === 'string' ? personnel : personnel.subgraphUrls.personnel;
  const ids = [...new Set(q.officerIds)];
  const map = new Map<string, Entitlement>();
  const batches: string[][] = [];
  for (let i = 0; i < ids.length; i += BATCH) batches.push(ids.slice(i, i + BATCH));
  const answers = await Promise.all(
    batches.map((officerIds) =>
      querySubgraph<{ enforcementEntitlements: Entitlement[] | null }>(
        url,
        ENTITLEMENTS_QUERY,
        { agencyId: q.agencyId, field: q.field, officerIds, at: q.at ? q.at.toISOString() : null },
        { authorization, what: WHAT },
      ).then((answer) => ({ officerIds, answer })),
    ),
  );
  for (const { officerIds, answer } of answers) {
    const refused = answer.errors[0];
    if (refused) {
      if (refused.code === ErrorCode.NOT_FOUND) {
        throw new DomainError(ErrorCode.NOT_FOUND, `人员子图中未找到执法主体（${q.agencyId}），无法核验执法人员资格`, { field: 'agencyId', id: q.agencyId });
      }
      if (refused.code === ErrorCode.BAD_USER_INPUT || refused.code === ErrorCode.UNAUTHENTICATED || refused.code === ErrorCode.FORBIDDEN) {
        throw new DomainError(refused.code as ErrorCode, refused.message, { dependency: WHAT });
      }
      throw dependencyUnavailable(WHAT);
    }
    const list = answer.data?.enforcementEntitlements;
    // An answer that is not one entry per officer asked, in order, is not an answer: fail closed.
    if (!Array.isArray(list) || list.length !== officerIds.length || list.some((e, i) => e?.officerId !== officerIds[i] || typeof e.entitled !== 'boolean')) {
      throw dependencyUnavailable(WHAT);
    }
    for (const e of list) map.set(e.officerId, e);
  }
  return map;
}

const REFUSAL_TEXT: Record<EntitlementRefusal, string> = {
  NO_CERTIFICATE: '没有行政执法证',
  SUSPENDED: '证件已暂扣',
  REVOKED: '证件已吊销',
  CANCELLED: '证件已注销',
  EXPIRED: '证件已过有效期',
  NOT_YET_VALID: '证件尚未生效',
  REVIEW_OVERDUE: '证件年审逾期',
  FIELD_NOT_COVERED: '证件的执法领域不含本案领域',
  REGION_NOT_COVERED: '证件的执法区域不含本案执法主体所在区域',
};

/**
 * Throws for the first of `officerIds` (in the order given) who is not entitled: CERTIFICATE_SUSPENDED when
 * his certificate is suspended (003 第4条 暂扣), else NOT_ENTITLED (004 第十一条 持证上岗); details
 * { officerId, status, reason }. `what` is the act refused, e.g. 承办本案 / 记录本案执法步骤. An officer missing
 * from the map was not checked, and is refused (fail closed).
 */
export function requireEntitled(map: ReadonlyMap<string, Entitlement>, officerIds: readonly string[], what = '承办或记录本案执法步骤'): void {
  for (const officerId of officerIds) {
    const e = map.get(officerId);
    if (e?.entitled) continue;
    const who = e?.officerName ? `执法人员${e.officerName}` : `执法人员（${officerId}）`;
    const details = { officerId, status: e?.status ?? null, reason: e?.reason ?? null };
    if (!e) throw new DomainError(ErrorCode.NOT_ENTITLED, `未能核验${who}的执法资格，不能${what}（004 第十一条）`, details);
    if (e.reason === 'SUSPENDED') throw new DomainError(ErrorCode.CERTIFICATE_SUSPENDED, `${who}的行政执法证已暂扣，不能${what}（003 第4条）`, details);
    const why = e.reason ? `：${REFUSAL_TEXT[e.reason] ?? e.reason}` : '';
    throw new DomainError(ErrorCode.NOT_ENTITLED, `${who}没有在本案执法领域和区域内有效的行政执法证${why}，不能${what}（004 第十一条）`, details);
  }
}

/** Both at once: asks personnel about `q.officerIds` and throws for the first not entitled (see above). */
export async function assertEntitled(personnel: PersonnelEndpoint, authorization: string | null, q: EntitlementQuestion, what?: string): Promise<Map<string, Entitlement>> {
  const map = await checkEntitlements(personnel, authorization, q);
  requireEntitled(map, q.officerIds, what);
  return map;
}
