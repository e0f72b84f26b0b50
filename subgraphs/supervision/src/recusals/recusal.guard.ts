/**
 * What every other matter of supervision asks before it names a 执法监督人员 (004 第二十一条: a supervisor who withdrew
 * from a matter does not handle it): a complaint's handler, a review's reviewers, an inspection's supervisors.
 *
 *   await requireNotRecused(tx, input.supervisorIds, { type: RecusalSubjectType.INSPECTION, id }, '参加该现场监督');
 *   const off = await recusedOfficerIds(em, { type: RecusalSubjectType.COMPLAINT, id });
 *
 * Call it inside the command's transaction, after the matter's row is locked, so a 回避 recorded meanwhile is seen.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode, toLocalDate } from '@jiandu/kit';
import { Recusal, RecusalStatus, RecusalSubjectType, RecusalWay } from './recusal.entity.js';

export interface RecusalSubject {
  type: RecusalSubjectType;
  id: string;
}

const WAY_LABEL: Record<RecusalWay, string> = { SELF_DECLARED: '自行回避', APPLIED: '经申请决定回避', DECIDED: '经监督机关决定回避' };

/** The supervisors with a 回避 in effect on `subject` (self-declared, ordered, or an application approved). */
export async function recusedOfficerIds(em: EntityManager, subject: RecusalSubject): Promise<Set<string>> {
  const rows = await em.find(Recusal, { subjectType: subject.type, subjectId: subject.id, status: RecusalStatus.IN_EFFECT }, { fields: ['officerId'] });
  return new Set(rows.map((r) => r.officerId));
}

/**
 * Throws RECUSED for the first of `officerIds` with a 回避 in effect on `subject`, naming him and the 回避
 * (`extensions.officerId`, `extensions.recusalId`); `what` is the act refused, e.g. 参加该现场监督.
 */
export async function requireNotRecused(em: EntityManager, officerIds: readonly string[], subject: RecusalSubject, what = '办理该监督事项'): Promise<void> {
  if (!officerIds.length) return;
  const rows = await em.find(Recusal, { subjectType: subject.type, subjectId: subject.id, status: RecusalStatus.IN_EFFECT, officerId: { $in: [...new Set(officerIds)] } }, { orderBy: { recordedAt: 'asc', id: 'asc' } });
  const byOfficer = new Map(rows.map((r) => [r.officerId, r]));
  for (const id of officerIds) {
    const r = byOfficer.get(id);
    if (!r) continue;
    const when = r.decidedOn ?? toLocalDate(r.recordedAt);
    throw new DomainError(
      ErrorCode.RECUSED,
      `${r.officerName ?? '该执法监督人员'}已就该监督事项${WAY_LABEL[r.way]}（${when}），不能${what}（004 第二十一条）`,
      { field: 'officerIds', officerId: id, recusalId: r.id, way: r.way },
    );
  }
}
