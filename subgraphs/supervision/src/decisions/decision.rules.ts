/**
 * The rules of the 《行政执法监督决定书》 (004 第二十五条), pure: tested without a database.
 *
 * 被监督机关逾期不改正或者拒不改正的，行政执法监督机关可以根据行政执法行为的性质、程度等情况，分别作出责令限期履行、
 * 责令补正或者改正、撤销、确认违法或者无效的决定，并制发《行政执法监督决定书》，但当事人已对该具体行政执法行为申请
 * 行政复议或者提起行政诉讼的除外。 Whether the notice went unrectified is `decisionBlocker` (notice.rules.ts); the
 * 复议/诉讼 exception is asked of cases at the moment of issue (`requireNoPendingChallenge`).
 */
import { DomainError, ErrorCode, InputProblems, isAfter, isLocalDate, type CaseDecisionCorrectedPayload, type LocalDate } from '@jiandu/kit';
import { CASE_CORRECTION, DECISION_TYPE_TEXT, DecisionEffectState, SupervisionDecisionType } from './decision.enums.js';

export const TEXT_MIN = 4;
export const TEXT_MAX = 5_000;

/** 撤销 / 确认违法 / 确认无效 undo a case decision: they name the case and reach it by event. */
export const reachesCase = (t: SupervisionDecisionType) => CASE_CORRECTION[t] !== undefined;

export interface DecisionDraft {
  noticeId: string;
  type: SupervisionDecisionType;
  caseId: string | null;
  reasons: string;
  requirement: string | null;
  performBy: LocalDate | null;
}

/**
 * 004 第二十五条: the type; the case (required for the three that undo a decision, and always one of the
 * notice's related cases); the facts and reasons; for 责令限期履行 the date to perform by, after today. Every
 * problem at once (BAD_USER_INPUT).
 */
export function checkDecisionDraft(input: {
  noticeId: string; type: SupervisionDecisionType; caseId?: string | null; reasons?: string | null; requirement?: string | null; performBy?: string | null;
}, noticeCaseIds: readonly string[], today: LocalDate): DecisionDraft {
  const p = new InputProblems();
  const reasons = (input.reasons ?? '').trim();
  const requirement = (input.requirement ?? '').trim() || null;
  const type = input.type;
  p.check(Object.values(SupervisionDecisionType).includes(type), 'type', '决定种类应为004 第二十五条所列五种之一');
  if (reachesCase(type)) p.check(!!input.caseId, 'caseId', `${DECISION_TYPE_TEXT[type] ?? '该'}决定须指明所涉案件（004 第二十五条）`);
  if (input.caseId) p.check(noticeCaseIds.includes(input.caseId), 'caseId', '所涉案件须是监督通知书关联的案件之一');
  p.check(reasons.length >= TEXT_MIN, 'reasons', `请写明事实和理由（至少 ${TEXT_MIN} 个字）`);
  p.check(reasons.length <= TEXT_MAX, 'reasons', `事实和理由不能超过 ${TEXT_MAX} 个字`);
  p.check(!requirement || requirement.length <= TEXT_MAX, 'requirement', `具体要求不能超过 ${TEXT_MAX} 个字`);
  if (type === SupervisionDecisionType.ORDER_PERFORMANCE) {
    if (!input.performBy) p.add('performBy', '责令限期履行须写明履行期限');
    else if (!isLocalDate(input.performBy)) p.add('performBy', '履行期限格式应为 YYYY-MM-DD');
    else p.check(isAfter(input.performBy, today), 'performBy', '履行期限应晚于今天');
  } else {
    p.check(!input.performBy, 'performBy', '只有责令限期履行的决定写明履行期限');
  }
  p.throwIfAny();
  return {
    noticeId: input.noticeId, type, caseId: input.caseId ?? null, reasons, requirement,
    performBy: type === SupervisionDecisionType.ORDER_PERFORMANCE ? input.performBy! : null,
  };
}

/** A case decision is undone once: a second 撤销 / 确认违法 / 确认无效 of the same case is refused. */
export function requireNotCorrectedYet(previous: { number: string; type: SupervisionDecisionType } | null): void {
  if (previous) {
    throw new DomainError(ErrorCode.PRECONDITION_FAILED, `该案件的执法决定已由监督决定书 ${previous.number}（${DECISION_TYPE_TEXT[previous.type]}）纠正，不能重复作出`, { field: 'caseId', number: previous.number });
  }
}

/** The correcting types need a case that has a decision to undo. */
export function requireCaseDecided(c: { number: string; decidedOn: string | null }): void {
  if (!c.decidedOn) throw new DomainError(ErrorCode.PRECONDITION_FAILED, `案件 ${c.number} 尚未作出执法决定，没有可撤销或确认违法、无效的决定`, { field: 'caseId' });
}

/** The event that carries a correcting decision to cases (kit `CaseDecisionCorrectedPayload`). */
export function correctionPayload(d: {
  id: string; number: string; caseId: string | null; type: SupervisionDecisionType; decidedOn: LocalDate; issuerName: string; reasons: string;
}): CaseDecisionCorrectedPayload {
  const correction = CASE_CORRECTION[d.type];
  if (!correction || !d.caseId) throw new Error(`correctionPayload(${d.id}): a ${d.type} decision does not reach a case`);
  return { decisionId: d.id, number: d.number, caseId: d.caseId, correction, decidedOn: d.decidedOn, issuingBody: d.issuerName, reason: d.reasons };
}

/** The effect a correcting decision starts with; null for the types that do not reach the case. */
export const initialEffect = (t: SupervisionDecisionType): DecisionEffectState | null => (reachesCase(t) ? DecisionEffectState.PENDING : null);
