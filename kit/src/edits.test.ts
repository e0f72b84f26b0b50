import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { staleVersion } from './edits.js';
import { ErrorCode } from './errors.js';

describe('lock-and-version: the refusal of a stale edit', () => {
  it('names the record, the versions and when it was changed (China time)', () => {
    const e = staleVersion('执法人员', 3, 4, '潘铤', new Date('2026-11-24T02:05:00Z'));
    expect(e.code).toBe(ErrorCode.CONCURRENT_MODIFICATION);
    expect(e.message).toBe('执法人员“潘铤”已于 2026-11-24 10:05 被他人修改（您看到的是第 3 版，现为第 4 版），请刷新后重新操作');
    expect(e.details).toEqual({ expectedVersion: 3, actualVersion: 4 });
  });

  it('with the change log\'s newest entry it says who made the change and what it was', () => {
    expect(staleVersion('执法主体', 2, 3, '昌吉州司法局', new Date('2026-11-24T02:05:00Z'), { actorName: '证件管理员甲', action: '确认主体资格' }).message).toBe(
      '执法主体“昌吉州司法局”已于 2026-11-24 10:05 被证件管理员甲确认主体资格（您看到的是第 2 版，现为第 3 版），请刷新后重新操作',
    );
  });

  it('without a label or time it still says what changed', () => {
    expect(staleVersion('证件', 1, 2).message).toBe('该证件已被他人修改（您看到的是第 1 版，现为第 2 版），请刷新后重新操作');
  });
});
