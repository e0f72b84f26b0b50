import { describe, expect, it } from '@jest/globals';
import { overrideVersionConflict, POLICY_DEFAULTS, PolicyKey, resolvePolicy, ruleText } from './policy.rules.js';

describe('policies: defaults from the seeds, overridable per agency subtree (DESIGN "Rules are data")', () => {
  it('each default cites its source: 003 第4条 3 months, 004 第十一条 10 days, 003 第3条 60 hours, 002 / 003 第11条 5% and 2', () => {
    expect(POLICY_DEFAULTS.SUSPENSION_MONTHS).toMatchObject({ value: 3, source: expect.stringContaining('003 第4条') });
    expect(POLICY_DEFAULTS.CHANGE_REPORT_DAYS).toMatchObject({ value: 10, source: expect.stringContaining('004 第十一条') });
    expect(POLICY_DEFAULTS.TRAINING_HOURS_PER_YEAR).toMatchObject({ value: 60, source: expect.stringContaining('003 第3条') });
    expect(POLICY_DEFAULTS.LEGAL_REVIEWER_PERCENT).toMatchObject({ value: 5, source: expect.stringContaining('002') });
    expect(POLICY_DEFAULTS.LEGAL_REVIEWER_MIN).toMatchObject({ value: 2, source: expect.stringContaining('003 第11条') });
  });

  it('the nearest override on the agency path wins; the default applies without one', () => {
    const overrides = [
      { key: PolicyKey.SUSPENSION_MONTHS, agencyId: 'root', value: 4, source: '省 第一条' },
      { key: PolicyKey.SUSPENSION_MONTHS, agencyId: 'county', value: 6, source: '县 第二条' },
    ];
    expect(resolvePolicy(PolicyKey.SUSPENSION_MONTHS, '/root/pref/county/town/', overrides)).toMatchObject({ value: 6, setAt: 'county' });
    expect(resolvePolicy(PolicyKey.SUSPENSION_MONTHS, '/root/pref/', overrides)).toMatchObject({ value: 4, setAt: 'root' });
    expect(resolvePolicy(PolicyKey.SUSPENSION_MONTHS, '/other/', overrides)).toMatchObject({ value: 3, setAt: null });
    expect(resolvePolicy(PolicyKey.CHANGE_REPORT_DAYS, '/root/pref/county/', overrides)).toMatchObject({ value: 10, setAt: null });
  });

  it('DESIGN "Rules are data": the version answered is that of the agency\'s own override, not of one inherited from above', () => {
    const overrides = [
      { key: PolicyKey.SUSPENSION_MONTHS, agencyId: 'root', value: 4, source: '省 第一条', version: 3 },
      { key: PolicyKey.SUSPENSION_MONTHS, agencyId: 'county', value: 6, source: '县 第二条', version: 2 },
    ];
    expect(resolvePolicy(PolicyKey.SUSPENSION_MONTHS, '/root/county/', overrides)).toMatchObject({ setAt: 'county', version: 2 });
    expect(resolvePolicy(PolicyKey.SUSPENSION_MONTHS, '/root/pref/', overrides)).toMatchObject({ setAt: 'root', version: null });
    expect(resolvePolicy(PolicyKey.SUSPENSION_MONTHS, '/root/', overrides)).toMatchObject({ setAt: 'root', version: 3 });
  });

  it('DESIGN "Rules are data": an override is changed on the version the clerk saw; none only where there was none', () => {
    expect(overrideVersionConflict(null, null)).toBeNull();
    expect(overrideVersionConflict(null, undefined)).toBeNull();
    expect(overrideVersionConflict({ version: 2 }, 2)).toBeNull();
    expect(overrideVersionConflict({ version: 2 }, null)).toEqual({ seen: null, stored: 2 }); // one exists: a version is required
    expect(overrideVersionConflict({ version: 3 }, 2)).toEqual({ seen: 2, stored: 3 });
    expect(overrideVersionConflict(null, 2)).toEqual({ seen: 2, stored: null }); // removed meanwhile
  });

  it('the rule text stored beside a deadline names the value and its source', () => {
    expect(ruleText(resolvePolicy(PolicyKey.SUSPENSION_MONTHS, '/x/', []))).toMatch(/^暂扣行政执法证期限 3个月（003 第4条/);
  });
});
