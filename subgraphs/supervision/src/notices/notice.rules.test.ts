import { describe, expect, it } from '@jest/globals';
import { addDays, DueState, ErrorCode, isUuid } from '@jiandu/kit';
import { NoticeAction, NoticeGround, NoticeStatus, ObjectionOutcome, groundCitation, NOTICE_GROUND_TEXT } from './notice.enums.js';
import {
  answerDeadline, answeredStatus, availableNoticeActions, checkAnswer, checkNoticeDraft, checkObjection, checkReceipt, checkReport, checkVerification, decisionBlocker,
  isOverdue, noticeDeadlines, receiptDeadlines, RULE_ANSWER, RULE_OBJECT, RULE_RECTIFY, type NoticeFacts,
} from './notice.rules.js';

const AGENCY = '44444444-4444-4444-8444-444444444444';
const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e: any) {
    return { code: e.code, fields: (e.details?.problems ?? [{ field: e.details?.field }]).map((p: any) => p.field), message: e.message as string };
  }
  return null;
};

const issued = (issuedOn = '2026-09-01'): NoticeFacts => ({
  status: NoticeStatus.ISSUED, issuedOn, receivedOn: null, rectifyDeadline: null, objectionDeadline: null, answerDeadline: null,
  reportedOn: null, objectedOn: null, answeredOn: null, objectionOutcome: null,
});
const received = (receivedOn: string): NoticeFacts => {
  const d = receiptDeadlines(receivedOn);
  return { ...issued(receivedOn), status: NoticeStatus.RECEIVED, receivedOn, rectifyDeadline: d.rectification, objectionDeadline: d.objection };
};
const objected = (n: NoticeFacts, on: string): NoticeFacts => ({ ...n, objectedOn: on, answerDeadline: answerDeadline(on) });

describe('004 第二十三条: the seven grounds and what a notice says', () => {
  it('004 第二十三条: seven grounds in the article\'s words, each cited with its item', () => {
    expect(Object.values(NoticeGround)).toHaveLength(7);
    expect(NOTICE_GROUND_TEXT.UNCIVIL_ENFORCEMENT).toBe('粗暴、野蛮等不文明执法的');
    expect(groundCitation(NoticeGround.DECISION_UNLAWFUL)).toBe('执法决定不合法或者明显不当的（004 第二十三条第（二）项）');
  });

  it('004 第二十三条: a notice without a ground, facts or a requirement is refused with every problem at once', () => {
    expect(refusal(() => checkNoticeDraft({ agencyId: 'x', grounds: [], facts: ' ', requirement: '', caseIds: ['bad'], opinionId: 'nope' }, isUuid))).toEqual({
      code: ErrorCode.BAD_USER_INPUT, fields: ['agencyId', 'grounds', 'facts', 'requirement', 'caseIds', 'opinionId'], message: expect.any(String),
    });
  });

  it('004 第二十三条: duplicates are dropped; the reserved opinion id is kept as given', () => {
    const op = '55555555-5555-4555-8555-555555555555';
    const d = checkNoticeDraft({ agencyId: AGENCY, grounds: [NoticeGround.DUTY_UNFULFILLED, NoticeGround.DUTY_UNFULFILLED], facts: '未依法履行职责', requirement: '立即整改到位', caseIds: [op, op], opinionId: op }, isUuid);
    expect(d).toMatchObject({ grounds: [NoticeGround.DUTY_UNFULFILLED], caseIds: [op], opinionId: op });
  });
});

describe('004 第二十四条: the date of receipt starts three clocks', () => {
  it('004 第二十四条: 30 days to rectify and report, 7 to object — natural days from the day after receipt, each with its rule', () => {
    const d = receiptDeadlines('2026-11-24');
    expect(d.rectification).toMatchObject({ dueOn: '2026-12-24', rule: RULE_RECTIFY, period: { start: '2026-11-24', amount: 30, unit: 'NATURAL_DAYS' } });
    expect(d.objection).toMatchObject({ dueOn: '2026-12-01', rule: RULE_OBJECT, period: { start: '2026-11-24', amount: 7, unit: 'NATURAL_DAYS' } });
    expect(answerDeadline('2026-11-26')).toMatchObject({ dueOn: '2026-12-11', rule: RULE_ANSWER });
  });

  it('004 第二十四条, 民法典 第二百零三条: a period whose last day falls in the 国庆 holiday ends on the next working day', () => {
    expect(receiptDeadlines('2026-09-03').rectification.dueOn).toBe('2026-10-08');
  });

  it('004 第二十四条: the receipt may be back-dated, never in the future nor before the notice was issued; recorded once', () => {
    expect(checkReceipt(issued('2026-09-01'), '2026-09-20', '2026-11-24')).toBe('2026-09-20');
    expect(refusal(() => checkReceipt(issued('2026-09-01'), '2026-11-25', '2026-11-24'))?.message).toContain('不能晚于今天');
    expect(refusal(() => checkReceipt(issued('2026-09-01'), '2026-08-31', '2026-11-24'))?.message).toContain('不能早于通知书的下发日期');
    expect(refusal(() => checkReceipt(issued(), '2026-9-1', '2026-11-24'))?.fields).toEqual(['receivedOn']);
    expect(refusal(() => checkReceipt(received('2026-09-02'), '2026-09-02', '2026-11-24'))?.code).toBe(ErrorCode.ILLEGAL_TRANSITION);
  });
});

