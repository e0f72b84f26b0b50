import { registerEnumType } from 'type-graphql';
import type { CaseDecisionCorrection } from '@jiandu/kit';

/** The five decisions of 004 第二十五条, in the article's order. */
export enum SupervisionDecisionType {
  ORDER_PERFORMANCE = 'ORDER_PERFORMANCE',
  ORDER_CORRECTION = 'ORDER_CORRECTION',
  REVOKE = 'REVOKE',
  CONFIRM_ILLEGAL = 'CONFIRM_ILLEGAL',
  CONFIRM_INVALID = 'CONFIRM_INVALID',
}
export const DECISION_TYPE_TEXT: Record<SupervisionDecisionType, string> = {
  ORDER_PERFORMANCE: '责令限期履行',
  ORDER_CORRECTION: '责令补正或者改正',
  REVOKE: '撤销',
  CONFIRM_ILLEGAL: '确认违法',
  CONFIRM_INVALID: '确认无效',
};
registerEnumType(SupervisionDecisionType, {
  name: 'SupervisionDecisionType',
  description: '监督决定种类 (type of a supervision decision, 004 第二十五条)',
  valuesConfig: {
    ORDER_PERFORMANCE: { description: '责令限期履行 (order to perform a duty by a date)' },
    ORDER_CORRECTION: { description: '责令补正或者改正 (order to supplement or correct)' },
    REVOKE: { description: '撤销 (revoke the case\'s decision): reaches the case, its publication withdrawn' },
    CONFIRM_ILLEGAL: { description: '确认违法 (confirm the case\'s decision illegal): reaches the case, its publication withdrawn' },
    CONFIRM_INVALID: { description: '确认无效 (confirm the case\'s decision invalid): reaches the case, its publication withdrawn' },
  },
});

/**
 * The types that undo a case decision and reach the case by event (`case-decision.corrected`, 004 第二十五条;
 * 002 事后公开（三）: 被依法撤销、确认违法…的，应当及时从信息公示平台撤下), with the event's word for each.
 */
export const CASE_CORRECTION: Partial<Record<SupervisionDecisionType, CaseDecisionCorrection>> = {
  REVOKE: 'REVOKE',
  CONFIRM_ILLEGAL: 'CONFIRM_ILLEGAL',
  CONFIRM_INVALID: 'CONFIRM_INVALID',
};

/** Whether the case's effect of a correcting decision has reached it (cases' `case-decision.correction-applied`). */
export enum DecisionEffectState {
  PENDING = 'PENDING',
  APPLIED = 'APPLIED',
  NOT_APPLIED = 'NOT_APPLIED',
}
registerEnumType(DecisionEffectState, {
  name: 'DecisionEffectState',
  description: '对案件的效力 (whether a 撤销/确认违法/确认无效 decision has reached the case)',
  valuesConfig: {
    PENDING: { description: '待生效 (sent to cases, not yet applied)' },
    APPLIED: { description: '已生效 (the case\'s decision is marked and its publication withdrawn)' },
    NOT_APPLIED: { description: '未生效 (cases could not apply it; see the reason)' },
  },
});
