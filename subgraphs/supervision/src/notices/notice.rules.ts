/**
 * The rules of the 《行政执法监督通知书》 (004 第二十三条, 第二十四条, 第二十五条), pure: tested without a database.
 *
 * The date of receipt (送达) starts three clocks (004 第二十四条): the supervised body rectifies and reports
 * within 30 days, may object (申请复查) within 7 days, and the supervisor answers an objection within 15 days of
 * receiving it. Natural days, the day of receipt not counted, ending on a working day (民法典 第二百零一条,
 * 第二百零三条; kit `statutoryDeadline`). Each deadline is stored with the rule that set it.
 */
import {
  deadlineView, DomainError, ErrorCode, InputProblems, isAfter, isBefore, isLocalDate, statutoryDeadline, type LocalDate, type StatutoryDeadline,
  type StoredDeadline,
} from '@jiandu/kit';
import { NoticeAction, NoticeGround, NoticeStatus, ObjectionOutcome } from './notice.enums.js';

export const RECTIFY_DAYS = 30;
export const OBJECTION_DAYS = 7;
export const ANSWER_DAYS = 15;

export const RULE_RECTIFY = '004 第二十四条第一款：被监督机关应当自收到《行政执法监督通知书》之日起三十日内整改，并向行政执法监督机关报送整改情况';
export const RULE_OBJECT = '004 第二十四条第二款：被监督机关有异议的，可以自收到《行政执法监督通知书》之日起七日内申请复查';
export const RULE_ANSWER = '004 第二十四条第二款：行政执法监督机关应当自收到复查申请之日起十五日内予以复查并答复';

export const LABEL_RECTIFY = '整改并报送整改情况';
export const LABEL_OBJECT = '申请复查';
export const LABEL_ANSWER = '复查答复';

/** 004 第二十四条: the two clocks the date of receipt starts (the third starts with an objection). */
export function receiptDeadlines(receivedOn: LocalDate): { rectification: StoredDeadline; objection: StoredDeadline } {
  return {
    rectification: statutoryDeadline(receivedOn, RECTIFY_DAYS, 'NATURAL_DAYS', RULE_RECTIFY),
    objection: statutoryDeadline(receivedOn, OBJECTION_DAYS, 'NATURAL_DAYS', RULE_OBJECT),
  };
}

/** 004 第二十四条第二款: the supervisor answers within 15 days of receiving the objection. */
export function answerDeadline(objectedOn: LocalDate): StoredDeadline {
  return statutoryDeadline(objectedOn, ANSWER_DAYS, 'NATURAL_DAYS', RULE_ANSWER);
}

export const TEXT_MIN = 4;
export const FACTS_MAX = 10_000;
export const TEXT_MAX = 5_000;
export const MAX_LINKS = 50;

/** The facts of a notice the rules read (its entity has them). */
export interface NoticeFacts {
  status: NoticeStatus;
  issuedOn: LocalDate;
  receivedOn: LocalDate | null;
  rectifyDeadline: StoredDeadline | null;
  objectionDeadline: StoredDeadline | null;
  answerDeadline: StoredDeadline | null;
  reportedOn: LocalDate | null;
  objectedOn: LocalDate | null;
  answeredOn: LocalDate | null;
  objectionOutcome: ObjectionOutcome | null;
}

const trimmed = (s: string | null | undefined) => (typeof s === 'string' ? s.trim() : '');

export interface NoticeDraft {
  agencyId: string;
  grounds: NoticeGround[];
  facts: string;
  requirement: string;
  caseIds: string[];
  complaintIds: string[];
  opinionId: string | null;
}

/**
 * 004 第二十三条: a notice names the supervised body, one or more of the seven grounds, the facts found and what
 * must be corrected. Every problem is reported at once (BAD_USER_INPUT), nothing is stored.
 */
