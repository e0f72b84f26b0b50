import { describe, expect, it } from '@jest/globals';
import { ErrorCode } from '@jiandu/kit';
import { MatterCategory } from '../matters/matter.entity.js';
import { CaseStage as S, DecisionKind as K, MajorGround, PartyKind } from './case.enums.js';
import {
  availableActions, casePath, caseNumber, checkAdvance, checkDecision, checkHandlers, checkMajorGrounds, checkOpinion, checkParties, checkStepDate,
  needsAudiovisualRecord, needsExecution, nextStage, requireFineable, stagePath, type CallerFacts,
} from './case.rules.js';

const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e: any) {
    return { code: e.code, fields: (e.details.problems ?? [{ field: e.details.field }]).map((p: any) => p.field), message: e.message as string };
  }
  return null;
};
const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

describe('000 二(四): the stages of a case, in order, by category', () => {
  it('a 处罚 case is heard (告知, 陈述申辩) before the decision and is executed', () => {
    expect(stagePath(MatterCategory.PUNISHMENT, false, false)).toEqual([S.REGISTERED, S.INVESTIGATION, S.NOTIFICATION, S.STATEMENT, S.DECISION, S.SERVICE, S.EXECUTION, S.CLOSED]);
  });
  it('a hearing comes after 陈述申辩 and legal review right before the decision (004 第十六条: 作出决定前)', () => {
    expect(stagePath(MatterCategory.PUNISHMENT, true, true)).toEqual([S.REGISTERED, S.INVESTIGATION, S.NOTIFICATION, S.STATEMENT, S.HEARING, S.LEGAL_REVIEW, S.DECISION, S.SERVICE, S.EXECUTION, S.CLOSED]);
  });
  it('a 许可 or 奖励 case is examined, decided, served and closed — no 告知 or 执行', () => {
    expect(stagePath(MatterCategory.LICENSING, false, false)).toEqual([S.REGISTERED, S.INVESTIGATION, S.DECISION, S.SERVICE, S.CLOSED]);
    expect(stagePath(MatterCategory.REWARD, false, true)).toEqual([S.REGISTERED, S.INVESTIGATION, S.LEGAL_REVIEW, S.DECISION, S.SERVICE, S.CLOSED]);
  });
  it('moves only to the next stage: none skipped (000 二(四))', () => {
    const path = stagePath(MatterCategory.PUNISHMENT, false, false);
    expect(refusal(() => checkAdvance(path, S.REGISTERED, S.INVESTIGATION))).toBeNull();
    expect(refusal(() => checkAdvance(path, S.REGISTERED, S.NOTIFICATION))?.code).toBe(ErrorCode.ILLEGAL_TRANSITION);
    expect(refusal(() => checkAdvance(path, S.STATEMENT, S.INVESTIGATION))?.message).toContain('不能跳过或回退');
  });
  it('000 二(四); 行政强制法 第十八条: a 强制 case (查封、扣押) hears the party, is decided, served and executed', () => {
    expect(stagePath(MatterCategory.COERCION, false, false)).toEqual([S.REGISTERED, S.INVESTIGATION, S.NOTIFICATION, S.STATEMENT, S.DECISION, S.SERVICE, S.EXECUTION, S.CLOSED]);
    expect(stagePath(MatterCategory.COERCION, false, false, [K.SEIZURE])).toContain(S.EXECUTION);
  });
  it('000 二(四): 征收征用 and 收费 burden the party like a 处罚 — heard first, executed after service', () => {
    const burdening = [S.REGISTERED, S.INVESTIGATION, S.NOTIFICATION, S.STATEMENT, S.DECISION, S.SERVICE, S.EXECUTION, S.CLOSED];
    expect(stagePath(MatterCategory.EXPROPRIATION, false, false)).toEqual(burdening);
    expect(stagePath(MatterCategory.CHARGE, false, false)).toEqual(burdening);
    expect(stagePath(MatterCategory.CHARGE, true, true)).toEqual([S.REGISTERED, S.INVESTIGATION, S.NOTIFICATION, S.STATEMENT, S.HEARING, S.LEGAL_REVIEW, S.DECISION, S.SERVICE, S.EXECUTION, S.CLOSED]);
  });
  it('000 二(四) 检查: an inspection is examined (the record of the inspection), decided and served — no 告知, no 执行', () => {
    expect(stagePath(MatterCategory.INSPECTION, false, false)).toEqual([S.REGISTERED, S.INVESTIGATION, S.DECISION, S.SERVICE, S.CLOSED]);
    expect(stagePath(MatterCategory.INSPECTION, false, true)).toEqual([S.REGISTERED, S.INVESTIGATION, S.LEGAL_REVIEW, S.DECISION, S.SERVICE, S.CLOSED]);
  });
  it('000 二(四); 行政处罚法 第九条 (一), 第五十七条 (二): a warning alone or 不予处罚 leaves nothing to execute — served, then closed', () => {
    expect(needsExecution([K.WARNING])).toBe(false);
    expect(needsExecution([K.NO_PUNISHMENT])).toBe(false);
    expect(needsExecution([K.WARNING, K.FINE])).toBe(true);
    expect(needsExecution([K.CONFISCATION])).toBe(true);
    expect(needsExecution([K.OTHER])).toBe(true);
    // before the decision the path still expects an execution
    expect(needsExecution([])).toBe(true);
    expect(stagePath(MatterCategory.PUNISHMENT, false, false, [K.WARNING])).toEqual([S.REGISTERED, S.INVESTIGATION, S.NOTIFICATION, S.STATEMENT, S.DECISION, S.SERVICE, S.CLOSED]);
    expect(stagePath(MatterCategory.PUNISHMENT, false, true, [K.NO_PUNISHMENT])).toEqual([S.REGISTERED, S.INVESTIGATION, S.NOTIFICATION, S.STATEMENT, S.LEGAL_REVIEW, S.DECISION, S.SERVICE, S.CLOSED]);
    const path = stagePath(MatterCategory.PUNISHMENT, false, false, [K.WARNING]);
    expect(nextStage(path, S.SERVICE)).toBe(S.CLOSED);
    expect(refusal(() => checkAdvance(path, S.SERVICE, S.EXECUTION))?.message).toContain('本案不经过“执行”环节');
  });
  it('000 二(四): an execution already recorded stays on the case\'s path, whatever its decision says now', () => {
    const c = { category: MatterCategory.PUNISHMENT, hearingHeld: false, major: false, decisionKinds: [K.WARNING] };
    expect(casePath(c)).not.toContain(S.EXECUTION);
    expect(casePath({ ...c, executedOn: '2026-06-10' })).toContain(S.EXECUTION);
    expect(casePath({ ...c, decisionKinds: [K.FINE] })).toContain(S.EXECUTION);
  });
  it('refuses a stage the case does not pass through (000 二(四))', () => {
    const path = stagePath(MatterCategory.LICENSING, false, false);
    expect(refusal(() => checkAdvance(path, S.INVESTIGATION, S.NOTIFICATION))?.message).toContain('本案不经过“告知”环节');
    expect(nextStage(path, S.CLOSED)).toBeNull();
  });
});

