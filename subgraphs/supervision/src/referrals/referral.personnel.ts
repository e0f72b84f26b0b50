/**
 * What a referral names of personnel's data — the agency concerned and its officers — checked with personnel, which
 * owns them, when the referral is drafted or changed (004 第三十一条: the clue is about real officers of a real
 * agency). Asked with the caller's own token, so the answer is under his rights (an agency or officer outside his
 * scope is not found), and failing closed (DEPENDENCY_UNAVAILABLE) when personnel cannot answer.
 */
import { DomainError, ErrorCode, dependencyUnavailable, querySubgraph } from '@jiandu/kit';

const WHAT = '人员子图';

export interface ReferralOfficer {
  id: string;
  name: string;
  agencyId: string;
}

export interface ReferralDirectory {
  /** The agency (NOT_FOUND outside the caller's scope) and the officers in the order asked (NOT_FOUND names the first missing). */
  check(agencyId: string, officerIds: readonly string[]): Promise<{ agencyName: string; officers: ReferralOfficer[] }>;
}

const TARGET = `query ReferralTarget($agencyId: ID!, $ids: [ID!], $limit: Int!, $withOfficers: Boolean!) {
  agency(id: $agencyId) { id name }
  officers(filter: { ids: $ids }, limit: $limit) @include(if: $withOfficers) { items { id name agencyId } }
}`;

export function referralDirectory(url: string, authorization: string | null): ReferralDirectory {
  return {
    async check(agencyId, officerIds) {
      const ids = [...new Set(officerIds)];
      const answer = await querySubgraph<{ agency: { id: string; name: string } | null; officers?: { items: ReferralOfficer[] } | null }>(
        url,
        TARGET,
        { agencyId, ids, limit: Math.max(1, ids.length), withOfficers: ids.length > 0 },
        { authorization, what: WHAT },
      );
      for (const e of answer.errors) {
        const field = e.path?.[0] === 'officers' ? 'officerIds' : 'agencyId';
        if (e.code === ErrorCode.NOT_FOUND || e.code === ErrorCode.BAD_USER_INPUT) {
          throw new DomainError(ErrorCode.NOT_FOUND, field === 'agencyId' ? `未找到所涉执法主体（${agencyId}），或它不在您的管辖范围内` : `${e.message}（或不在您的管辖范围内）`, { field });
        }
        if (e.code === ErrorCode.FORBIDDEN || e.code === ErrorCode.UNAUTHENTICATED) throw new DomainError(e.code as ErrorCode, e.message, { field });
        throw dependencyUnavailable(WHAT);
      }
      const agency = answer.data?.agency;
      if (!agency) throw dependencyUnavailable(WHAT);
      if (!ids.length) return { agencyName: agency.name, officers: [] };
      const items = answer.data?.officers?.items;
      if (!Array.isArray(items)) throw dependencyUnavailable(WHAT);
      const byId = new Map(items.map((o) => [o.id, o]));
      const missing = ids.find((id) => !byId.has(id));
      if (missing) throw new DomainError(ErrorCode.NOT_FOUND, `未找到所涉行政执法人员（${missing}），或他不在您的管辖范围内`, { field: 'officerIds', id: missing });
      return { agencyName: agency.name, officers: ids.map((id) => byId.get(id)!) };
    },
  };
}
