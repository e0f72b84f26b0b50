/** The ID-number check lives in kit (cases checks parties' numbers the same way). */
export { isValidIdNumber } from '@jiandu/kit';

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
