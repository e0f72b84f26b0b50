/**
 * Pure rules of complaints (004 第八条: 投诉举报; DESIGN "Supervision and complaints": the complainant
 * may be anonymous and contact details are protected).
 */
import { hasRole, InputProblems, isUuid, isValidPhone, type Identity } from '@jiandu/kit';

export const CONTENT_MAX = 5000;

/** Complaint handlers see complainants in full; everyone else sees them masked. */
export function mayReadComplainant(identity: Identity): boolean {
  return hasRole(identity, 'SUPERVISOR');
}

/** The registration number of the n-th complaint of a year: TS2026-000001. */
export function complaintNumber(year: number, n: number): string {
  return `TS${year}-${String(n).padStart(6, '0')}`;
}

export interface ComplaintDraft {
  anonymous: boolean;
  complainantName?: string | null;
  complainantPhone?: string | null;
  agencyId: string;
  officerId?: string | null;
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
  const phone = d.complainantPhone?.replace(/\s/g, '') || null;
  p.check(content.length > 0, 'content', '请填写投诉内容');
  p.check(content.length <= CONTENT_MAX, 'content', `投诉内容不能超过 ${CONTENT_MAX} 字`);
  p.check(isUuid(d.agencyId), 'agencyId', '请选择被投诉的执法主体');
  if (d.officerId) p.check(isUuid(d.officerId), 'officerId', '被投诉执法人员编号格式不正确');
  if (d.anonymous) {
    p.check(!name && !phone, 'anonymous', '匿名投诉不登记投诉人姓名和电话，请清空这两项或取消匿名');
  } else {
    p.check(!!name, 'complainantName', '非匿名投诉请填写投诉人姓名');
    p.check(!name || name.length <= 50, 'complainantName', '投诉人姓名不能超过 50 字');
  }
  if (phone) p.check(isValidPhone(phone), 'complainantPhone', '联系电话格式不正确（手机号 11 位，或区号-号码）');
  const receivedAt = d.receivedAt ?? now;
  p.check(receivedAt.getTime() <= now.getTime(), 'receivedAt', '收到时间不能晚于当前时间');
  p.throwIfAny();
  return { content, name: d.anonymous ? null : name, phone: d.anonymous ? null : phone, receivedAt };
}
