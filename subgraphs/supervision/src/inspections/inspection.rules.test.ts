import { describe, expect, it } from '@jest/globals';
import { ErrorCode } from '@jiandu/kit';
import { InspectionStatus, SupervisionContent } from './inspection.entity.js';
import {
  activitySpan, checkCancellation, checkCarriedOut, checkConclusion, checkEntry, checkInspection, requireEnoughSupervisors, requireRecorded, requireStatus,
} from './inspection.rules.js';

const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e: any) {
    return { code: e.code, fields: (e.details.problems ?? [{ field: e.details.field }]).map((p: any) => p.field), message: e.message as string };
  }
  return null;
};
const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const C = '33333333-3333-4333-8333-333333333333';
const DRAFT = { title: '证件使用管理现场监督', agencyId: A, date: '2026-11-24', place: '某局执法大厅', subject: '检查行政执法证件使用管理', supervisorIds: [B, C] };

describe('004 第二十二条: 开展现场行政执法监督活动时，行政执法监督人员不得少于两人', () => {
  it('refuses one supervisor, or one named twice, with PRECONDITION_FAILED citing 004 第二十二条', () => {
    for (const ids of [[], [B], [B, B]]) {
      const r = refusal(() => requireEnoughSupervisors(ids));
      expect(r?.code).toBe(ErrorCode.PRECONDITION_FAILED);
      expect(r?.message).toContain('004 第二十二条');
    }
  });

  it('accepts two or more distinct supervisors (004 第二十二条)', () => {
    expect(refusal(() => requireEnoughSupervisors([B, C]))).toBeNull();
    expect(refusal(() => requireEnoughSupervisors([A, B, C]))).toBeNull();
  });
});

describe('004 第二十二条: each holds a valid 执法监督证 on that date — the instants checked', () => {
  it('with no times, the whole day in China time: from 00:00 to the last instant of the date (004 第二十二条)', () => {
    const { startsAt, endsAt } = activitySpan({ date: '2026-11-24', startTime: null, endTime: null });
    expect(startsAt.toISOString()).toBe('2026-11-23T16:00:00.000Z');
    expect(endsAt.toISOString()).toBe('2026-11-24T15:59:59.999Z');
  });

  it('with a time span, its start and end on that date (004 第二十二条)', () => {
    const { startsAt, endsAt } = activitySpan({ date: '2026-11-24', startTime: '09:30', endTime: '11:45' });
    expect(startsAt.toISOString()).toBe('2026-11-24T01:30:00.000Z');
    expect(endsAt.toISOString()).toBe('2026-11-24T03:45:00.000Z');
  });
});

