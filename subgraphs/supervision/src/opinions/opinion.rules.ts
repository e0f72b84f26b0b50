/**
 * Pure rules of the 行政执法监督意见书 (003 第15条: 对发现执法主体、权限、内容、程序、执法决定不合法的、不落实行政执法重要制度
 * 等情形的，制发《行政执法监督意见书》，督促执法单位整改；对逾期未整改完毕的…). Tested without a database.
 */
import { DomainError, ErrorCode, InputProblems, isAfter, statutoryDeadline, type LocalDate, type StoredDeadline } from '@jiandu/kit';
import { OpinionStatus, type RectificationRow } from './opinion.entity.js';

/**
 * The rectification period. 003 第15条 orders rectification but names no period; 004 第二十四条 gives the 监督通知书
 * thirty days (自收到…之日起三十日内整改，并向行政执法监督机关报送整改情况) — taken by analogy as the default, counted
 * from the day of issue (the opinion is delivered through the platform when issued; the day itself not counted,
 * a period ending on a holiday ends on the next working day, 民法典 第二百零一条、第二百零三条). The issuer may set
 * another period of 1–90 days; the rule stored says which.
 */
export const OPINION_RECTIFY_DAYS = 30;
export const OPINION_RECTIFY_MAX = 90;
export const OPINION_RULE_DEFAULT = '参照 004 第二十四条：自制发之日起三十日内整改，并向行政执法监督机关报送整改情况（003 第15条 督促执法单位整改）';
export const opinionRuleGiven = (days: number) => `监督机关指定（003 第15条 督促执法单位整改）：自制发之日起${days}日内整改，并报送整改情况`;

export function opinionDeadline(issuedOn: LocalDate, days: number | null | undefined, p: InputProblems): StoredDeadline | null {
  if (days != null) {
    p.check(Number.isInteger(days) && days >= 1 && days <= OPINION_RECTIFY_MAX, 'rectifyDays', `整改期限应为 1–${OPINION_RECTIFY_MAX} 日`);
    if (!(Number.isInteger(days) && days >= 1 && days <= OPINION_RECTIFY_MAX)) return null;
  }
  const n = days ?? OPINION_RECTIFY_DAYS;
  return statutoryDeadline(issuedOn, n, 'NATURAL_DAYS', days == null || days === OPINION_RECTIFY_DAYS ? OPINION_RULE_DEFAULT : opinionRuleGiven(n));
}

export const TEXT_MIN = 4;
export const TEXT_MAX = 5000;

/** A text the clerk must write: trimmed, 4–5000 characters, or a problem on `field`. */
export function requiredText(p: InputProblems, value: string | null | undefined, field: string, label: string): string {
  const t = value?.trim() ?? '';
  p.check(t.length >= TEXT_MIN && t.length <= TEXT_MAX, field, `请填写${label}（${TEXT_MIN}–${TEXT_MAX} 字）`);
  return t;
}

/** The default requirements of an opinion (the issuer edits them); the findings themselves are listed apart. */
export function defaultRequirements(findings: readonly { caseNumber: string }[]): string {
  return `请你单位对照所列${findings.length}件案卷存在的问题逐项整改，完善案卷材料，落实行政执法公示、全过程记录和重大执法决定法制审核制度，并在规定期限内书面报送整改情况。`;
}

/** The day the accepted report was made (the deadline is met by reporting, 004 第二十四条 报送整改情况), or null. */
export function doneOn(o: { status: OpinionStatus; reports: readonly RectificationRow[] }): LocalDate | null {
  if (o.status !== OpinionStatus.MENDED) return null;
  return [...o.reports].reverse().find((r) => r.accepted === true)?.reportedOn ?? null;
}

export interface OpinionFacts {
  status: OpinionStatus;
  dueOn: LocalDate;
  escalatedToNoticeId: string | null;
}

/** Unmended: the deadline has passed and no report was accepted (003 第15条 逾期未整改完毕). */
export const isUnmended = (o: OpinionFacts, today: LocalDate) => o.status !== OpinionStatus.MENDED && isAfter(today, o.dueOn);

/**
 * Why an opinion may not (yet) become a 监督通知书, or null when it may: it must be unmended past its deadline
 * (003 第15条 对逾期未整改完毕的; 004 第二十三条), not already escalated, and no report may be waiting for the
 * supervisor's verdict (decide it first: an accepted report mends it).
 */
export function escalationRefusal(o: OpinionFacts, today: LocalDate): string | null {
  if (o.escalatedToNoticeId) return '该监督意见书已转为监督通知书';
  if (o.status === OpinionStatus.MENDED) return '该监督意见书已整改完毕，不能转为监督通知书';
  if (o.status === OpinionStatus.REPORTED) return '被监督机关已报送整改情况，请先审核整改报告';
  if (!isAfter(today, o.dueOn)) return `整改期限（${o.dueOn}）尚未届满，不能转为监督通知书（003 第15条：对逾期未整改完毕的）`;
  return null;
}

/** 004 第二十四条 (by analogy) 报送整改情况: a report while the opinion waits for one and has not become a notice. */
export function requireReportable(o: OpinionFacts): void {
  if (o.escalatedToNoticeId) throw new DomainError(ErrorCode.PRECONDITION_FAILED, '该监督意见书已转为监督通知书，请就通知书报送整改情况', { status: o.status });
  if (o.status === OpinionStatus.MENDED) throw new DomainError(ErrorCode.PRECONDITION_FAILED, '该监督意见书已整改完毕', { status: o.status });
  if (o.status === OpinionStatus.REPORTED) throw new DomainError(ErrorCode.PRECONDITION_FAILED, '已报送的整改情况尚待审核', { status: o.status });
}

/** The supervisor's verdict on a waiting report: accepted (mended), or not, with the reason (then a new report is due). */
export function checkVerdict(o: OpinionFacts, accepted: boolean, note: string | null | undefined): string | null {
  if (o.status !== OpinionStatus.REPORTED) throw new DomainError(ErrorCode.PRECONDITION_FAILED, '没有待审核的整改报告', { status: o.status });
  const p = new InputProblems();
  const t = note?.trim() || null;
  if (!accepted) p.check(!!t && t.length >= TEXT_MIN, 'note', `不予认可的，请写明理由（不少于 ${TEXT_MIN} 字）`);
  p.check(!t || t.length <= TEXT_MAX, 'note', `说明不超过 ${TEXT_MAX} 字`);
  p.throwIfAny();
  return t;
}

export enum OpinionAction {
  REPORT = 'REPORT',
  ACCEPT = 'ACCEPT',
  ESCALATE = 'ESCALATE',
}

/** What the caller may do now: the supervised body reports; the supervisor decides a report or escalates an unmended one. */
export function opinionActions(o: OpinionFacts, today: LocalDate, may: { answer: boolean; supervise: boolean }): OpinionAction[] {
  const out: OpinionAction[] = [];
  if (may.answer && !o.escalatedToNoticeId && o.status === OpinionStatus.ISSUED) out.push(OpinionAction.REPORT);
  if (may.supervise && o.status === OpinionStatus.REPORTED) out.push(OpinionAction.ACCEPT);
  if (may.supervise && escalationRefusal(o, today) === null) out.push(OpinionAction.ESCALATE);
  return out;
}
