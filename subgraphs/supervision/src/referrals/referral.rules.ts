/**
 * Pure rules of 移送 (004 第三十一条):
 *   第一款 行政执法监督机关实施行政执法监督时，发现行政执法人员涉嫌贪污贿赂、失职渎职等职务违法或者职务犯罪问题线索的，
 *         应当依法移送监察机关处理。
 *   第二款 …发现生态环境和资源保护、食品药品安全、国有财产保护、国有土地使用权出让等领域负有监督管理职责的行政执法部门
 *         涉嫌违法行使职权或者不作为，致使国家利益或者社会公共利益受到侵害的案件线索，应当依法移送检察机关处理。
 */
import { DomainError, ErrorCode, InputProblems, isAfter, isBefore, isLocalDate, isUuid, type LocalDate } from '@jiandu/kit';
import { DutyOffence, PublicInterestConduct, PublicInterestField, ReferralClueKind, ReferralRecipientKind, ReferralStatus } from './referral.entity.js';

export const SUMMARY_MAX = 10000;
export const NAME_MAX = 100;
export const MAX_LINKS = 50;

/** 004 第三十一条: 职务违法、职务犯罪 → 监察机关 (第一款); 公益损害 → 检察机关 (第二款). */
export const RECIPIENT_OF: Record<ReferralClueKind, ReferralRecipientKind> = {
  DUTY_OFFENCE: ReferralRecipientKind.SUPERVISORY_COMMISSION,
  PUBLIC_INTEREST: ReferralRecipientKind.PROCURATORATE,
};

export const RECIPIENT_LABEL: Record<ReferralRecipientKind, string> = { SUPERVISORY_COMMISSION: '监察机关', PROCURATORATE: '检察机关' };

export interface ReferralDraft {
  clueKind: ReferralClueKind;
  offence?: DutyOffence | null;
  field?: PublicInterestField | null;
  conduct?: PublicInterestConduct | null;
  recipientKind: ReferralRecipientKind;
  recipientName: string;
  agencyId: string;
  officerIds?: string[] | null;
  caseIds?: string[] | null;
  complaintIds?: string[] | null;
  inspectionId?: string | null;
  summary: string;
}

export interface ReferralFields {
  clueKind: ReferralClueKind;
  offence: DutyOffence | null;
  field: PublicInterestField | null;
  conduct: PublicInterestConduct | null;
  recipientKind: ReferralRecipientKind;
  recipientName: string;
  agencyId: string;
  officerIds: string[];
  caseIds: string[];
  complaintIds: string[];
  inspectionId: string | null;
  summary: string;
}

function ids(p: InputProblems, list: readonly string[] | null | undefined, field: string, label: string): string[] {
  const u = [...new Set(list ?? [])];
  p.check(u.length <= MAX_LINKS, field, `${label}最多 ${MAX_LINKS} 个`);
  p.check(u.every(isUuid), field, `${label}编号格式不正确`);
  return u;
}

/**
 * Every problem of a referral at once. 004 第三十一条 第一款: a duty offence names what is suspected and at least one
 * 行政执法人员, and goes to a 监察机关; 第二款: a public-interest clue names its field (one of the four listed), the
 * conduct (违法行使职权 or 不作为), and goes to a 检察机关. The recipient kind must fit the clue.
 */
