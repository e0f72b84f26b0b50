import { describe, expect, it } from '@jest/globals';
import { ErrorCode } from '@jiandu/kit';
import { RecusalApplicant, RecusalStatus, RecusalWay } from './recusal.entity.js';
import {
  checkApplication, checkApplicationDecision, checkOrder, checkSelfDeclaration, inEffect, initialStatus, requireNoneOpen, requireNotConcerned,
} from './recusal.rules.js';

const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e: any) {
    return { code: e.code, fields: (e.details.problems ?? [{ field: e.details.field }]).map((p: any) => p.field), message: e.message as string };
  }
  return null;
};
const ME = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const TODAY = '2026-11-24';
const APPLICATION = { applicantKind: RecusalApplicant.COMPLAINANT, applicantName: '张三', grounds: '该监督人员与被投诉人系亲属', appliedOn: '2026-11-20' };

describe('004 第二十一条 应当自行回避: declared by the supervisor himself, with the conflict', () => {
  it('is his own declaration: another account, or one linked to no officer, is FORBIDDEN (004 第二十一条)', () => {
    expect(refusal(() => checkSelfDeclaration({ officerId: ME, grounds: '本人配偶在被监督机关任职' }, OTHER))?.code).toBe(ErrorCode.FORBIDDEN);
    expect(refusal(() => checkSelfDeclaration({ officerId: ME, grounds: '本人配偶在被监督机关任职' }, null))?.code).toBe(ErrorCode.FORBIDDEN);
  });

  it('writes down the conflict, at least 4 characters (004 第二十一条)', () => {
    expect(refusal(() => checkSelfDeclaration({ officerId: ME, grounds: '亲属' }, ME))?.fields).toEqual(['grounds']);
    expect(checkSelfDeclaration({ officerId: ME, grounds: ' 本人配偶在被监督机关任职 ' }, ME)).toEqual({ grounds: '本人配偶在被监督机关任职' });
  });

  it('takes effect at once, as does a 决定回避; an application waits for the 主要负责人 (004 第二十一条)', () => {
    expect(initialStatus(RecusalWay.SELF_DECLARED)).toBe(RecusalStatus.IN_EFFECT);
    expect(initialStatus(RecusalWay.DECIDED)).toBe(RecusalStatus.IN_EFFECT);
    expect(initialStatus(RecusalWay.APPLIED)).toBe(RecusalStatus.PENDING);
    expect(inEffect({ status: RecusalStatus.PENDING })).toBe(false);
    expect(inEffect({ status: RecusalStatus.REJECTED })).toBe(false);
  });
});

describe('004 第二十一条 被监督机关、投诉举报人有权申请其回避', () => {
  it('accepts an application of the complainant or the supervised body, named, with grounds, dated (004 第二十一条)', () => {
    expect(checkApplication(APPLICATION, TODAY, { bySupervisedBody: false })).toEqual(APPLICATION);
    expect(checkApplication({ ...APPLICATION, applicantKind: RecusalApplicant.SUPERVISED_BODY, applicantName: '某局' }, TODAY, { bySupervisedBody: true }).applicantKind).toBe(RecusalApplicant.SUPERVISED_BODY);
  });

  it('the supervised body files only its own application; nobody else applies (004 第二十一条)', () => {
    expect(refusal(() => checkApplication(APPLICATION, TODAY, { bySupervisedBody: true }))?.fields).toEqual(['applicantKind']);
    expect(refusal(() => checkApplication({ ...APPLICATION, applicantKind: 'LAWYER' as RecusalApplicant }, TODAY, { bySupervisedBody: false }))?.fields).toEqual(['applicantKind']);
  });

  it('reports a missing name, short grounds and a future date at once (004 第二十一条)', () => {
    expect(refusal(() => checkApplication({ ...APPLICATION, applicantName: ' ', grounds: '亲属', appliedOn: '2026-11-25' }, TODAY, { bySupervisedBody: false }))?.fields)
      .toEqual(['applicantName', 'grounds', 'appliedOn']);
  });
});