export function checkNoticeDraft(input: {
  agencyId?: string | null; grounds?: NoticeGround[] | null; facts?: string | null; requirement?: string | null;
  caseIds?: string[] | null; complaintIds?: string[] | null; opinionId?: string | null;
}, isUuid: (s: string) => boolean): NoticeDraft {
  const p = new InputProblems();
  const facts = trimmed(input.facts);
  const requirement = trimmed(input.requirement);
  const grounds = [...new Set(input.grounds ?? [])];
  const caseIds = [...new Set(input.caseIds ?? [])];
  const complaintIds = [...new Set(input.complaintIds ?? [])];
  p.check(!!input.agencyId && isUuid(input.agencyId), 'agencyId', '请选择被监督机关（执法主体）');
  p.check(grounds.length > 0, 'grounds', '请至少选择一项004 第二十三条规定的情形');
  p.check(grounds.every((g) => Object.values(NoticeGround).includes(g)), 'grounds', '情形不属于004 第二十三条所列七项');
  p.check(facts.length >= TEXT_MIN, 'facts', `请写明查明的事实（至少 ${TEXT_MIN} 个字）`);
  p.check(facts.length <= FACTS_MAX, 'facts', `事实不能超过 ${FACTS_MAX} 个字`);
  p.check(requirement.length >= TEXT_MIN, 'requirement', `请写明整改要求（至少 ${TEXT_MIN} 个字）`);
  p.check(requirement.length <= TEXT_MAX, 'requirement', `整改要求不能超过 ${TEXT_MAX} 个字`);
  p.check(caseIds.length <= MAX_LINKS, 'caseIds', `一份通知书最多关联 ${MAX_LINKS} 个案件`);
  p.check(caseIds.every(isUuid), 'caseIds', '案件编号格式不正确');
  p.check(complaintIds.length <= MAX_LINKS, 'complaintIds', `一份通知书最多关联 ${MAX_LINKS} 件投诉举报`);
  p.check(complaintIds.every(isUuid), 'complaintIds', '投诉举报编号格式不正确');
  // Reserved for the 监督意见书 → notice escalation (003 第15条): only its shape is checked here.
  p.check(input.opinionId == null || isUuid(input.opinionId), 'opinionId', '监督意见书编号格式不正确');
  p.throwIfAny();
  return { agencyId: input.agencyId!, grounds, facts, requirement, caseIds, complaintIds, opinionId: input.opinionId ?? null };
}

/** A short text of a step (整改情况, 复查理由, 核验意见, 答复): 4 to 5,000 characters. */
export function checkStepText(text: string | null | undefined, field: string, what: string): string {
  const t = trimmed(text);
  const p = new InputProblems();
  p.check(t.length >= TEXT_MIN, field, `请填写${what}（至少 ${TEXT_MIN} 个字）`);
  p.check(t.length <= TEXT_MAX, field, `${what}不能超过 ${TEXT_MAX} 个字`);
  p.throwIfAny();
  return t;
}

const illegal = (message: string, status: NoticeStatus) => new DomainError(ErrorCode.ILLEGAL_TRANSITION, message, { status });

/**
 * 004 第二十四条: the date the supervised body received the notice (送达) — it may lie in the past (a notice served
 * on paper is recorded afterwards), never in the future, nor before the notice was issued. Recorded once.
 */
export function checkReceipt(n: Pick<NoticeFacts, 'status' | 'issuedOn'>, receivedOn: string, today: LocalDate): LocalDate {
  if (n.status !== NoticeStatus.ISSUED) throw illegal('该通知书的送达日期已登记', n.status);
  const p = new InputProblems();
  if (!isLocalDate(receivedOn)) p.add('receivedOn', '送达日期格式应为 YYYY-MM-DD');
  else {
    p.check(!isAfter(receivedOn, today), 'receivedOn', '送达日期不能晚于今天');
    p.check(!isBefore(receivedOn, n.issuedOn), 'receivedOn', `送达日期不能早于通知书的下发日期（${n.issuedOn}）`);
  }
  p.throwIfAny();
  return receivedOn;
}

/** Whether an objection is waiting for the supervisor's answer. */
export const objectionPending = (n: Pick<NoticeFacts, 'objectedOn' | 'answeredOn'>) => n.objectedOn !== null && n.answeredOn === null;