export function checkReferral(d: ReferralDraft): ReferralFields {
  const p = new InputProblems();
  const duty = d.clueKind === ReferralClueKind.DUTY_OFFENCE;
  const publicInterest = d.clueKind === ReferralClueKind.PUBLIC_INTEREST;
  p.check(duty || publicInterest, 'clueKind', '请选择线索种类');
  if (duty || publicInterest) {
    const want = RECIPIENT_OF[d.clueKind];
    p.check(
      d.recipientKind === want,
      'recipientKind',
      duty
        ? '职务违法、职务犯罪问题线索应当移送监察机关（004 第三十一条第一款）'
        : '公益损害案件线索应当移送检察机关（004 第三十一条第二款）',
    );
  }
  const officerIds = ids(p, d.officerIds, 'officerIds', '所涉行政执法人员');
  if (duty) {
    p.check(d.offence != null && Object.values(DutyOffence).includes(d.offence), 'offence', '请选择涉嫌的职务违法或职务犯罪（贪污贿赂、失职渎职等）（004 第三十一条第一款）');
    p.check(officerIds.length > 0, 'officerIds', '职务违法、职务犯罪线索应写明所涉行政执法人员（004 第三十一条第一款）');
    p.check(d.field == null && d.conduct == null, 'field', '职务违法、职务犯罪线索不填写公益损害的领域和行为');
  }
  if (publicInterest) {
    p.check(d.field != null && Object.values(PublicInterestField).includes(d.field), 'field', '请选择领域：生态环境和资源保护、食品药品安全、国有财产保护或国有土地使用权出让（004 第三十一条第二款）');
    p.check(d.conduct != null && Object.values(PublicInterestConduct).includes(d.conduct), 'conduct', '请选择行政执法部门涉嫌违法行使职权还是不作为（004 第三十一条第二款）');
    p.check(d.offence == null, 'offence', '公益损害案件线索不填写职务违法、职务犯罪的种类');
  }
  const recipientName = (d.recipientName ?? '').trim();
  p.check(recipientName.length > 0, 'recipientName', '请填写接收机关名称');
  p.check(recipientName.length <= NAME_MAX, 'recipientName', `接收机关名称不超过 ${NAME_MAX} 字`);
  p.check(isUuid(d.agencyId), 'agencyId', '请选择所涉执法主体');
  const caseIds = ids(p, d.caseIds, 'caseIds', '相关案件');
  const complaintIds = ids(p, d.complaintIds, 'complaintIds', '相关投诉举报');
  const inspectionId = d.inspectionId ?? null;
  if (inspectionId) p.check(isUuid(inspectionId), 'inspectionId', '现场监督编号格式不正确');
  const summary = (d.summary ?? '').trim();
  p.check(summary.length >= 10, 'summary', '请写明线索摘要（至少 10 个字）');
  p.check(summary.length <= SUMMARY_MAX, 'summary', `线索摘要不超过 ${SUMMARY_MAX} 字`);
  p.throwIfAny();
  return {
    clueKind: d.clueKind, offence: duty ? d.offence! : null, field: publicInterest ? d.field! : null, conduct: publicInterest ? d.conduct! : null,
    recipientKind: d.recipientKind, recipientName, agencyId: d.agencyId, officerIds, caseIds, complaintIds, inspectionId, summary,
  };
}

const STATUS_LABEL: Record<ReferralStatus, string> = { DRAFT: '尚未移送', SENT: '已移送', ACKNOWLEDGED: '已回执', REPLIED: '已反馈' };

export function requireReferralStatus(r: { status: ReferralStatus }, allowed: readonly ReferralStatus[], what: string): void {
  if (!allowed.includes(r.status)) throw new DomainError(ErrorCode.ILLEGAL_TRANSITION, `该移送${STATUS_LABEL[r.status]}，不能${what}`, { status: r.status });
}

function date(p: InputProblems, value: string | null | undefined, field: string, label: string, today: LocalDate): value is LocalDate {
  if (typeof value !== 'string' || !isLocalDate(value)) {
    p.add(field, `${label}格式应为 YYYY-MM-DD`);
    return false;
  }
  if (isAfter(value, today)) {
    p.add(field, `${label}不能晚于今天（${today}）`);
    return false;
  }
  return true;
}

/** 移送: on a date not in the future nor before the draft was made. */
export function checkSending(sentOn: string, createdOn: LocalDate, today: LocalDate): LocalDate {
  const p = new InputProblems();
  if (date(p, sentOn, 'sentOn', '移送日期', today)) p.check(!isBefore(sentOn, createdOn), 'sentOn', `移送日期不能早于拟稿日期（${createdOn}）`);
  p.throwIfAny();
  return sentOn;
}

/** 回执: received on or after the day it was sent, not in the future, by someone named. */
export function checkReceipt(r: { sentOn: string | null }, d: { receivedOn: string; receivedBy: string; note?: string | null }, today: LocalDate) {
  const p = new InputProblems();
  if (date(p, d.receivedOn, 'receivedOn', '接收日期', today) && r.sentOn) p.check(!isBefore(d.receivedOn, r.sentOn), 'receivedOn', `接收日期不能早于移送日期（${r.sentOn}）`);
  const receivedBy = (d.receivedBy ?? '').trim();
  p.check(receivedBy.length > 0 && receivedBy.length <= NAME_MAX, 'receivedBy', `请填写接收人（不超过 ${NAME_MAX} 字）`);
  const note = d.note?.trim() || null;
  p.check(note === null || note.length <= 2000, 'note', '回执说明不超过 2000 字');
  p.throwIfAny();
  return { receivedOn: d.receivedOn, receivedBy, receiptNote: note };
}

/** The receiving body's reply: on or after its receipt, not in the future, saying what it did. */
export function checkReply(r: { receivedOn: string | null }, d: { repliedOn: string; reply: string }, today: LocalDate) {
  const p = new InputProblems();
  if (date(p, d.repliedOn, 'repliedOn', '反馈日期', today) && r.receivedOn) p.check(!isBefore(d.repliedOn, r.receivedOn), 'repliedOn', `反馈日期不能早于接收日期（${r.receivedOn}）`);
  const reply = (d.reply ?? '').trim();
  p.check(reply.length >= 4, 'reply', '请填写处理情况或结果（至少 4 个字）');
  p.check(reply.length <= SUMMARY_MAX, 'reply', `处理情况不超过 ${SUMMARY_MAX} 字`);
  p.throwIfAny();
  return { repliedOn: d.repliedOn, reply };
}
