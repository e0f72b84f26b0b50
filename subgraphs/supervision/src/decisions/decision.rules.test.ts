import { describe, expect, it } from '@jest/globals';
import { ErrorCode } from '@jiandu/kit';
import { DecisionEffectState, SupervisionDecisionType } from './decision.enums.js';
import { checkDecisionDraft, correctionPayload, initialEffect, reachesCase, requireCaseDecided, requireNotCorrectedYet } from './decision.rules.js';

const NOTICE = '11111111-1111-4111-8111-111111111111';
const CASE = '22222222-2222-4222-8222-222222222222';
const OTHER = '33333333-3333-4333-8333-333333333333';
const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e: any) {
    return { code: e.code, fields: (e.details?.problems ?? [{ field: e.details?.field }]).map((p: any) => p.field), message: e.message as string };
  }
  return null;
};

describe('004 第二十五条: the five decisions', () => {
  it('004 第二十五条: 撤销, 确认违法, 确认无效 undo a case decision and reach the case; the two orders do not', () => {
    expect(Object.values(SupervisionDecisionType)).toHaveLength(5);
    expect([SupervisionDecisionType.REVOKE, SupervisionDecisionType.CONFIRM_ILLEGAL, SupervisionDecisionType.CONFIRM_INVALID].every(reachesCase)).toBe(true);
    expect(reachesCase(SupervisionDecisionType.ORDER_PERFORMANCE) || reachesCase(SupervisionDecisionType.ORDER_CORRECTION)).toBe(false);
    expect(initialEffect(SupervisionDecisionType.REVOKE)).toBe(DecisionEffectState.PENDING);
    expect(initialEffect(SupervisionDecisionType.ORDER_CORRECTION)).toBeNull();
  });

  it('004 第二十五条: 撤销 names one of the notice\'s cases and its reasons; every problem at once', () => {
    expect(refusal(() => checkDecisionDraft({ noticeId: NOTICE, type: SupervisionDecisionType.REVOKE, reasons: 'x' }, [CASE], '2026-11-24'))?.fields).toEqual(['caseId', 'reasons']);
    expect(refusal(() => checkDecisionDraft({ noticeId: NOTICE, type: SupervisionDecisionType.CONFIRM_ILLEGAL, caseId: OTHER, reasons: '逾期不改正' }, [CASE], '2026-11-24'))?.message)
      .toContain('监督通知书关联的案件之一');
    expect(checkDecisionDraft({ noticeId: NOTICE, type: SupervisionDecisionType.REVOKE, caseId: CASE, reasons: ' 逾期不改正 ' }, [CASE], '2026-11-24')).toMatchObject({ caseId: CASE, reasons: '逾期不改正', performBy: null });
  });

  it('004 第二十五条: 责令限期履行 sets a date after today to perform by; the other types none', () => {
    const base = { noticeId: NOTICE, reasons: '逾期不履行法定职责' };
    expect(refusal(() => checkDecisionDraft({ ...base, type: SupervisionDecisionType.ORDER_PERFORMANCE }, [], '2026-11-24'))?.fields).toEqual(['performBy']);
    expect(refusal(() => checkDecisionDraft({ ...base, type: SupervisionDecisionType.ORDER_PERFORMANCE, performBy: '2026-11-24' }, [], '2026-11-24'))?.message).toContain('应晚于今天');
    expect(checkDecisionDraft({ ...base, type: SupervisionDecisionType.ORDER_PERFORMANCE, performBy: '2026-12-24' }, [], '2026-11-24').performBy).toBe('2026-12-24');
    expect(refusal(() => checkDecisionDraft({ ...base, type: SupervisionDecisionType.ORDER_CORRECTION, performBy: '2026-12-24' }, [], '2026-11-24'))?.fields).toEqual(['performBy']);
  });

  it('004 第二十五条: only a decided case can be undone, and only once', () => {
    expect(refusal(() => requireCaseDecided({ number: '〔2026〕0001号', decidedOn: null }))?.code).toBe(ErrorCode.PRECONDITION_FAILED);
    expect(refusal(() => requireCaseDecided({ number: '〔2026〕0001号', decidedOn: '2026-10-01' }))).toBeNull();
    expect(refusal(() => requireNotCorrectedYet({ number: '监决〔2026〕1号', type: SupervisionDecisionType.REVOKE }))?.message).toContain('监决〔2026〕1号（撤销）');
  });

  it('004 第二十五条: the event to cases carries the number as the basis and the reasons', () => {
    const d = { id: NOTICE, number: '监决〔2026〕1号', caseId: CASE, type: SupervisionDecisionType.CONFIRM_INVALID, decidedOn: '2026-11-24', issuerName: '某司法局', reasons: '拒不改正' };
    expect(correctionPayload(d)).toEqual({ decisionId: NOTICE, number: '监决〔2026〕1号', caseId: CASE, correction: 'CONFIRM_INVALID', decidedOn: '2026-11-24', issuingBody: '某司法局', reason: '拒不改正' });
    expect(() => correctionPayload({ ...d, type: SupervisionDecisionType.ORDER_CORRECTION })).toThrow();
  });
});
