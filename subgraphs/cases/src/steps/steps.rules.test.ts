import { describe, expect, it } from '@jest/globals';
import { CaseStage } from '../cases/case.enums.js';
import { RecordKind } from '../record/record.entity.js';
import { assembleSteps, recordWhat, transitionWhat } from './steps.rules.js';

const t = (iso: string) => new Date(`2026-11-02T${iso}:00+08:00`);

describe('a case\'s recorded steps (000 二(四) transitions, 004 第十五条 全过程记录) for 案卷评查 (003 第15条)', () => {
  it('000 二(四), 004 第十五条: transitions and record entries in one list, oldest first; at one instant the transition first', () => {
    const steps = assembleSteps(
      [
        { id: 't2', caseVersion: 2, fromStage: CaseStage.REGISTERED, toStage: CaseStage.INVESTIGATION, at: t('10:00'), officerId: 'o1', actorName: '潘铤' },
        { id: 't1', caseVersion: 1, fromStage: null, toStage: CaseStage.REGISTERED, at: t('09:00'), officerId: null, actorName: '管理员' },
        { id: 't3', caseVersion: 3, fromStage: CaseStage.INVESTIGATION, toStage: CaseStage.NOTIFICATION, at: t('10:00'), officerId: 'o2', actorName: '姚建军' },
      ],
      [
        { id: 'r2', seq: 2, stage: CaseStage.INVESTIGATION, kind: RecordKind.PHOTO, recordedAt: t('10:00'), officerId: 'o2', actorName: '姚建军' },
        { id: 'r1', seq: 1, stage: CaseStage.INVESTIGATION, kind: RecordKind.TEXT, recordedAt: t('09:30'), officerId: 'o1', actorName: '潘铤' },
      ],
    );
    expect(steps.map((s) => s.id)).toEqual(['t1', 'r1', 't2', 't3', 'r2']);
    expect(steps.map((s) => s.what)).toEqual(['立案登记', '全过程记录第1条（文字记录）', '进入调查取证', '进入告知', '全过程记录第2条（照片）']);
    expect(steps[0]).toMatchObject({ kind: 'TRANSITION', officerId: null, stage: CaseStage.REGISTERED });
    expect(steps[4]).toMatchObject({ kind: 'RECORD', officerId: 'o2', stage: CaseStage.INVESTIGATION });
  });

  it('the words of a step', () => {
    expect(transitionWhat({ fromStage: CaseStage.DECISION, toStage: CaseStage.SERVICE })).toBe('进入送达');
    expect(recordWhat({ seq: 7, kind: RecordKind.VIDEO })).toBe('全过程记录第7条（录像）');
    expect(assembleSteps([], [])).toEqual([]);
  });
});
