/**
 * What a complaint names of personnel's data — the agency and the officer complained of — checked with
 * personnel, which owns them, at the moment of registration (004 第八条 complaints are about a real agency
 * and its officer). Supervision copies none of that data: it asks personnel synchronously with the
 * caller's own token, so the answer is under the caller's rights (an agency outside his scope is not found),
 * and fails closed when personnel cannot answer (DEPENDENCY_UNAVAILABLE).
 */
import { DomainError, ErrorCode, querySubgraph } from '@jiandu/kit';

export interface PersonnelDirectory {
  /** Throws NOT_FOUND / FORBIDDEN / BAD_USER_INPUT / DEPENDENCY_UNAVAILABLE; returns when both check out. */
  checkComplaintTarget(agencyId: string, officerId: string | null): Promise<void>;
}

const TARGET = `query ComplaintTarget($agencyId: ID!, $officerId: ID!, $withOfficer: Boolean!) {
  agency(id: $agencyId) { id }
  officer(id: $officerId) @include(if: $withOfficer) { id agencyId }
}`;

const WHAT = '人员子图';

export function personnelDirectory(url: string, authorization: string | null): PersonnelDirectory {
  return {
    async checkComplaintTarget(agencyId, officerId) {
      const answer = await querySubgraph<{ agency: { id: string } | null; officer?: { id: string; agencyId: string } | null }>(
        url,
        TARGET,
        { agencyId, officerId: officerId ?? agencyId, withOfficer: officerId != null },
        { authorization, what: WHAT },
      );
      const refusal = (field: 'agency' | 'officer') => answer.errors.find((e) => e.path?.[0] === field);
      const agencyRefused = refusal('agency');
      if (agencyRefused) {
        if (agencyRefused.code === ErrorCode.NOT_FOUND || agencyRefused.code === ErrorCode.BAD_USER_INPUT) {
          throw new DomainError(ErrorCode.NOT_FOUND, `未找到被投诉的执法主体（${agencyId}），或它不在您的管辖范围内`, { field: 'agencyId', id: agencyId });
        }
        if (agencyRefused.code === ErrorCode.FORBIDDEN || agencyRefused.code === ErrorCode.UNAUTHENTICATED) {
          throw new DomainError(agencyRefused.code as ErrorCode, agencyRefused.message, { field: 'agencyId' });
        }
        throw new DomainError(ErrorCode.DEPENDENCY_UNAVAILABLE, `${WHAT}暂不可用，请稍后重试`, { dependency: WHAT });
      }
      if (!officerId) return;
      const officerRefused = refusal('officer');
      if (officerRefused) {
        if (officerRefused.code === ErrorCode.NOT_FOUND || officerRefused.code === ErrorCode.BAD_USER_INPUT) {
          throw new DomainError(ErrorCode.NOT_FOUND, `未找到被投诉的执法人员（${officerId}），或他不在您的管辖范围内`, { field: 'officerId', id: officerId });
        }
        throw new DomainError(ErrorCode.DEPENDENCY_UNAVAILABLE, `${WHAT}暂不可用，请稍后重试`, { dependency: WHAT });
      }
      const officer = answer.data?.officer;
      if (!officer) throw new DomainError(ErrorCode.DEPENDENCY_UNAVAILABLE, `${WHAT}暂不可用，请稍后重试`, { dependency: WHAT });
      // The officer complained of must belong to the agency complained of (not one of its sub-units: name that one).
      if (officer.agencyId !== agencyId) {
        throw new DomainError(ErrorCode.BAD_USER_INPUT, '被投诉的执法人员不属于所选的执法主体，请核对执法主体或执法人员', { field: 'officerId' });
      }
    },
  };
}
