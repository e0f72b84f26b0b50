const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** An 18-character resident ID number with a valid check character (GB 11643-1999). */
export function isValidIdNumber(idNumber: string): boolean {
  const s = idNumber.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(s[i]), 0);
  return CHECK[sum % 11] === s[17];
}

/**
 * 004 第十一条: 执法人员有变动的，行政执法机关应当在十日内报本级政府司法行政部门. A change entered after its
 * deadline is flagged late; the deadline itself is computed by the statutory calendar (natural days).
 */
export function isLateReport(reportedOn: string, dueOn: string): boolean {
  return reportedOn > dueOn;
}

/** Leaving an enforcement post (调离 or 离职) ends the officer's certificates (004 第十一条). */
export function leavesEnforcement(toStatus: 'ON_DUTY' | 'TRANSFERRED' | 'LEFT'): boolean {
  return toStatus !== 'ON_DUTY';
}
