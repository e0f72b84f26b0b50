/**
 * Pure rules of 现场监督 (004 第二十二条: 开展现场行政执法监督活动时，行政执法监督人员不得少于两人。行政执法监督人员
 * 应当出示行政执法监督检查证件，并对监督活动进行全过程记录).
 */
import { DomainError, ErrorCode, InputProblems, endOfLocalDate, isLocalDate, isUuid, startOfLocalDate, type LocalDate } from '@jiandu/kit';
import { InspectionStatus, SupervisionContent, type InspectionAttachment } from './inspection.entity.js';

/** 004 第二十二条: 行政执法监督人员不得少于两人. */
export const MIN_SUPERVISORS = 2;
/** personnel answers at most 50 people per question; an on-site team is far smaller. */
export const MAX_SUPERVISORS = 20;
export const MAX_LINKS = 50;
export const TITLE_MAX = 200;
export const PLACE_MAX = 200;
export const TEXT_MAX = 5000;
export const FINDINGS_MAX = 10000;
export const MAX_ATTACHMENTS = 20;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const SHA256 = /^[0-9a-f]{64}$/;

/** 2026-11-24 and 09:30 (China time) → the instant. */
function instant(date: LocalDate, time: string): Date {
  return new Date(`${date}T${time}:00+08:00`);
}

/**
 * The span of the activity whose supervisors must each hold a valid 执法监督证 (004 第二十二条): from its start time
 * to its end time on its date, China time; with no times, the whole day (so a 执法监督证 suspended or expiring on
 * that date does not pass). Both ends are checked.
 */
export function activitySpan(i: { date: LocalDate; startTime: string | null; endTime: string | null }): { startsAt: Date; endsAt: Date } {
  const startsAt = i.startTime ? instant(i.date, i.startTime) : startOfLocalDate(i.date);
  const endsAt = i.endTime ? instant(i.date, i.endTime) : endOfLocalDate(i.date);
  return { startsAt, endsAt };
}

/** 004 第二十二条: at least two supervisors, each named once. */
export function requireEnoughSupervisors(officerIds: readonly string[]): void {
  const distinct = new Set(officerIds).size;
  if (distinct < MIN_SUPERVISORS) {
    throw new DomainError(
      ErrorCode.PRECONDITION_FAILED,
      `开展现场行政执法监督活动时，行政执法监督人员不得少于两人（004 第二十二条），本次只有 ${distinct} 人`,
      { field: 'supervisorIds', missing: [`至少 ${MIN_SUPERVISORS} 名执法监督人员（现有 ${distinct} 名）`] },
    );
  }
}

export interface InspectionDraft {
  title: string;
  agencyId: string;
  date: string;
  startTime?: string | null;
  endTime?: string | null;
  place: string;
  subject: string;
  contents?: SupervisionContent[] | null;
  caseIds?: string[] | null;
  complaintIds?: string[] | null;
  supervisorIds: string[];
}

export interface InspectionFields {
  title: string;
  agencyId: string;
  date: LocalDate;
  startTime: string | null;
  endTime: string | null;
  place: string;
  subject: string;
  contents: SupervisionContent[];
  caseIds: string[];
  complaintIds: string[];
  supervisorIds: string[];
}

function ids(p: InputProblems, list: readonly string[] | null | undefined, field: string, label: string, max: number): string[] {
  const u = [...new Set(list ?? [])];
  p.check(u.length <= max, field, `${label}最多 ${max} 个`);
  p.check(u.every(isUuid), field, `${label}编号格式不正确`);
  return u;
}

function span(p: InputProblems, date: string, startTime: string | null | undefined, endTime: string | null | undefined) {
  const start = startTime?.trim() || null;
  const end = endTime?.trim() || null;
  p.check(isLocalDate(date), 'date', '日期格式应为 YYYY-MM-DD');
  if (start !== null) p.check(TIME.test(start), 'startTime', '开始时间格式应为 HH:MM');
  if (end !== null) p.check(TIME.test(end), 'endTime', '结束时间格式应为 HH:MM');
  p.check(end === null || start !== null, 'startTime', '填写结束时间的，请同时填写开始时间');
  if (start && end && TIME.test(start) && TIME.test(end)) p.check(end > start, 'endTime', '结束时间应晚于开始时间');
  return { start, end };
}