describe('004 第二十一条 行政执法监督人员的回避由其所在单位主要负责人决定', () => {
  const pending = { way: RecusalWay.APPLIED, status: RecusalStatus.PENDING, appliedOn: '2026-11-20' };

  it('approval puts the 回避 in effect; rejection needs reasons and leaves none (004 第二十一条)', () => {
    expect(checkApplicationDecision(pending, { approved: true, decidedBy: '李局长', decidedOn: '2026-11-21' }, TODAY)).toMatchObject({ status: RecusalStatus.IN_EFFECT, approved: true, decisionReason: null });
    expect(refusal(() => checkApplicationDecision(pending, { approved: false, decidedBy: '李局长', decidedOn: '2026-11-21' }, TODAY))?.fields).toEqual(['reason']);
    expect(checkApplicationDecision(pending, { approved: false, decidedBy: '李局长', decidedOn: '2026-11-21', reason: '申请理由不成立，无利害关系' }, TODAY)).toMatchObject({ status: RecusalStatus.REJECTED, approved: false });
  });

  it('names the 主要负责人 and is dated between the application and today (004 第二十一条)', () => {
    expect(refusal(() => checkApplicationDecision(pending, { approved: true, decidedBy: '', decidedOn: '2026-11-19' }, TODAY))?.fields).toEqual(['decidedBy', 'decidedOn']);
    expect(refusal(() => checkApplicationDecision(pending, { approved: true, decidedBy: '李局长', decidedOn: '2026-11-25' }, TODAY))?.fields).toEqual(['decidedOn']);
  });

  it('decides only an application, once (004 第二十一条)', () => {
    expect(refusal(() => checkApplicationDecision({ ...pending, status: RecusalStatus.IN_EFFECT }, { approved: true, decidedBy: '李局长', decidedOn: TODAY }, TODAY))?.code).toBe(ErrorCode.ILLEGAL_TRANSITION);
    expect(refusal(() => checkApplicationDecision({ ...pending, way: RecusalWay.SELF_DECLARED }, { approved: true, decidedBy: '李局长', decidedOn: TODAY }, TODAY))?.code).toBe(ErrorCode.ILLEGAL_TRANSITION);
  });

  it('nobody decides or records a 回避 about himself (004 第二十一条)', () => {
    expect(refusal(() => requireNotConcerned(ME, ME, '登记对本人回避申请的决定'))?.code).toBe(ErrorCode.FORBIDDEN);
    expect(refusal(() => requireNotConcerned(OTHER, ME, '登记对本人回避申请的决定'))).toBeNull();
    expect(refusal(() => requireNotConcerned(null, ME, '登记对本人回避申请的决定'))).toBeNull();
  });
});

describe('004 第二十一条 没有自行回避…也没有申请其回避的，行政执法监督机关应当决定其回避', () => {
  const order = { grounds: '经查与被监督机关负责人系同学关系', decidedBy: '昌吉州司法局', decidedOn: TODAY };

  it('orders a 回避 when none is open; a rejected application does not stand in the way (004 第二十一条)', () => {
    expect(checkOrder(order, TODAY, [])).toEqual(order);
    expect(checkOrder(order, TODAY, [{ way: RecusalWay.APPLIED, status: RecusalStatus.REJECTED }])).toEqual(order);
  });

  it('refuses once he withdrew (DUPLICATE) or while an application awaits the 主要负责人 (PRECONDITION_FAILED) (004 第二十一条)', () => {
    expect(refusal(() => checkOrder(order, TODAY, [{ way: RecusalWay.SELF_DECLARED, status: RecusalStatus.IN_EFFECT }]))?.code).toBe(ErrorCode.DUPLICATE);
    expect(refusal(() => checkOrder(order, TODAY, [{ way: RecusalWay.APPLIED, status: RecusalStatus.PENDING }]))?.code).toBe(ErrorCode.PRECONDITION_FAILED);
  });

  it('records one open 回避 per supervisor and matter (004 第二十一条)', () => {
    expect(refusal(() => requireNoneOpen([{ way: RecusalWay.APPLIED, status: RecusalStatus.PENDING }]))?.code).toBe(ErrorCode.DUPLICATE);
    expect(refusal(() => requireNoneOpen([{ way: RecusalWay.DECIDED, status: RecusalStatus.IN_EFFECT }]))?.code).toBe(ErrorCode.DUPLICATE);
    expect(refusal(() => requireNoneOpen([{ way: RecusalWay.APPLIED, status: RecusalStatus.REJECTED }]))).toBeNull();
  });
});