describe('004 第二十二条: the arrangements of an on-site supervision', () => {
  it('accepts a complete plan, trimming and de-duplicating (004 第二十二条, 第九条)', () => {
    const f = checkInspection({ ...DRAFT, title: '  证件使用管理现场监督 ', contents: [SupervisionContent.QUALIFICATION, SupervisionContent.QUALIFICATION], supervisorIds: [B, C, B] });
    expect(f).toMatchObject({ title: '证件使用管理现场监督', contents: [SupervisionContent.QUALIFICATION], supervisorIds: [B, C], startTime: null, endTime: null, caseIds: [], complaintIds: [] });
  });

  it('reports every problem at once: title, agency, date, times, place, subject, ids (004 第二十二条)', () => {
    const r = refusal(() => checkInspection({ title: '', agencyId: 'x', date: '2026-13-01', startTime: '9:00', endTime: '25:00', place: '', subject: '', caseIds: ['nope'], supervisorIds: [B, 'y'] }));
    expect(r?.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(r?.fields).toEqual(['title', 'agencyId', 'date', 'startTime', 'endTime', 'place', 'subject', 'caseIds', 'supervisorIds']);
  });

  it('an end time needs a start time and must come after it (004 第二十二条)', () => {
    expect(refusal(() => checkInspection({ ...DRAFT, endTime: '10:00' }))?.fields).toEqual(['startTime']);
    expect(refusal(() => checkInspection({ ...DRAFT, startTime: '10:00', endTime: '09:00' }))?.fields).toEqual(['endTime']);
  });
});

describe('004 第二十二条: carried out, then recorded throughout (全过程记录), then concluded', () => {
  const planned = { date: '2026-11-24', startTime: '09:00', endTime: '11:00', supervisorIds: [B, C] };

  it('is recorded as carried out only once it has begun (004 第二十二条)', () => {
    expect(refusal(() => checkCarriedOut(planned, {}, new Date('2026-11-24T00:59:00Z')))?.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(checkCarriedOut(planned, {}, new Date('2026-11-24T01:00:00Z'))).toMatchObject({ date: '2026-11-24', supervisorIds: [B, C], startTime: '09:00' });
  });

  it('takes the actual date and supervisors when given (004 第二十二条)', () => {
    const done = checkCarriedOut(planned, { date: '2026-11-23', supervisorIds: [A, C] }, new Date('2026-11-24T01:00:00Z'));
    expect(done).toMatchObject({ date: '2026-11-23', startTime: null, endTime: null, supervisorIds: [A, C] });
    expect(done.endsAt.toISOString()).toBe('2026-11-23T15:59:59.999Z');
  });

  it('an entry is dated on or after the activity\'s date and not in the future, with attachments named and digested (004 第二十二条)', () => {
    const now = new Date('2026-11-24T05:00:00Z');
    const sha = 'a'.repeat(64);
    expect(checkEntry({ date: '2026-11-24' }, { at: new Date('2026-11-24T02:00:00Z'), text: ' 出示执法监督证 ', attachments: [{ name: '现场照片.jpg', sha256: sha.toUpperCase(), size: 1024 }] }, now))
      .toEqual({ at: new Date('2026-11-24T02:00:00Z'), text: '出示执法监督证', attachments: [{ name: '现场照片.jpg', sha256: sha, size: 1024 }] });
    expect(refusal(() => checkEntry({ date: '2026-11-24' }, { at: new Date('2026-11-23T15:00:00Z'), text: 'x' }, now))?.fields).toEqual(['at']);
    expect(refusal(() => checkEntry({ date: '2026-11-24' }, { at: new Date('2026-11-24T06:00:00Z'), text: 'x' }, now))?.fields).toEqual(['at']);
    expect(refusal(() => checkEntry({ date: '2026-11-24' }, { at: now, text: '', attachments: [{ name: 'x.pdf', sha256: 'abc' }] }, now))?.fields).toEqual(['text', 'attachments']);
  });

  it('is not concluded with an empty record, and needs findings and a conclusion (004 第二十二条 全过程记录)', () => {
    expect(refusal(() => requireRecorded(0))?.code).toBe(ErrorCode.PRECONDITION_FAILED);
    expect(refusal(() => requireRecorded(1))).toBeNull();
    expect(refusal(() => checkConclusion({ findings: '', conclusion: ' ' }))?.fields).toEqual(['findings', 'conclusion']);
    expect(checkConclusion({ findings: '未发现问题', conclusion: '证件使用规范' })).toEqual({ findings: '未发现问题', conclusion: '证件使用规范' });
  });

  it('steps happen only in their states; a cancellation has its reason (004 第二十二条)', () => {
    expect(refusal(() => requireStatus({ status: InspectionStatus.CONCLUDED }, [InspectionStatus.PLANNED], '修改安排'))?.code).toBe(ErrorCode.ILLEGAL_TRANSITION);
    expect(refusal(() => requireStatus({ status: InspectionStatus.PLANNED }, [InspectionStatus.PLANNED], '修改安排'))).toBeNull();
    expect(refusal(() => checkCancellation('改期'))?.fields).toEqual(['reason']);
    expect(checkCancellation(' 被监督机关搬迁，另行安排 ')).toBe('被监督机关搬迁，另行安排');
  });
});
