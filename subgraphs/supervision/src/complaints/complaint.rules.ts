/**
 * Pure rules of complaints (004 第八条: 投诉举报; DESIGN "Supervision and complaints": the complainant
 * may be anonymous and contact details are protected).
 */
import { hasRole, type Identity } from '@jiandu/kit';

export { isValidPhone } from '@jiandu/kit';

export const CONTENT_MAX = 5000;

/** Complaint handlers see complainants in full; everyone else sees them masked. */
export function mayReadComplainant(identity: Identity): boolean {
  return hasRole(identity, 'SUPERVISOR');
}

/** 张三 → 张*, 欧阳小明 → 欧***. */
export function maskName(name: string | null): string | null {
  if (!name) return null;
  const chars = [...name.trim()];
  return chars.length <= 1 ? '*' : `${chars[0]}${'*'.repeat(chars.length - 1)}`;
}

/** 13812345678 → 138****5678 (mobile: first 3, last 4); 0991-2381341 → 0991*****341 (landline: area code, last 3). */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return null;
  const p = phone.replace(/\s/g, '');
  if (p.length <= 6) return '*'.repeat(p.length);
  const head = p.startsWith('0') ? p.slice(0, 4) : p.slice(0, 3);
  const tailLen = p.startsWith('1') ? 4 : 3;
  return `${head}${'*'.repeat(Math.max(1, p.length - head.length - tailLen))}${p.slice(-tailLen)}`;
}

/** The registration number of the n-th complaint of a year: TS2026-000001. */
export function complaintNumber(year: number, n: number): string {
  return `TS${year}-${String(n).padStart(6, '0')}`;
}
