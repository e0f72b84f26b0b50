import { describe, expect, it } from '@jest/globals';
import { requiredLegalReviewers, share } from './figures.rules.js';

describe('staffing figures', () => {
  it('002 三项制度（四）and 003 第11条: legal reviewers ≥ 5% of officers and ≥ 2', () => {
    expect(requiredLegalReviewers(15, 5, 2)).toBe(2); // 5% of 15 is 0.75: the minimum of 2 applies
    expect(requiredLegalReviewers(40, 5, 2)).toBe(2);
    expect(requiredLegalReviewers(41, 5, 2)).toBe(3); // 2.05 rounds up: "不少于"
    expect(requiredLegalReviewers(0, 5, 2)).toBe(2);
  });

  it('shares are fractions, 0 when nobody is counted', () => {
    expect(share(1, 3)).toBe(0.3333);
    expect(share(0, 0)).toBe(0);
  });
});
