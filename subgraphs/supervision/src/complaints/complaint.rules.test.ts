import crypto from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { ErrorCode } from '@jiandu/kit';
import { ComplaintFinding as F, ComplaintStatus as S, ReplyMethod } from './complaint.entity.js';
import {
  ACT_FROM, availableComplaintActions, checkComplaint, checkConclusion, checkRejectionReason, complainantIdentity, ComplaintAction as A, normalisePhone,
  phoneKey, requireActFrom, requireHandler,
} from './complaint.rules.js';
import { complainantFingerprint } from './complaint.fingerprint.js';
import { maskEmail } from './complaint-workflow.service.js';

const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e: any) {
    return { code: e.code as string, fields: (e.details?.problems ?? [{ field: e.details?.field }]).map((p: any) => p.field), message: e.message as string, details: e.details };
  }
  return null;
};
const AGENCY = '11111111-1111-4111-8111-111111111111';
const NOW = new Date('2026-11-24T02:00:00Z');
const RECEIVED = new Date('2026-11-10T02:00:00Z'); // 2026-11-10 in China

describe('004 第八条 投诉举报: the steps of handling a complaint, each from its own state', () => {
  it('004 第八条: a received complaint is accepted or rejected — once; nothing else is done to it before', () => {
    expect(refusal(() => requireActFrom(A.ACCEPT, S.RECEIVED))).toBeNull();
    expect(refusal(() => requireActFrom(A.REJECT, S.RECEIVED))).toBeNull();
    for (const act of [A.ASSIGN_HANDLER, A.START_INVESTIGATION, A.CONCLUDE]) {
      const r = refusal(() => requireActFrom(act, S.RECEIVED));
      expect(r?.code).toBe(ErrorCode.ILLEGAL_TRANSITION);
      expect(r?.message).toContain('尚未受理');
      expect(r?.message).toContain('请先受理');
    }
  });

  it('004 第八条: an accepted complaint cannot be rejected later — it is investigated and concluded 不属实 instead', () => {
    for (const status of [S.ACCEPTED, S.INVESTIGATING]) {
      const r = refusal(() => requireActFrom(A.REJECT, status));
      expect(r?.code).toBe(ErrorCode.ILLEGAL_TRANSITION);
      expect(r?.message).toContain('已受理的投诉举报不能再不予受理');
    }
    expect(refusal(() => requireActFrom(A.ACCEPT, S.ACCEPTED))?.message).toMatch(/^该投诉举报已受理，不能受理/);
  });

  it('004 第八条: rejected and concluded are final — no step, no new handler, no case link', () => {
    for (const status of [S.REJECTED, S.CONCLUDED]) {
      for (const act of Object.values(A)) expect(refusal(() => requireActFrom(act, status))?.code).toBe(ErrorCode.ILLEGAL_TRANSITION);
    }
    expect(refusal(() => requireActFrom(A.ACCEPT, S.REJECTED))?.message).toContain('已决定不予受理，办理已终结');
    expect(refusal(() => requireActFrom(A.CONCLUDE, S.CONCLUDED))?.message).toContain('已办结');
  });

  it('004 第八条: the handler is assigned after acceptance and may change until 办结; only an investigated complaint is concluded', () => {
    expect(ACT_FROM[A.ASSIGN_HANDLER]).toEqual([S.ACCEPTED, S.INVESTIGATING]);
    expect(ACT_FROM[A.START_INVESTIGATION]).toEqual([S.ACCEPTED]);
    expect(ACT_FROM[A.CONCLUDE]).toEqual([S.INVESTIGATING]);
    expect(refusal(() => requireActFrom(A.CONCLUDE, S.ACCEPTED))?.message).toContain('请先指定承办人并开始调查核实');
    expect(ACT_FROM[A.LINK_CASE]).toEqual([S.RECEIVED, S.ACCEPTED, S.INVESTIGATING]);
  });

  it('004 第二十条: no investigation without a handler — PRECONDITION_FAILED naming what is missing', () => {
    const r = refusal(() => requireHandler({ handlerId: null }, A.START_INVESTIGATION));
    expect(r?.code).toBe(ErrorCode.PRECONDITION_FAILED);
    expect(r?.details.missing).toEqual(['承办人（执法监督人员）']);
    expect(refusal(() => requireHandler({ handlerId: AGENCY }, A.START_INVESTIGATION))).toBeNull();
  });

  it('004 第八条: the actions offered are exactly those the commands allow, and none to a non-supervisor', () => {
    expect(availableComplaintActions({ status: S.RECEIVED, handlerId: null }, true)).toEqual([A.ACCEPT, A.REJECT, A.LINK_CASE]);
    expect(availableComplaintActions({ status: S.ACCEPTED, handlerId: null }, true)).toEqual([A.ASSIGN_HANDLER, A.LINK_CASE]);
    expect(availableComplaintActions({ status: S.ACCEPTED, handlerId: AGENCY }, true)).toEqual([A.ASSIGN_HANDLER, A.START_INVESTIGATION, A.LINK_CASE]);
    expect(availableComplaintActions({ status: S.INVESTIGATING, handlerId: AGENCY }, true)).toEqual([A.ASSIGN_HANDLER, A.CONCLUDE, A.LINK_CASE]);
    expect(availableComplaintActions({ status: S.CONCLUDED, handlerId: AGENCY }, true)).toEqual([]);
    expect(availableComplaintActions({ status: S.RECEIVED, handlerId: null }, false)).toEqual([]);
  });

  it('DESIGN "rejected with a reason": 不予受理 needs a reason of at least 4 characters', () => {
    expect(refusal(() => checkRejectionReason('不管')) ).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, fields: ['reason'] });
    expect(refusal(() => checkRejectionReason('    '))?.message).toContain('不予受理须说明理由');
    expect(checkRejectionReason('  不属于行政执法监督范围  ')).toBe('不属于行政执法监督范围');
  });
});

