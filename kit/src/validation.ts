/** Format checks shared by the subgraphs (a phone is a phone in every subgraph). */

const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/;

/** A mainland mobile number (11 digits) or a landline with its area code (0991-2381341). */
export function isValidPhone(phone: string): boolean {
  return PHONE.test(phone.replace(/\s/g, ''));
}

const CREDIT_CODE = /^[0-9A-HJ-NP-RTUW-Y]{2}\d{6}[0-9A-HJ-NP-RTUW-Y]{10}$/;
const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** 统一社会信用代码 (GB 32100-2015): 18 characters with a valid check character. */
export function isValidCreditCode(code: string): boolean {
  const s = code.trim().toUpperCase();
  if (!CREDIT_CODE.test(s)) return false;
  const sum = CREDIT_WEIGHTS.reduce((acc, w, i) => acc + w * CREDIT_CHARS.indexOf(s[i]!), 0);
  return CREDIT_CHARS[(31 - (sum % 31)) % 31] === s[17];
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** An 18-character resident ID number with a valid check character (GB 11643-1999). */
export function isValidIdNumber(idNumber: string): boolean {
  const s = idNumber.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(s[i]), 0);
  return ID_CHECK[sum % 11] === s[17];
}
