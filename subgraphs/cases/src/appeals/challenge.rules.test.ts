import { describe, expect, it } from '@jest/globals';
import { ErrorCode } from '@jiandu/kit';
import { CaseStage } from '../cases/case.enums.js';
import { ChallengeKind, ChallengeOutcome } from './challenge.entity.js';
import { challengeState, checkChallenge, checkOutcome, CORRECTED_OUTCOMES, isCorrected, isPending, requireDecided } from './challenge.rules.js';

const problems = (f: () => unknown) => {
  try {
    f();
  } catch (e: any) {
    return { code: e.code, fields: (e.details.problems ?? [{ field: e.details.field }]).map((p: any) => p.field) };
  }
  return null;
};
const TODAY = '2026-11-24';
const DECIDED = '2026-10-09';

describe('003 第16条: 纠错 — the outcomes that correct the agency', () => {
  it('counts 变更、撤销、确认违法、确认无效、责令履行 as 纠错 (003 第16条)', () => {
    for (const o of [ChallengeOutcome.VARIED, ChallengeOutcome.REVOKED, ChallengeOutcome.CONFIRMED_ILLEGAL, ChallengeOutcome.CONFIRMED_INVALID, ChallengeOutcome.ORDERED_TO_PERFORM]) {
      expect(isCorrected(o)).toBe(true);
    }
    expect(CORRECTED_OUTCOMES).toHaveLength(5);
  });

  it('does not count 维持、撤回/驳回起诉、调解, nor a pending one, as 纠错 (003 第16条)', () => {
    for (const o of [ChallengeOutcome.UPHELD, ChallengeOutcome.WITHDRAWN, ChallengeOutcome.SETTLED, null]) expect(isCorrected(o)).toBe(false);
  });
});

describe('004 第二十五条: a pending 复议 or 诉讼 is what supervision must know', () => {
  it('is pending until an outcome is recorded (004 第二十五条)', () => {
    expect(isPending({ outcome: null })).toBe(true);
    expect(isPending({ outcome: ChallengeOutcome.UPHELD })).toBe(false);
  });

  it('states pending kinds, and whether the decision was ever challenged (004 第二十五条)', () => {
    const id = '11111111-1111-4111-8111-111111111111';
    expect(challengeState(id, [])).toEqual({ caseId: id, pending: false, kinds: [], challenged: false });
    expect(challengeState(id, [
      { kind: ChallengeKind.RECONSIDERATION, outcome: ChallengeOutcome.UPHELD },
      { kind: ChallengeKind.LITIGATION, outcome: null },
      { kind: ChallengeKind.LITIGATION, outcome: null },
    ])).toEqual({ caseId: id, pending: true, kinds: [ChallengeKind.LITIGATION], challenged: true });
    expect(challengeState(id, [{ kind: ChallengeKind.RECONSIDERATION, outcome: ChallengeOutcome.REVOKED }]).pending).toBe(false);
  });
});

describe('only a decision can be contested (004 第二十五条 "该具体行政执法行为")', () => {
  it('refuses a case before 决定 (ILLEGAL_TRANSITION)', () => {
    for (const stage of [CaseStage.REGISTERED, CaseStage.INVESTIGATION, CaseStage.LEGAL_REVIEW]) {
      expect(problems(() => requireDecided({ stage, decidedOn: null }))?.code).toBe(ErrorCode.ILLEGAL_TRANSITION);
    }
  });

  it('accepts a case at 决定 or later with its decision date', () => {
    for (const stage of [CaseStage.DECISION, CaseStage.SERVICE, CaseStage.EXECUTION, CaseStage.CLOSED]) expect(requireDecided({ stage, decidedOn: DECIDED })).toBe(DECIDED);
  });
});

