/**
 * Pure rules of complaints (004 第八条: 公民、法人或者其他组织…可以对行政执法投诉、举报; DESIGN "Supervision and
 * complaints": the complainant may be anonymous and contact details are protected; received → accepted or
 * rejected with a reason → a handler → investigating → concluded with a reply, each step dated).
 */
import { DomainError, ErrorCode, InputProblems, isLocalDate, isUuid, isValidPhone, toLocalDate, type LocalDate } from '@jiandu/kit';
import { ComplaintFinding, ComplaintStatus, ReplyMethod } from './complaint.entity.js';

export const CONTENT_MAX = 5000;
export const NOTE_MAX = 1000;
export const REASON_MIN = 4;
export const REPLY_MIN = 4;

/** The registration number of the n-th complaint of a year: TS2026-000001. */
export function complaintNumber(year: number, n: number): string {
  return `TS${year}-${String(n).padStart(6, '0')}`;
}

/** Still being handled: the workbench's default list (待办). */
export const OPEN_STATUSES: readonly ComplaintStatus[] = [ComplaintStatus.RECEIVED, ComplaintStatus.ACCEPTED, ComplaintStatus.INVESTIGATING];

// ── contact details ─────────────────────────────────────────────────────────────────────────────────

/**
 * A phone as the complainant gave it, in one written form: full-width digits and signs made ASCII, spaces,
 * brackets and dots dropped, the country code (+86, 0086, 86 before a mobile) removed — a landline given with
 * +86 gets its trunk 0 back (+86 991 2381341 → 09912381341) — and a mobile's dashes dropped (138-1234-5678 →
 * 13812345678). Landlines keep a dash between area code and number when written with one.
 */
export function normalisePhone(raw: string): string {
  let p = raw.normalize('NFKC').replace(/[\s()（）.·]/g, '');
  const international = /^(\+|00)86/.test(p);
  if (international) p = p.replace(/^(\+|00)86-?/, '');
  else if (/^861[3-9]\d{9}$/.test(p.replace(/-/g, ''))) p = p.replace(/^86-?/, '');
  const digits = p.replace(/-/g, '');
  if (/^1[3-9]\d{9}$/.test(digits)) return digits;
  if (international && !p.startsWith('0')) p = `0${p}`;
  return p;
}

/** The part of a phone that identifies it: its digits once normalised (0991-2381341 and 09912381341 are one). */
export function phoneKey(phone: string): string {
  return normalisePhone(phone).replace(/\D/g, '');
}

/** An e-mail address as written, compared without case and surrounding spaces. */
export function normaliseEmail(raw: string): string {
  return raw.normalize('NFKC').trim().toLowerCase();
}

const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;

/**
 * What recognises a repeat complainant, before the keyed hash (complaint.fingerprint.ts): the normalised phone —
 * what a clerk asks for and what a person keeps — or, without a phone, the e-mail. Not the name: a name is written
 * differently from one letter to the next and is shared by strangers (张伟), and name + phone would miss the same
 * person who signs once with his full name and once with 老张. An anonymous complaint has none.
 */
export function complainantIdentity(d: { phone: string | null; email: string | null }): string | null {
  if (d.phone) return `phone:${phoneKey(d.phone)}`;
  if (d.email) return `email:${normaliseEmail(d.email)}`;
  return null;
}

// ── registration ────────────────────────────────────────────────────────────────────────────────────

export interface ComplaintDraft {
  anonymous: boolean;
  complainantName?: string | null;
  complainantPhone?: string | null;
  complainantAddress?: string | null;
  complainantEmail?: string | null;
  agencyId: string;
  officerId?: string | null;
  caseId?: string | null;
  content: string;
  receivedAt?: Date | null;
}

/**
 * 004 第八条 投诉举报: every problem of a complaint at once. An anonymous complaint carries no complainant
 * details (DESIGN: the complainant may be anonymous); a named one needs the name; a complaint cannot be
 * received in the future.
 */