describe('004 第八条 办结: the finding and the reply — how and when the complainant was answered', () => {
  const named = { anonymous: false, receivedAt: RECEIVED };
  const anonymous = { anonymous: true, receivedAt: RECEIVED };

  it('a named complainant is told: how and when are required, the reply at least 4 characters', () => {
    expect(refusal(() => checkConclusion({ finding: F.SUBSTANTIATED, reply: '属实' }, named, '2026-11-24'))?.fields).toEqual(['reply', 'repliedVia', 'repliedOn']);
    expect(checkConclusion({ finding: F.SUBSTANTIATED, reply: ' 经核实，情况属实，已责令改正。 ', repliedVia: ReplyMethod.PHONE, repliedOn: '2026-11-24' }, named, '2026-11-24')).toEqual({
      finding: F.SUBSTANTIATED, reply: '经核实，情况属实，已责令改正。', repliedVia: ReplyMethod.PHONE, repliedOn: '2026-11-24',
    });
  });

  it('an anonymous complaint needs no reply channel — but how and when go together', () => {
    expect(checkConclusion({ finding: F.UNSUBSTANTIATED, reply: '经核实，反映情况不属实。' }, anonymous, '2026-11-24')).toMatchObject({ repliedVia: null, repliedOn: null });
    expect(refusal(() => checkConclusion({ finding: F.UNSUBSTANTIATED, reply: '经核实，反映情况不属实。', repliedVia: ReplyMethod.ONLINE }, anonymous, '2026-11-24'))?.fields).toEqual(['repliedOn']);
  });

  it('the reply is dated between the receipt of the complaint and today', () => {
    const at = (repliedOn: string) => refusal(() => checkConclusion({ finding: F.PARTLY_SUBSTANTIATED, reply: '部分属实，已处理。', repliedVia: ReplyMethod.LETTER, repliedOn }, named, '2026-11-24'));
    expect(at('2026-11-09')?.message).toContain('不能早于收到投诉的日期');
    expect(at('2026-11-25')?.message).toContain('不能晚于今天');
    expect(at('2026/11/20')?.message).toContain('YYYY-MM-DD');
    expect(at('2026-11-10')).toBeNull();
  });
});

describe('DESIGN "contact details protected": the complainant, and a repeat complainant recognised without exposing him', () => {
  it('a phone written with spaces, dashes, +86, 0086, 86 or full-width digits is one phone', () => {
    for (const p of ['13812345678', '138 1234 5678', '138-1234-5678', '+86 138 1234 5678', '+8613812345678', '008613812345678', '86 13812345678', '１３８１２３４５６７８', '(+86)138.1234.5678']) {
      expect(normalisePhone(p)).toBe('13812345678');
    }
    expect(normalisePhone('0991-2381341')).toBe('0991-2381341');
    expect(normalisePhone('+86 991 2381341')).toBe('09912381341');
    expect(phoneKey('0991-2381341')).toBe(phoneKey('+86 991 2381341'));
  });

  it('the identity behind the fingerprint is the phone, else the e-mail — never the name; an anonymous complaint has none', () => {
    expect(complainantIdentity({ phone: '138 1234 5678', email: 'a@b.cn' })).toBe('phone:13812345678');
    expect(complainantIdentity({ phone: null, email: ' Zhang@Example.COM ' })).toBe('email:zhang@example.com');
    expect(complainantIdentity({ phone: null, email: null })).toBeNull();
  });

  it('the fingerprint is keyed: the same phone gives the same one under a key, another under another key, and is not its plain hash', () => {
    const key = crypto.randomBytes(32);
    const other = crypto.randomBytes(32);
    const a = complainantFingerprint(complainantIdentity({ phone: '+86 138-1234-5678', email: null }), key);
    expect(a).toBe(complainantFingerprint(complainantIdentity({ phone: '13812345678', email: null }), key));
    expect(a).not.toBe(complainantFingerprint(complainantIdentity({ phone: '13812345679', email: null }), key));
    expect(a).not.toBe(complainantFingerprint(complainantIdentity({ phone: '13812345678', email: null }), other));
    expect(a).not.toBe(crypto.createHash('sha256').update('phone:13812345678').digest('hex'));
    expect(complainantFingerprint(null, key)).toBeNull();
  });

  it('004 第八条: registration accepts +86 phones and keeps one written form; every problem at once; an anonymous complaint keeps no details', () => {
    const d = checkComplaint({ anonymous: false, complainantName: ' 张三 ', complainantPhone: '+86 138 1234 5678', complainantEmail: ' Zhang@Example.com ', agencyId: AGENCY, content: ' 未出示证件 ' }, NOW);
    expect(d).toMatchObject({ name: '张三', phone: '13812345678', email: 'zhang@example.com', content: '未出示证件', address: null });
    expect(refusal(() => checkComplaint({ anonymous: false, complainantPhone: '12345', complainantEmail: 'not-mail', agencyId: 'x', caseId: 'y', content: '' }, NOW))?.fields).toEqual([
      'content', 'agencyId', 'caseId', 'complainantName', 'complainantPhone', 'complainantEmail',
    ]);
    expect(refusal(() => checkComplaint({ anonymous: true, complainantAddress: '昌吉市延安北路', agencyId: AGENCY, content: '匿名' }, NOW))?.fields).toEqual(['anonymous']);
  });

  it('an e-mail address is masked to its first letter and domain', () => {
    expect(maskEmail('zhang.san@example.com')).toBe('z********@example.com');
    expect(maskEmail(null)).toBeNull();
  });
});
