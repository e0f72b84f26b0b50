/**
 * Masking of personal data, in one place for every subgraph: personal data is shown in full only where
 * the caller's task needs it (DESIGN "Personnel and credentials", "Supervision and complaints").
 */

/** `650102198001011234` → `6501**********1234` (DESIGN: the first 4 and the last 4 stay). */
export function maskIdNumber(idNumber: string | null | undefined): string | null {
  if (!idNumber) return null;
  const s = idNumber.trim();
  if (s.length <= 8) return '*'.repeat(s.length);
  return `${s.slice(0, 4)}${'*'.repeat(s.length - 8)}${s.slice(-4)}`;
}

/** 张三 → 张*, 欧阳小明 → 欧***. */
export function maskName(name: string | null | undefined): string | null {
  if (!name) return null;
  const chars = [...name.trim()];
  return chars.length <= 1 ? '*' : `${chars[0]}${'*'.repeat(chars.length - 1)}`;
}

/** 13812345678 → 138****5678 (mobile: first 3, last 4); 0991-2381341 → 0991*****341 (landline: area code, last 3). */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const p = phone.replace(/\s/g, '');
  if (p.length <= 6) return '*'.repeat(p.length);
  const head = p.startsWith('0') ? p.slice(0, 4) : p.slice(0, 3);
  const tailLen = p.startsWith('1') ? 4 : 3;
  return `${head}${'*'.repeat(Math.max(1, p.length - head.length - tailLen))}${p.slice(-tailLen)}`;
}

/** A mask per field, for the change log (`diff(before, after, masks)`): the log itself never holds the full value. */
export type FieldMasks = Record<string, (v: unknown) => string | null>;

/** 新疆乌鲁木齐市天山区光明路 12 号 → 新疆乌鲁木齐****: the first 6 characters (province and city) stay. */
export function maskAddress(address: string | null | undefined): string | null {
  if (!address) return null;
  const chars = [...address.trim()];
  return chars.length <= 6 ? `${chars.slice(0, 2).join('')}****` : `${chars.slice(0, 6).join('')}****`;
}