describe('001: at least two handlers, one of them the lead (主办人)', () => {
  it('accepts two with a lead among them', () => {
    expect(checkHandlers([A, B], A)).toEqual([A, B]);
  });
  it('refuses one handler, a repeated one, and a lead who is not a handler', () => {
    expect(refusal(() => checkHandlers([A], A))?.message).toContain('不得少于两人');
    expect(refusal(() => checkHandlers([A, A], A))?.fields).toContain('handlerIds');
    expect(refusal(() => checkHandlers([A, B], '33333333-3333-4333-8333-333333333333'))?.fields).toEqual(['leadOfficerId']);
  });
});

describe('parties: a person by resident ID (GB 11643), an organisation by credit code (GB 32100)', () => {
  it('accepts valid numbers and trims blanks to nothing', () => {
    expect(checkParties([{ kind: PartyKind.PERSON, name: ' 张三 ', idNumber: '11010519491231002x', address: ' ', phone: '13812345678' }])).toEqual([
      { kind: PartyKind.PERSON, name: '张三', idNumber: '11010519491231002X', address: null, phone: '13812345678' },
    ]);
  });
  it('names every bad field by position', () => {
    const r = refusal(() => checkParties([
      { kind: PartyKind.PERSON, name: '张三', idNumber: '110105194912310021' },
      { kind: PartyKind.ORGANISATION, name: '', idNumber: 'ABC123', phone: '12' },
    ]));
    expect(r?.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(r?.fields).toEqual(['parties.0.idNumber', 'parties.1.name', 'parties.1.idNumber', 'parties.1.phone']);
  });
  it('needs at least one party', () => {
    expect(refusal(() => checkParties([]))?.fields).toEqual(['parties']);
  });
});

describe('004 第十六条: a major case records its grounds with the facts', () => {
  it('refuses grounds without facts and facts without grounds', () => {
    expect(refusal(() => checkMajorGrounds([MajorGround.COMPLEX], ''))?.fields).toEqual(['basis']);
    expect(refusal(() => checkMajorGrounds([], '涉及多个法律关系'))?.fields).toEqual(['grounds']);
    expect(checkMajorGrounds([MajorGround.COMPLEX, MajorGround.COMPLEX], ' 涉及多个法律关系 ')).toEqual({ grounds: [MajorGround.COMPLEX], basis: '涉及多个法律关系' });
  });
  it('a returned legal review gives its reasons (002 三项制度 (四)3)', () => {
    expect(refusal(() => checkOpinion(false, ' '))?.fields).toEqual(['opinion']);
    expect(checkOpinion(true, '')).toBeNull();
    expect(checkOpinion(false, '证据不足，请补充')).toBe('证据不足，请补充');
  });
});

describe('the decision (行政处罚法 第九条; 行政强制法 第九条)', () => {
  const ok = { kinds: [K.WARNING, K.FINE], content: '给予警告，并处罚款人民币五千元。', fineYuan: 5000, decidedOn: '2026-06-10' };
  it('accepts a warning with a fine of a stated amount', () => {
    expect(checkDecision(MatterCategory.PUNISHMENT, ok, '2026-06-01', '2026-06-10')).toEqual({ ...ok });
  });
  it('refuses a fine without an amount, an amount without a fine, kinds of another category, 不予处罚 combined', () => {
    expect(refusal(() => checkDecision(MatterCategory.PUNISHMENT, { ...ok, fineYuan: null }, '2026-06-01', '2026-06-10'))?.fields).toEqual(['fineYuan']);
    expect(refusal(() => checkDecision(MatterCategory.PUNISHMENT, { ...ok, kinds: [K.WARNING] }, '2026-06-01', '2026-06-10'))?.fields).toEqual(['fineYuan']);
    expect(refusal(() => checkDecision(MatterCategory.LICENSING, { ...ok, kinds: [K.GRANT, K.FINE] }, '2026-06-01', '2026-06-10'))?.fields).toContain('kinds');
    expect(refusal(() => checkDecision(MatterCategory.PUNISHMENT, { ...ok, kinds: [K.NO_PUNISHMENT, K.WARNING], fineYuan: null }, '2026-06-01', '2026-06-10'))?.fields).toEqual(['kinds']);
  });
  it('refuses a decision dated before registration or after today', () => {
    expect(refusal(() => checkDecision(MatterCategory.PUNISHMENT, ok, '2026-06-11', '2026-06-20'))?.fields).toEqual(['decidedOn']);
    expect(refusal(() => checkDecision(MatterCategory.PUNISHMENT, ok, '2026-06-01', '2026-06-09'))?.fields).toEqual(['decidedOn']);
    expect(refusal(() => checkStepDate('servedOn', '送达日期', '2026-06-09', '2026-06-10', '2026-06-20'))?.fields).toEqual(['servedOn']);
  });
  it('查封、扣押、强制拆除 need an audio-visual record (004 第十五条 second paragraph)', () => {
    expect(needsAudiovisualRecord([K.SEIZURE])).toBe(true);
    expect(needsAudiovisualRecord([K.DEMOLITION, K.OTHER])).toBe(true);
    expect(needsAudiovisualRecord([K.FINE])).toBe(false);
  });
});

describe('what the console offers is what the commands allow (000 二(四); 004 第十六条)', () => {
  const nobody: CallerFacts = { handler: false, lead: false, reviewer: false, manager: false, reviewWaiting: false, reviewPassed: false };
  const handler = { ...nobody, handler: true };
  const punishment = (stage: S, major = false, hearingHeld = false) => ({ category: MatterCategory.PUNISHMENT, stage, major, hearingHeld });
  it('a handler advances, records and may mark the case major before review', () => {
    expect(availableActions(punishment(S.REGISTERED), handler)).toEqual(['RECORD', 'ADVANCE', 'MARK_MAJOR']);
  });
  it('a major case is submitted, not decided, before a passing review (004 第十六条)', () => {
    expect(availableActions(punishment(S.STATEMENT, true), handler)).toContain('SUBMIT_FOR_REVIEW');
    expect(availableActions(punishment(S.STATEMENT, true), handler)).not.toContain('DECIDE');
    expect(availableActions(punishment(S.LEGAL_REVIEW, true), { ...handler, reviewPassed: true })).toContain('DECIDE');
    expect(availableActions(punishment(S.LEGAL_REVIEW, true), { ...handler, reviewWaiting: true })).not.toContain('DECIDE');
  });
  it('only a reviewer who is not a handler reviews a waiting round', () => {
    expect(availableActions(punishment(S.LEGAL_REVIEW, true), { ...nobody, reviewer: true, reviewWaiting: true })).toEqual(['REVIEW']);
    expect(availableActions(punishment(S.LEGAL_REVIEW, true), { ...nobody, reviewer: true })).toEqual([]);
  });
  it('000 二(四): after serving a warning the handler is offered 结案, not 执行', () => {
    expect(availableActions({ ...punishment(S.SERVICE), decisionKinds: [K.WARNING] }, handler)).toEqual(['RECORD', 'CLOSE']);
    expect(availableActions({ ...punishment(S.SERVICE), decisionKinds: [K.WARNING, K.FINE] }, handler)).toEqual(['RECORD', 'EXECUTE']);
  });
  it('行政处罚法 第九条 (二), 第四十四条: a proposed fine is offered in a 处罚 case only', () => {
    expect(availableActions(punishment(S.NOTIFICATION), handler)).toContain('SET_PROPOSED_FINE');
    expect(availableActions({ ...punishment(S.NOTIFICATION), category: MatterCategory.COERCION }, handler)).not.toContain('SET_PROPOSED_FINE');
    expect(refusal(() => requireFineable(MatterCategory.PUNISHMENT))).toBeNull();
    for (const category of [MatterCategory.COERCION, MatterCategory.LICENSING, MatterCategory.INSPECTION, MatterCategory.CHARGE]) {
      expect(refusal(() => requireFineable(category))?.code).toBe(ErrorCode.ILLEGAL_TRANSITION);
    }
  });
  it('a closed case offers nothing; a reader who is no handler can do nothing', () => {
    expect(availableActions(punishment(S.CLOSED), { ...handler, lead: true, manager: true })).toEqual([]);
    expect(availableActions(punishment(S.INVESTIGATION), nobody)).toEqual([]);
  });
});

describe('000 二(四) 立案登记 (登记台账, no 账外设账): case numbers per agency and year', () => {
  it('000 二(四): print as 〔year〕 and four digits', () => {
    expect(caseNumber(2026, 3)).toBe('〔2026〕0003号');
    expect(caseNumber(2027, 12345)).toBe('〔2027〕12345号');
  });
});
