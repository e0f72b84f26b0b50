/**
 * A supervision body's 《行政执法监督决定书》 of 撤销 / 确认违法 / 确认无效 reaching a case (004 第二十五条): its decision
 * is marked, and its publication withdrawn (002 （二）3 事后公开（三）: 被依法撤销、确认违法或者要求重新作出的，应当及时从
 * 信息公示平台撤下) — or, not yet published, closed so that it is never published. Pure: tested without a database.
 */
import { registerEnumType } from 'type-graphql';
import type { CaseDecisionCorrection } from '@jiandu/kit';

/** What a 监督决定书 did to a case's decision (the event's word, in the past tense). */
export enum CaseCorrectionKind {
  REVOKED = 'REVOKED',
  CONFIRMED_ILLEGAL = 'CONFIRMED_ILLEGAL',
  CONFIRMED_INVALID = 'CONFIRMED_INVALID',
}
export const CORRECTION_TEXT: Record<CaseCorrectionKind, string> = { REVOKED: '撤销', CONFIRMED_ILLEGAL: '确认违法', CONFIRMED_INVALID: '确认无效' };
registerEnumType(CaseCorrectionKind, {
  name: 'CaseCorrectionKind',
  description: '监督纠正 (how a supervision decision corrected a case\'s decision, 004 第二十五条)',
  valuesConfig: {
    REVOKED: { description: '被撤销 (revoked)' },
    CONFIRMED_ILLEGAL: { description: '被确认违法 (confirmed illegal)' },
    CONFIRMED_INVALID: { description: '被确认无效 (confirmed invalid)' },
  },
});

export const KIND_OF: Record<CaseDecisionCorrection, CaseCorrectionKind> = {
  REVOKE: CaseCorrectionKind.REVOKED,
  CONFIRM_ILLEGAL: CaseCorrectionKind.CONFIRMED_ILLEGAL,
  CONFIRM_INVALID: CaseCorrectionKind.CONFIRMED_INVALID,
};

export interface CorrectionFacts {
  decidedOn: string | null;
  correction: CaseCorrectionKind | null;
  correctedByNumber: string | null;
}

/**
 * Why the correction cannot be applied to the case, or null when it can: the case must have a decision, not one
 * already corrected, and none under 复议 or 诉讼 now (004 第二十五条 …除外; supervision asked before issuing, this
 * closes the window between its question and the event).
 */
export function correctionRefusal(c: CorrectionFacts | null, pendingChallenges: number): string | null {
  if (!c) return '案件不存在';
  if (!c.decidedOn) return '该案件尚未作出执法决定';
  if (c.correction) return `该案件的执法决定已被监督决定书（${c.correctedByNumber}）${CORRECTION_TEXT[c.correction]}`;
  if (pendingChallenges > 0) return '该案件的执法决定正在行政复议或行政诉讼中，不能由监督决定书纠正（004 第二十五条）';
  return null;
}

/** The withdrawal's reason, citing the issuing body and what it decided. */
export function withdrawalReason(p: { issuingBody: string; number: string; correction: CaseDecisionCorrection; reason: string }): string {
  return `${p.issuingBody}以《行政执法监督决定书》（${p.number}）决定${CORRECTION_TEXT[KIND_OF[p.correction]]}该执法决定（004 第二十五条；002 （二）3 事后公开（三））：${p.reason}`.slice(0, 1000);
}

/** The refusal of publishing a corrected decision. */
export const correctedRefusal = (c: { correction: CaseCorrectionKind; correctedByNumber: string | null }) =>
  `该决定已被监督决定书（${c.correctedByNumber}）${CORRECTION_TEXT[c.correction]}，不得公示（002 （二）3 事后公开（三））`;
