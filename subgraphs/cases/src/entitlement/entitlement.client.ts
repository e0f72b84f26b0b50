// Provisional: replaced by the entitlement branch at merge (same signatures).
import { DomainError, ErrorCode, querySubgraph, dependencyUnavailable } from '@jiandu/kit';

export interface Entitlement {
  officerId: string;
  officerName: string | null;
  entitled: boolean;
  status: string | null;
  certificateNumber: string | null;
  reason: string | null;
}

const QUERY = `query Entitlements($agencyId: ID!, $field: String, $officerIds: [ID!]!, $at: DateTime) {
  enforcementEntitlements(agencyId: $agencyId, field: $field, officerIds: $officerIds, at: $at) { officerId officerName entitled status certificateNumber reason }
}`;

export async function checkEntitlements(url: string, authorization: string | null, q: { agencyId: string; field: string | null; officerIds: string[]; at: Date }): Promise<Map<string, Entitlement>> {
  const answer = await querySubgraph<{ enforcementEntitlements: Entitlement[] }>(url, QUERY, { ...q, at: q.at.toISOString() }, { authorization, what: '人员子图' });
  if (answer.errors.length || !answer.data) throw dependencyUnavailable('人员子图');
  return new Map(answer.data.enforcementEntitlements.map((e) => [e.officerId, e]));
}

export function requireEntitled(map: Map<string, Entitlement>, officerIds: readonly string[]): void {
  for (const id of officerIds) {
    const e = map.get(id);
    if (e?.entitled) continue;
    const name = e?.officerName ?? id;
    if (e?.reason === 'SUSPENDED') throw new DomainError(ErrorCode.CERTIFICATE_SUSPENDED, `执法人员${name}的行政执法证已暂扣，不能承办或记录本案执法步骤（003 第4条）`, { officerId: id, status: e.status, reason: e.reason });
    throw new DomainError(ErrorCode.NOT_ENTITLED, `执法人员${name}没有在本案执法领域和区域内有效的行政执法证（004 第十一条）`, { officerId: id, status: e?.status ?? null, reason: e?.reason ?? 'NO_CERTIFICATE' });
  }
}