/** Every problem of a planned (or re-planned) inspection at once; the ≥ 2 rule is checked after authorization. */
export function checkInspection(d: InspectionDraft): InspectionFields {
  const p = new InputProblems();
  const title = (d.title ?? '').trim();
  p.check(title.length > 0, 'title', '请填写现场监督名称');
  p.check(title.length <= TITLE_MAX, 'title', `名称不超过 ${TITLE_MAX} 字`);
  p.check(isUuid(d.agencyId), 'agencyId', '请选择被监督机关');
  const { start, end } = span(p, d.date, d.startTime, d.endTime);
  const place = (d.place ?? '').trim();
  p.check(place.length > 0, 'place', '请填写监督地点');
  p.check(place.length <= PLACE_MAX, 'place', `地点不超过 ${PLACE_MAX} 字`);
  const subject = (d.subject ?? '').trim();
  p.check(subject.length > 0, 'subject', '请填写监督事项');
  p.check(subject.length <= TEXT_MAX, 'subject', `监督事项不超过 ${TEXT_MAX} 字`);
  const contents = [...new Set(d.contents ?? [])];
  const caseIds = ids(p, d.caseIds, 'caseIds', '相关案件', MAX_LINKS);
  const complaintIds = ids(p, d.complaintIds, 'complaintIds', '相关投诉举报', MAX_LINKS);
  const supervisorIds = ids(p, d.supervisorIds, 'supervisorIds', '执法监督人员', MAX_SUPERVISORS);
  p.throwIfAny();
  return { title, agencyId: d.agencyId, date: d.date, startTime: start, endTime: end, place, subject, contents, caseIds, complaintIds, supervisorIds };
}

/** A step of the activity is allowed only from the states listed (ILLEGAL_TRANSITION names the state). */
export function requireStatus(i: { status: InspectionStatus }, allowed: readonly InspectionStatus[], what: string): void {
  if (!allowed.includes(i.status)) {
    const label: Record<InspectionStatus, string> = { PLANNED: '已计划', CARRIED_OUT: '已实施', CONCLUDED: '已办结', CANCELLED: '已取消' };
    throw new DomainError(ErrorCode.ILLEGAL_TRANSITION, `该现场监督${label[i.status]}，不能${what}`, { status: i.status });
  }
}

export interface CarriedOutDraft {
  date?: string | null;
  startTime?: string | null;
  endTime?: string | null;
  supervisorIds?: string[] | null;
}

/**
 * Recording the activity as carried out: on the date it actually took place (the plan's unless given), which has
 * begun by now — nobody records an activity before it started; the supervisors who were on site (the plan's
 * unless given), checked again by the service (004 第二十二条).
 */
export function checkCarriedOut(i: { date: string; startTime: string | null; endTime: string | null; supervisorIds: string[] }, d: CarriedOutDraft, now: Date) {
  const p = new InputProblems();
  const date = d.date ?? i.date;
  const changedSpan = d.date != null || d.startTime !== undefined || d.endTime !== undefined;
  const { start, end } = changedSpan ? span(p, date, d.startTime ?? null, d.endTime ?? null) : { start: i.startTime, end: i.endTime };
  const supervisorIds = d.supervisorIds ? ids(p, d.supervisorIds, 'supervisorIds', '执法监督人员', MAX_SUPERVISORS) : i.supervisorIds;
  p.throwIfAny();
  const { startsAt, endsAt } = activitySpan({ date, startTime: start, endTime: end });
  if (startsAt.getTime() > now.getTime()) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, '现场监督尚未开始，不能登记为已实施', { field: d.date != null ? 'date' : 'startTime', problems: [{ field: d.date != null ? 'date' : 'startTime', message: '现场监督尚未开始，不能登记为已实施' }] });
  }
  return { date, startTime: start, endTime: end, supervisorIds, startsAt, endsAt };
}

