import { describe, expect, it } from '@jest/globals';
import { AgencyLevel } from './agency.entity.js';
import { childPath, isValidChildLevel } from './agency.rules.js';

describe('the agency tree (004 第五条: 自治区 → 州/市 → 县/市/区 → 乡镇/街道)', () => {
  it('004 第五条: a child is at its parent\'s level or one below, never above and never skipping', () => {
    expect(isValidChildLevel(AgencyLevel.REGION, AgencyLevel.PREFECTURE)).toBe(true);
    expect(isValidChildLevel(AgencyLevel.PREFECTURE, AgencyLevel.PREFECTURE)).toBe(true);
    expect(isValidChildLevel(AgencyLevel.REGION, AgencyLevel.COUNTY)).toBe(false);
    expect(isValidChildLevel(AgencyLevel.COUNTY, AgencyLevel.PREFECTURE)).toBe(false);
    expect(isValidChildLevel(AgencyLevel.COUNTY, AgencyLevel.TOWNSHIP)).toBe(true);
  });

  it('a node\'s path extends its parent\'s, so a subtree is a prefix', () => {
    expect(childPath(null, 'a')).toBe('/a/');
    expect(childPath('/a/', 'b')).toBe('/a/b/');
  });
});
