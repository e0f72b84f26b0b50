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
  /** 执法监督资格 of each person at `at` (personnel's public `supervisorCredentials`), in the order asked; fails closed. */
  supervisorCredentials(officerIds: readonly string[], at: Date): Promise<SupervisorCredential[]>;
  /**
   * Throws NOT_ENTITLED for the first of `officerIds` who may not act as a 执法监督人员 at `at` (004 第二十条,
   * 第二十二条); `what` is the act, e.g. 参加现场监督. Returns the credentials, by id.
   */
  requireSupervisors(officerIds: readonly string[], at: Date, what: string): Promise<Map<string, SupervisorCredential>>;
}

/** personnel's `SupervisorCredential`. */
export interface SupervisorCredential {
  officerId: string;
  officerName: string | null;
  agencyId: string | null;
  valid: boolean;
  certificateNumber: string | null;
  status: string | null;
  reason: 'UNKNOWN_OFFICER' | 'NOT_A_SUPERVISOR' | 'NOT_ON_DUTY' | 'NO_CERTIFICATE' | 'CERTIFICATE_NOT_VALID' | null;
}

const SUPERVISORS = `query SupervisorCredentials($ids: [ID!]!, $at: DateTimeISO) {
  supervisorCredentials(officerIds: $ids, at: $at) { officerId officerName agencyId valid certificateNumber status reason }
}`;

const SUPERVISOR_REFUSAL: Record<NonNullable<SupervisorCredential['reason']>, string> = {
  UNKNOWN_OFFICER: '查无此人',
  NOT_A_SUPERVISOR: '不是执法监督人员',
  NOT_ON_DUTY: '不在岗',
  NO_CERTIFICATE: '没有行政执法监督证',
  CERTIFICATE_NOT_VALID: '行政执法监督证在该时刻无效',
};

const TARGET = `query ComplaintTarget($agencyId: ID!, $officerId: ID!, $withOfficer: Boolean!) {
  agency(id: $agencyId) { id }
  officer(id: $officerId) @include(if: $withOfficer) { id agencyId }
}`;

const WHAT = '人员子图';

export function personnelDirectory(url: string, authorization: string | null): PersonnelDirectory {
  const dir: PersonnelDirectory = {
    async supervisorCredentials(officerIds, at) {
      const ids = [...new Set(officerIds)];
      if (!ids.length) return [];
      if (ids.length > 50) throw new DomainError(ErrorCode.BAD_USER_INPUT, '一次最多核验 50 名执法监督人员', { field: 'officerIds', max: 50 });
      const answer = await querySubgraph<{ supervisorCredentials: SupervisorCredential[] | null }>(url, SUPERVISORS, { ids, at: at.toISOString() }, { authorization, what: WHAT });
      const refused = answer.errors[0];
      if (refused) {
        if (refused.code === ErrorCode.BAD_USER_INPUT) throw new DomainError(ErrorCode.BAD_USER_INPUT, refused.message, { field: 'officerIds' });
        throw new DomainError(ErrorCode.DEPENDENCY_UNAVAILABLE, `${WHAT}暂不可用，请稍后重试`, { dependency: WHAT });
      }
      const list = answer.data?.supervisorCredentials;
      // An answer that is not one entry per person asked, in order, is not an answer: fail closed.
      if (!Array.isArray(list) || list.length !== ids.length || list.some((c, i) => c?.officerId !== ids[i] || typeof c.valid !== 'boolean')) {
        throw new DomainError(ErrorCode.DEPENDENCY_UNAVAILABLE, `${WHAT}暂不可用，请稍后重试`, { dependency: WHAT });
      }
      return list;
    },
    async requireSupervisors(officerIds, at, what) {
      const map = new Map((await dir.supervisorCredentials(officerIds, at)).map((c) => [c.officerId, c]));
      for (const id of officerIds) {
        const c = map.get(id);
        if (c?.valid) continue;
        const who = c?.officerName ? `${c.officerName}` : `人员（${id}）`;
        const why = c?.reason ? SUPERVISOR_REFUSAL[c.reason] : '未能核验';
        throw new DomainError(ErrorCode.NOT_ENTITLED, `${who}${why}，不能${what}（004 第二十条、第二十二条）`, { field: 'officerIds', officerId: id, reason: c?.reason ?? null, status: c?.status ?? null });
      }
      return map;
    },
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
  return dir;
}