export interface EntryDraft {
  at: Date;
  text: string;
  attachments?: { name: string; sha256: string; size?: number | null }[] | null;
}

/**
 * 全过程记录 (004 第二十二条): an entry is dated within the activity's day or after it (preparations on the day
 * count) and not in the future; it says what happened; its attachments are named and carry their SHA-256.
 */
export function checkEntry(i: { date: string }, d: EntryDraft, now: Date): { at: Date; text: string; attachments: InspectionAttachment[] } {
  const p = new InputProblems();
  const at = d.at;
  const valid = at instanceof Date && !Number.isNaN(at.getTime());
  p.check(valid, 'at', '发生时间格式不正确');
  if (valid) {
    p.check(at.getTime() <= now.getTime(), 'at', '发生时间不能晚于当前时间');
    p.check(at.getTime() >= startOfLocalDate(i.date).getTime(), 'at', `发生时间不能早于现场监督日期（${i.date}）`);
  }
  const text = (d.text ?? '').trim();
  p.check(text.length > 0, 'text', '请填写记录内容');
  p.check(text.length <= TEXT_MAX, 'text', `记录内容不超过 ${TEXT_MAX} 字`);
  const list = d.attachments ?? [];
  p.check(list.length <= MAX_ATTACHMENTS, 'attachments', `一条记录最多 ${MAX_ATTACHMENTS} 个附件`);
  const attachments: InspectionAttachment[] = [];
  for (const a of list) {
    const name = (a.name ?? '').trim();
    const sha256 = (a.sha256 ?? '').trim().toLowerCase();
    if (!name || name.length > 255) p.add('attachments', '附件文件名应为 1–255 个字');
    else if (!SHA256.test(sha256)) p.add('attachments', `附件“${name}”的 SHA-256 摘要应为 64 位十六进制数`);
    else if (a.size != null && (!Number.isInteger(a.size) || a.size < 0)) p.add('attachments', `附件“${name}”的大小不正确`);
    else attachments.push({ name, sha256, size: a.size ?? null });
  }
  p.throwIfAny();
  return { at, text, attachments };
}

/** 办结: what was found and the conclusion, both written down. */
export function checkConclusion(d: { findings: string; conclusion: string }): { findings: string; conclusion: string } {
  const p = new InputProblems();
  const findings = (d.findings ?? '').trim();
  const conclusion = (d.conclusion ?? '').trim();
  p.check(findings.length > 0, 'findings', '请填写发现的问题（未发现问题的，写明“未发现问题”）');
  p.check(findings.length <= FINDINGS_MAX, 'findings', `发现的问题不超过 ${FINDINGS_MAX} 字`);
  p.check(conclusion.length > 0, 'conclusion', '请填写监督结论');
  p.check(conclusion.length <= FINDINGS_MAX, 'conclusion', `监督结论不超过 ${FINDINGS_MAX} 字`);
  p.throwIfAny();
  return { findings, conclusion };
}

export function checkCancellation(reason: string): string {
  const r = (reason ?? '').trim();
  const p = new InputProblems();
  p.check(r.length >= 4, 'reason', '请说明取消原因（至少 4 个字）');
  p.check(r.length <= 2000, 'reason', '取消原因不超过 2000 字');
  p.throwIfAny();
  return r;
}

/** 004 第二十二条 并对监督活动进行全过程记录: an activity whose record is empty is not concluded. */
export function requireRecorded(entries: number): void {
  if (entries < 1) {
    throw new DomainError(ErrorCode.PRECONDITION_FAILED, '现场监督应当进行全过程记录，尚无任何记录的不能办结（004 第二十二条）', { field: 'entries', missing: ['至少一条全过程记录'] });
  }
}