/**
 * 004 第二十四条第二款: the supervised body may object once, within 7 days of receipt (the due day included);
 * later is DEADLINE_PASSED. Not before receipt, not once the notice is revoked or its rectification verified.
 */
export function checkObjection(n: NoticeFacts, today: LocalDate): void {
  if (n.status === NoticeStatus.ISSUED) throw illegal('通知书尚未登记送达，请先登记送达日期', n.status);
  if (n.objectedOn) throw illegal(`已于 ${n.objectedOn} 申请复查，不能重复申请`, n.status);
  if (n.status !== NoticeStatus.RECEIVED && n.status !== NoticeStatus.REPORTED) throw illegal('该通知书已办结，不能再申请复查', n.status);
  const due = n.objectionDeadline!.dueOn;
  if (isAfter(today, due)) {
    throw new DomainError(ErrorCode.DEADLINE_PASSED, `申请复查的期限已于 ${due} 届满（自收到通知书之日起七日内，004 第二十四条第二款），不能再申请复查`, { field: 'reason', dueOn: due });
  }
}

/** 004 第二十四条第二款: the supervisor answers a pending objection (late answers are accepted and shown late). */
export function checkAnswer(n: NoticeFacts): void {
  if (!objectionPending(n)) throw illegal(n.objectedOn ? `该复查申请已于 ${n.answeredOn} 答复` : '该通知书没有待答复的复查申请', n.status);
}

/** 004 第二十四条第一款: the supervised body reports once, after receipt; a report after 30 days is accepted and flagged late. */
export function checkReport(n: NoticeFacts): void {
  if (n.status === NoticeStatus.ISSUED) throw illegal('通知书尚未登记送达，请先登记送达日期', n.status);
  if (n.status !== NoticeStatus.RECEIVED) throw illegal(n.reportedOn ? `整改情况已于 ${n.reportedOn} 报送` : '该通知书已办结，不能报送整改情况', n.status);
}

/** The supervisor verifies a reported rectification — once any objection has been answered. */
export function checkVerification(n: NoticeFacts): void {
  if (n.status !== NoticeStatus.REPORTED) throw illegal('只能核验已报送的整改情况', n.status);
  if (objectionPending(n)) throw new DomainError(ErrorCode.PRECONDITION_FAILED, '复查申请尚未答复，请先答复复查申请再核验整改情况（004 第二十四条第二款）', { field: 'accepted' });
}

/**
 * 004 第二十五条 (被监督机关逾期不改正或者拒不改正的): why no 监督决定书 may be issued on this notice yet, or null when
 * one may — the rectification deadline passed with no report (逾期不改正) or the report was not accepted (拒不改正).
 */
export function decisionBlocker(n: NoticeFacts, today: LocalDate): string | null {
  switch (n.status) {
    case NoticeStatus.ISSUED:
      return '通知书尚未送达，整改期限尚未起算（004 第二十四条）';
    case NoticeStatus.REVOKED:
      return '通知书已撤回（复查成立），不能据此制发监督决定书';
    case NoticeStatus.ACCEPTED:
      return '整改情况已核验通过，被监督机关已改正，不能制发监督决定书（004 第二十五条）';
    case NoticeStatus.REPORTED:
      return '被监督机关已报送整改情况，请先核验整改情况；核验不通过的方可制发监督决定书（004 第二十五条）';
    case NoticeStatus.NOT_ACCEPTED:
      break;
    case NoticeStatus.RECEIVED: {
      const due = n.rectifyDeadline!.dueOn;
      if (!isAfter(today, due)) return `整改期限至 ${due} 届满，被监督机关尚未逾期（004 第二十四条、第二十五条）`;
      break;
    }
  }
  if (objectionPending(n)) return '复查申请尚未答复，请先答复复查申请（004 第二十四条第二款）';
  return null;
}

/** The supervisor's verdict on the rectification becomes the notice's status. */
export const verifiedStatus = (accepted: boolean) => (accepted ? NoticeStatus.ACCEPTED : NoticeStatus.NOT_ACCEPTED);