export function checkComplaint(d: ComplaintDraft, now: Date) {
  const p = new InputProblems();
  const content = d.content?.trim() ?? '';
  const name = d.complainantName?.trim() || null;
  const phone = d.complainantPhone?.trim() ? normalisePhone(d.complainantPhone) : null;
  const address = d.complainantAddress?.trim() || null;
  const email = d.complainantEmail?.trim() ? normaliseEmail(d.complainantEmail) : null;
  p.check(content.length > 0, 'content', '请填写投诉内容');
  p.check(content.length <= CONTENT_MAX, 'content', `投诉内容不能超过 ${CONTENT_MAX} 字`);
  p.check(isUuid(d.agencyId), 'agencyId', '请选择被投诉的执法主体');
  if (d.officerId) p.check(isUuid(d.officerId), 'officerId', '被投诉执法人员编号格式不正确');
  if (d.caseId) p.check(isUuid(d.caseId), 'caseId', '关联案件编号格式不正确');
  if (d.anonymous) {
    p.check(!name && !phone && !address && !email, 'anonymous', '匿名投诉不登记投诉人姓名和电话（也不登记地址、电子邮箱），请清空这些项或取消匿名');
  } else {
    p.check(!!name, 'complainantName', '非匿名投诉请填写投诉人姓名');
    p.check(!name || name.length <= 50, 'complainantName', '投诉人姓名不能超过 50 字');
  }
  if (phone) p.check(isValidPhone(phone), 'complainantPhone', '联系电话格式不正确（手机号 11 位，或区号-号码；可带 +86）');
  if (address) p.check(address.length <= 200, 'complainantAddress', '联系地址不能超过 200 字');
  if (email) p.check(email.length <= 100 && EMAIL.test(email), 'complainantEmail', '电子邮箱格式不正确');
  const receivedAt = d.receivedAt ?? now;
  p.check(receivedAt.getTime() <= now.getTime(), 'receivedAt', '收到时间不能晚于当前时间');
  p.throwIfAny();
  const none = d.anonymous;
  return {
    content,
    name: none ? null : name,
    phone: none ? null : phone,
    address: none ? null : address,
    email: none ? null : email,
    receivedAt,
  };
}

// ── the workflow ────────────────────────────────────────────────────────────────────────────────────

/** What a supervisor may do to a complaint (the console offers exactly these; the commands check the same). */
export enum ComplaintAction {
  ACCEPT = 'ACCEPT',
  REJECT = 'REJECT',
  ASSIGN_HANDLER = 'ASSIGN_HANDLER',
  START_INVESTIGATION = 'START_INVESTIGATION',
  CONCLUDE = 'CONCLUDE',
  LINK_CASE = 'LINK_CASE',
}

/**
 * The statuses each act starts from (004 第八条; DESIGN). Acceptance is the fork: a received complaint is accepted
 * (受理) or rejected (不予受理) — once, and an accepted complaint cannot be rejected afterwards (a complaint found
 * groundless is concluded 不属实, with a reply, so the complainant is answered either way); a rejection ends it.
 * A handler is assigned after acceptance and may be changed until 办结; the investigation needs one; only an
 * investigated complaint is concluded. The linked case may change while the complaint is open.
 */
export const ACT_FROM: Record<ComplaintAction, readonly ComplaintStatus[]> = {
  ACCEPT: [ComplaintStatus.RECEIVED],
  REJECT: [ComplaintStatus.RECEIVED],
  ASSIGN_HANDLER: [ComplaintStatus.ACCEPTED, ComplaintStatus.INVESTIGATING],
  START_INVESTIGATION: [ComplaintStatus.ACCEPTED],
  CONCLUDE: [ComplaintStatus.INVESTIGATING],
  LINK_CASE: OPEN_STATUSES,
};

const ACT_LABEL: Record<ComplaintAction, string> = {
  ACCEPT: '受理',
  REJECT: '作不予受理决定',
  ASSIGN_HANDLER: '指定承办人',
  START_INVESTIGATION: '开始调查核实',
  CONCLUDE: '办结',
  LINK_CASE: '变更关联案件',
};

const STATE_PHRASE: Record<ComplaintStatus, string> = {
  RECEIVED: '尚未受理',
  ACCEPTED: '已受理',
  REJECTED: '已决定不予受理，办理已终结',
  INVESTIGATING: '正在调查核实',
  CONCLUDED: '已办结',
};

/** What to do instead, where the clerk is likely to try the wrong thing. */
function hint(act: ComplaintAction, status: ComplaintStatus): string {
  if (act === ComplaintAction.REJECT && (status === ComplaintStatus.ACCEPTED || status === ComplaintStatus.INVESTIGATING)) {
    return '；已受理的投诉举报不能再不予受理，经调查核实后以“不属实”办结并答复';
  }
  if (status === ComplaintStatus.RECEIVED) return '；请先受理';
  if (act === ComplaintAction.CONCLUDE && status === ComplaintStatus.ACCEPTED) return '；请先指定承办人并开始调查核实';
  return '';
}

