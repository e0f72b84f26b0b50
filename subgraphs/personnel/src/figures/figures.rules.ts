/**
 * Staffing and training figures of an agency as pure arithmetic, so each rule is tested alone.
 */

/** 002 三项制度（四）and 003 第11条: legal reviewers ≥ 5% of the officers and ≥ 2. */
export function requiredLegalReviewers(officers: number, percent: number, minimum: number): number {
  return Math.max(minimum, Math.ceil((officers * percent) / 100));
}

/** A share as a fraction in [0, 1]; 0 when there is nobody to count. */
export function share(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 10000) / 10000;
}