describe('004 第二十五条: dates of a 复议 or 诉讼 (filed after the decision, nothing in the future by the kit clock)', () => {
  const ok = { kind: ChallengeKind.RECONSIDERATION, body: ' 昌吉州人民政府 ', filedOn: '2026-10-20', acceptedOn: '2026-10-22' };

  it('takes a well-formed one, trimmed', () => {
    expect(checkChallenge(ok, DECIDED, TODAY)).toEqual({ kind: ChallengeKind.RECONSIDERATION, body: '昌吉州人民政府', filedOn: '2026-10-20', acceptedOn: '2026-10-22' });
    expect(checkChallenge({ ...ok, filedOn: DECIDED, acceptedOn: null }, DECIDED, TODAY).acceptedOn).toBeNull();
  });

  it('refuses filing before the decision, or in the future', () => {
    expect(problems(() => checkChallenge({ ...ok, filedOn: '2026-10-08', acceptedOn: null }, DECIDED, TODAY))).toEqual({ code: ErrorCode.BAD_USER_INPUT, fields: ['filedOn'] });
    expect(problems(() => checkChallenge({ ...ok, filedOn: '2026-11-25', acceptedOn: null }, DECIDED, TODAY))).toEqual({ code: ErrorCode.BAD_USER_INPUT, fields: ['filedOn'] });
  });

  it('refuses acceptance before filing or in the future, a malformed date, and a blank body — all at once', () => {
    expect(problems(() => checkChallenge({ ...ok, body: ' ', filedOn: '2026-10-20', acceptedOn: '2026-10-19' }, DECIDED, TODAY))).toEqual({ code: ErrorCode.BAD_USER_INPUT, fields: ['body', 'acceptedOn'] });
    expect(problems(() => checkChallenge({ ...ok, acceptedOn: '2026-12-01' }, DECIDED, TODAY))?.fields).toEqual(['acceptedOn']);
    expect(problems(() => checkChallenge({ ...ok, filedOn: '2026-02-30' }, DECIDED, TODAY))?.fields).toEqual(['filedOn']);
  });
});

describe('003 第16条 (纠错台账): the outcome of a 复议 or 诉讼', () => {
  const pending = { filedOn: '2026-10-20', acceptedOn: '2026-10-22', outcome: null };

  it('is dated on or after filing and acceptance, not in the future', () => {
    expect(checkOutcome(pending, { outcome: ChallengeOutcome.UPHELD, outcomeOn: '2026-11-20' }, TODAY)).toEqual({ outcome: ChallengeOutcome.UPHELD, outcomeOn: '2026-11-20', outcomeNote: null, acceptedOn: '2026-10-22' });
    expect(problems(() => checkOutcome(pending, { outcome: ChallengeOutcome.UPHELD, outcomeOn: '2026-10-19' }, TODAY))?.fields).toEqual(['outcomeOn']);
    expect(problems(() => checkOutcome(pending, { outcome: ChallengeOutcome.UPHELD, outcomeOn: '2026-10-21' }, TODAY))?.fields).toEqual(['outcomeOn']);
    expect(problems(() => checkOutcome(pending, { outcome: ChallengeOutcome.UPHELD, outcomeOn: '2026-11-25' }, TODAY))?.fields).toEqual(['outcomeOn']);
  });

  it('a 纠错 outcome needs a note for the 纠错台账 (003 第16条)', () => {
    expect(problems(() => checkOutcome(pending, { outcome: ChallengeOutcome.REVOKED, outcomeOn: '2026-11-20', outcomeNote: ' ' }, TODAY))?.fields).toEqual(['outcomeNote']);
    expect(checkOutcome(pending, { outcome: ChallengeOutcome.REVOKED, outcomeOn: '2026-11-20', outcomeNote: '事实不清，撤销原决定' }, TODAY).outcomeNote).toBe('事实不清，撤销原决定');
  });

  it('is recorded once: a second outcome is ILLEGAL_TRANSITION', () => {
    expect(problems(() => checkOutcome({ ...pending, outcome: ChallengeOutcome.UPHELD }, { outcome: ChallengeOutcome.REVOKED, outcomeOn: '2026-11-20', outcomeNote: '撤销原决定' }, TODAY))?.code).toBe(ErrorCode.ILLEGAL_TRANSITION);
  });
});
