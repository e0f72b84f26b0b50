/**
 * What a sanction names of personnel's data — the officer sanctioned — checked with personnel, which owns it, at
 * the moment of issue (004 第三十三条 is about a real officer of a real unit). Asked with the caller's own token, so
 * an officer outside his scope is not found; fails closed (DEPENDENCY_UNAVAILABLE) when personnel cannot answer.
 * Supervision keeps the officer's id and his agency (the addressee, 所在单位), nothing else of him.
 */
import { DomainError, ErrorCode, dependencyUnavailable, querySubgraph } from '@jiandu/kit';

export interface SanctionTarget {
  officerId: string;
  officerName: string;
  agencyId: string;
}

export interface SanctionPersonnel {
  /** The officer and his agency; NOT_FOUND when he does not exist or is outside the caller's scope. */
  sanctionTarget(officerId: string): Promise<SanctionTarget>;
}

const TARGET = `query SanctionTarget($id: ID!) { officer(id: $id) { id name agencyId } }`;
const WHAT = '人员子图';

export function sanctionPersonnel(url: string, authorization: string | null): SanctionPersonnel {
  return {
    async sanctionTarget(officerId) {
      const answer = await querySubgraph<{ officer: { id: string; name: string; agencyId: string } | null }>(url, TARGET, { id: officerId }, { authorization, what: WHAT });
      const refused = answer.errors[0];
      if (refused) {
        if (refused.code === ErrorCode.NOT_FOUND || refused.code === ErrorCode.BAD_USER_INPUT) {
          throw new DomainError(ErrorCode.NOT_FOUND, `未找到被处理的执法人员（${officerId}），或他不在您的管辖范围内`, { field: 'officerId', id: officerId });
        }
        if (refused.code === ErrorCode.FORBIDDEN || refused.code === ErrorCode.UNAUTHENTICATED) throw new DomainError(refused.code as ErrorCode, refused.message, { field: 'officerId' });
        throw dependencyUnavailable(WHAT);
      }
      const o = answer.data?.officer;
      // An answer that is not the officer asked about is not an answer: fail closed.
      if (!o || o.id !== officerId || typeof o.agencyId !== 'string') throw dependencyUnavailable(WHAT);
      return { officerId: o.id, officerName: o.name, agencyId: o.agencyId };
    },
  };
}