/** Throws ILLEGAL_TRANSITION unless `act` may start from `status` (004 第八条; DESIGN "Supervision and complaints"). */
export function requireActFrom(act: ComplaintAction, status: ComplaintStatus): void {
  if (ACT_FROM[act].includes(status)) return;
  throw new DomainError(ErrorCode.ILLEGAL_TRANSITION, `该投诉举报${STATE_PHRASE[status]}，不能${ACT_LABEL[act]}${hint(act, status)}（004 第八条）`, { status, action: act });
}

/** The investigation is the handler's: none without one (004 第二十条 执法监督人员). */
export function requireHandler(c: { handlerId: string | null }, act: ComplaintAction): void {
  if (c.handlerId) return;
  throw new DomainError(ErrorCode.PRECONDITION_FAILED, `尚未指定承办人，不能${ACT_LABEL[act]}；请先指定一名执法监督人员承办（004 第二十条）`, { missing: ['承办人（执法监督人员）'] });
}

/** What the caller may do now: a supervisor of the complaint's agency subtree, by the same conditions as the commands. */
export function availableComplaintActions(c: { status: ComplaintStatus; handlerId: string | null }, supervisor: boolean): ComplaintAction[] {
  if (!supervisor) return [];
  return (Object.keys(ACT_FROM) as ComplaintAction[]).filter((a) => ACT_FROM[a].includes(c.status) && (a !== ComplaintAction.START_INVESTIGATION || !!c.handlerId));
}

/** An optional note of a step: trimmed, at most 1000 characters. */
export function checkNote(note: string | null | undefined, field = 'note'): string | null {
  const n = note?.trim() || null;
  new InputProblems().check(!n || n.length <= NOTE_MAX, field, `说明不能超过 ${NOTE_MAX} 字`).throwIfAny();
  return n;
}

/** 不予受理 needs its reason (DESIGN: rejected with a reason), at least 4 characters. */
export function checkRejectionReason(reason: string | null | undefined): string {
  const r = reason?.trim() ?? '';
  new InputProblems()
    .check(r.length >= REASON_MIN, 'reason', `不予受理须说明理由（至少 ${REASON_MIN} 个字）`)
    .check(r.length <= NOTE_MAX, 'reason', `理由不能超过 ${NOTE_MAX} 字`)
    .throwIfAny();
  return r;
}

export interface ConclusionDraft {
  finding: ComplaintFinding;
  reply: string;
  repliedVia?: ReplyMethod | null;
  repliedOn?: string | null;
}

/**
 * 办结 (DESIGN: concluded with a reply): the finding, the reply and how and when it reached the complainant. An
 * anonymous complainant cannot be reached, so how and when may stay empty — both or neither. The reply is not
 * dated before the complaint was received nor after today.
 */
export function checkConclusion(d: ConclusionDraft, complaint: { anonymous: boolean; receivedAt: Date }, today: LocalDate) {
  const p = new InputProblems();
  const reply = d.reply?.trim() ?? '';
  const via = d.repliedVia ?? null;
  const on = d.repliedOn?.trim() || null;
  p.check(reply.length >= REPLY_MIN, 'reply', `请填写答复内容（至少 ${REPLY_MIN} 个字）`);
  p.check(reply.length <= CONTENT_MAX, 'reply', `答复内容不能超过 ${CONTENT_MAX} 字`);
  if (complaint.anonymous) {
    p.check(!via === !on, via ? 'repliedOn' : 'repliedVia', '匿名投诉可不填答复方式和答复日期；填写时两项都要填');
  } else {
    p.check(!!via, 'repliedVia', '请选择答复投诉人的方式');
    p.check(!!on, 'repliedOn', '请填写答复投诉人的日期');
  }
  if (on) {
    if (!isLocalDate(on)) p.add('repliedOn', '答复日期格式应为 YYYY-MM-DD');
    else {
      p.check(on >= toLocalDate(complaint.receivedAt), 'repliedOn', '答复日期不能早于收到投诉的日期');
      p.check(on <= today, 'repliedOn', '答复日期不能晚于今天');
    }
  }
  p.throwIfAny();
  return { finding: d.finding, reply, repliedVia: via, repliedOn: on };
}