describe('004 第二十四条第二款: objection within 7 days, answered within 15', () => {
  it('004 第二十四条第二款: an objection on the 7th day is accepted, after it DEADLINE_PASSED', () => {
    const n = received('2026-11-24');
    expect(refusal(() => checkObjection(n, '2026-12-01'))).toBeNull();
    expect(refusal(() => checkObjection(n, '2026-12-02'))?.code).toBe(ErrorCode.DEADLINE_PASSED);
    expect(refusal(() => checkObjection(issued(), '2026-11-24'))?.code).toBe(ErrorCode.ILLEGAL_TRANSITION);
    expect(refusal(() => checkObjection(objected(n, '2026-11-25'), '2026-11-26'))?.message).toContain('不能重复申请');
  });

  it('004 第二十四条第二款: an upheld objection revokes the notice; a maintained one leaves it standing', () => {
    const n = objected(received('2026-11-24'), '2026-11-25');
    expect(refusal(() => checkAnswer(n))).toBeNull();
    expect(answeredStatus(n, ObjectionOutcome.UPHELD)).toBe(NoticeStatus.REVOKED);
    expect(answeredStatus(n, ObjectionOutcome.MAINTAINED)).toBe(NoticeStatus.RECEIVED);
    expect(refusal(() => checkAnswer({ ...n, answeredOn: '2026-11-30' }))?.code).toBe(ErrorCode.ILLEGAL_TRANSITION);
  });

  it('004 第二十四条第二款: the supervisor\'s answer not given within 15 days is overdue', () => {
    const n = objected(received('2026-11-24'), '2026-11-25');
    expect(isOverdue(n, '2026-12-10')).toBe(false);
    expect(isOverdue({ ...n, status: NoticeStatus.REPORTED, reportedOn: '2026-12-01' }, '2026-12-11')).toBe(true);
  });
});

describe('004 第二十四条第一款: rectification report and verification', () => {
  it('004 第二十四条第一款: the report is due 30 days after receipt; unreported afterwards the notice is overdue', () => {
    const n = received('2026-10-01');
    const due = n.rectifyDeadline!.dueOn;
    expect(isOverdue(n, due)).toBe(false);
    expect(isOverdue(n, addDays(due, 1))).toBe(true);
    const views = noticeDeadlines(n, addDays(due, 1));
    expect(views.rectification).toMatchObject({ state: DueState.OVERDUE, late: true, daysLeft: -1 });
  });

  it('004 第二十四条第一款: a late report is accepted and shown late; the supervisor then verifies it', () => {
    const n = received('2026-10-01');
    expect(refusal(() => checkReport(n))).toBeNull();
    const late = addDays(n.rectifyDeadline!.dueOn, 5);
    const reported = { ...n, status: NoticeStatus.REPORTED, reportedOn: late };
    expect(noticeDeadlines(reported, late).rectification).toMatchObject({ state: DueState.DONE, late: true, doneOn: late });
    expect(isOverdue(reported, late)).toBe(false);
    expect(refusal(() => checkReport(reported))?.code).toBe(ErrorCode.ILLEGAL_TRANSITION);
    expect(refusal(() => checkVerification(reported))).toBeNull();
    expect(refusal(() => checkVerification(objected(reported, late)))?.code).toBe(ErrorCode.PRECONDITION_FAILED);
  });

  it('004 第二十四条: the chips show the duties and the right to object while it is open; a lapsed right is not shown', () => {
    const n = received('2026-11-24');
    expect(noticeDeadlines(n, '2026-11-24').shown.map((d) => d.label)).toEqual(['整改并报送整改情况', '申请复查']);
    expect(noticeDeadlines(n, '2026-12-02').shown.map((d) => d.label)).toEqual(['整改并报送整改情况']);
    expect(noticeDeadlines(objected(n, '2026-11-25'), '2026-12-02').shown.map((d) => d.label)).toEqual(['整改并报送整改情况', '申请复查', '复查答复']);
  });
});

describe('004 第二十五条: a decision only on an unrectified notice', () => {
  it('004 第二十五条: 逾期不改正 — the rectification deadline passed with no report', () => {
    const n = received('2026-10-01');
    const due = n.rectifyDeadline!.dueOn;
    expect(decisionBlocker(n, due)).toContain('尚未逾期');
    expect(decisionBlocker(n, addDays(due, 1))).toBeNull();
  });

  it('004 第二十五条: 拒不改正 — the report was not accepted; an accepted, pending or revoked notice allows none', () => {
    const n = received('2026-11-20');
    expect(decisionBlocker({ ...n, status: NoticeStatus.NOT_ACCEPTED, reportedOn: '2026-11-22' }, '2026-11-24')).toBeNull();
    expect(decisionBlocker({ ...n, status: NoticeStatus.ACCEPTED }, '2026-11-24')).toContain('已核验通过');
    expect(decisionBlocker({ ...n, status: NoticeStatus.REPORTED }, '2027-01-24')).toContain('请先核验');
    expect(decisionBlocker({ ...n, status: NoticeStatus.REVOKED }, '2027-01-24')).toContain('已撤回');
    expect(decisionBlocker(issued(), '2027-01-24')).toContain('尚未送达');
    expect(decisionBlocker(objected(n, '2026-11-21'), '2027-01-24')).toContain('复查申请尚未答复');
  });

  it('the actions offered are the ones the commands allow, by who the caller is', () => {
    const n = received('2026-10-01');
    const after = addDays(n.rectifyDeadline!.dueOn, 1);
    expect(availableNoticeActions(issued(), { supervisor: true, answerer: false }, '2026-11-24')).toEqual([NoticeAction.RECORD_RECEIPT]);
    expect(availableNoticeActions(n, { supervisor: false, answerer: true }, '2026-10-02')).toEqual([NoticeAction.OBJECT, NoticeAction.REPORT_RECTIFICATION]);
    expect(availableNoticeActions(n, { supervisor: true, answerer: false }, after)).toEqual([NoticeAction.ISSUE_DECISION]);
    expect(availableNoticeActions(n, { supervisor: false, answerer: false }, after)).toEqual([]);
  });
});