/** Upheld on 复查, the notice is revoked (撤回); maintained, it stands. */
export const answeredStatus = (n: Pick<NoticeFacts, 'status'>, outcome: ObjectionOutcome) => (outcome === ObjectionOutcome.UPHELD ? NoticeStatus.REVOKED : n.status);

/** Who the caller is for a notice: a supervisor of its agency's subtree, and/or the supervised body's administrator. */
export interface NoticeRoles {
  supervisor: boolean;
  answerer: boolean;
}

/** What the caller may do with the notice now — the same conditions the commands check. */
export function availableNoticeActions(n: NoticeFacts, who: NoticeRoles, today: LocalDate): NoticeAction[] {
  const out: NoticeAction[] = [];
  const ok = (check: () => void) => {
    try {
      check();
      return true;
    } catch {
      return false;
    }
  };
  if ((who.supervisor || who.answerer) && n.status === NoticeStatus.ISSUED) out.push(NoticeAction.RECORD_RECEIPT);
  if (who.answerer && ok(() => checkObjection(n, today))) out.push(NoticeAction.OBJECT);
  if (who.supervisor && ok(() => checkAnswer(n))) out.push(NoticeAction.ANSWER_OBJECTION);
  if (who.answerer && ok(() => checkReport(n))) out.push(NoticeAction.REPORT_RECTIFICATION);
  if (who.supervisor && ok(() => checkVerification(n))) out.push(NoticeAction.VERIFY_RECTIFICATION);
  if (who.supervisor && decisionBlocker(n, today) === null) out.push(NoticeAction.ISSUE_DECISION);
  return out;
}

/** When the rectification duty was met: reported, or lifted by the notice's revocation (the answer's day). */
export function rectificationDoneOn(n: NoticeFacts): LocalDate | null {
  if (n.reportedOn) return n.reportedOn;
  if (n.status === NoticeStatus.REVOKED) return n.answeredOn;
  return null;
}

export interface NoticeDeadlineViews {
  rectification: StatutoryDeadline | null;
  objection: StatutoryDeadline | null;
  answer: StatutoryDeadline | null;
  /** The ones the console shows as countdown chips: every duty, and the right to object while it is open or was used. */
  shown: StatutoryDeadline[];
}

/** The notice's deadlines as the console shows them, on `today`. */
export function noticeDeadlines(n: NoticeFacts, today: LocalDate): NoticeDeadlineViews {
  const rectification = n.rectifyDeadline ? deadlineView(LABEL_RECTIFY, n.rectifyDeadline, rectificationDoneOn(n), today) : null;
  // The right to object: used (done on the day of the objection), lapsed, or no longer of use once the notice is closed.
  const objection = n.objectionDeadline ? deadlineView(LABEL_OBJECT, n.objectionDeadline, n.objectedOn, today) : null;
  const answer = n.answerDeadline ? deadlineView(LABEL_ANSWER, n.answerDeadline, n.answeredOn, today) : null;
  const open = n.status === NoticeStatus.RECEIVED || n.status === NoticeStatus.REPORTED;
  const shown = [
    ...(rectification && n.status !== NoticeStatus.REVOKED ? [rectification] : []),
    ...(objection && (n.objectedOn || (open && !isAfter(today, objection.dueOn))) ? [objection] : []),
    ...(answer ? [answer] : []),
  ];
  return { rectification, objection, answer, shown };
}

/**
 * Overdue (flagged red, and the list's `overdue` filter): a duty not done by its due date — the rectification
 * report of a received notice, or the answer to a pending objection.
 */
export function isOverdue(n: NoticeFacts, today: LocalDate): boolean {
  const rectifyLate = n.status === NoticeStatus.RECEIVED && !!n.rectifyDeadline && isAfter(today, n.rectifyDeadline.dueOn);
  const answerLate = objectionPending(n) && !!n.answerDeadline && isAfter(today, n.answerDeadline.dueOn);
  return rectifyLate || answerLate;
}
