import { describe, expect, it } from '@jest/globals';
import { CaseCorrectionKind, correctedRefusal, correctionRefusal, KIND_OF, withdrawalReason } from './correction.rules.js';

describe('004 第二十五条; 002 （二）3 事后公开（三）: a 监督决定书 reaching a case', () => {
  const decided = { decidedOn: '2026-10-01', correction: null, correctedByNumber: null };

  it('004 第二十五条: applies to a decided case not yet corrected and not under 复议 or 诉讼', () => {
    expect(correctionRefusal(decided, 0)).toBeNull();
    expect(correctionRefusal(null, 0)).toBe('案件不存在');
    expect(correctionRefusal({ ...decided, decidedOn: null }, 0)).toContain('尚未作出执法决定');
    expect(correctionRefusal({ ...decided, correction: CaseCorrectionKind.REVOKED, correctedByNumber: '监决〔2026〕1号' }, 0)).toContain('监决〔2026〕1号）撤销');
    expect(correctionRefusal(decided, 1)).toContain('行政复议或行政诉讼');
  });

  it('002 （二）3 事后公开（三）: the withdrawal cites the issuing body, the number and what it decided; publishing is refused afterwards', () => {
    expect(KIND_OF.CONFIRM_ILLEGAL).toBe(CaseCorrectionKind.CONFIRMED_ILLEGAL);
    expect(withdrawalReason({ issuingBody: '某司法局', number: '监决〔2026〕2号', correction: 'CONFIRM_ILLEGAL', reason: '拒不改正' }))
      .toBe('某司法局以《行政执法监督决定书》（监决〔2026〕2号）决定确认违法该执法决定（004 第二十五条；002 （二）3 事后公开（三））：拒不改正');
    expect(correctedRefusal({ correction: CaseCorrectionKind.REVOKED, correctedByNumber: '监决〔2026〕1号' })).toBe('该决定已被监督决定书（监决〔2026〕1号）撤销，不得公示（002 （二）3 事后公开（三））');
  });
});
