import { describe, expect, it } from '@jest/globals';
import { addNaturalMonths, DomainError } from '@jiandu/kit';
import { SANCTION_GROUND, SanctionEffectState, SanctionGround, SanctionKind } from './sanction.enums.js';
import { certificateSanctionKind, checkSanction, checkUnitDecision, consequence, groundText, initialEffect, reachesCertificate, recommendation, RELATED_MAX } from './sanction.rules.js';

const TODAY = '2026-11-24';
const OFFICER = '66666666-6666-4666-8666-000000000001';
const base = { officerId: OFFICER, ground: SanctionGround.EXCEEDING_AUTHORITY, kind: SanctionKind.SUSPEND_CERTIFICATE, facts: '超出执法领域实施检查' };
const problems = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (e) {
    return ((e as DomainError).details.problems as { field: string }[]).map((p) => p.field);
  }
  return [];
};

describe('004 第三十三条: the nine grounds and the five kinds', () => {
  it('004 第三十三条 (一)–(九): nine grounds, each in the article\'s words with its item', () => {
    expect(Object.keys(SANCTION_GROUND)).toHaveLength(9);
    expect(Object.values(SANCTION_GROUND).map((g) => g.item)).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）', '（八）', '（九）']);
    expect(groundText(SanctionGround.EXCEEDING_AUTHORITY)).toBe('超越法定权限或者范围实施行政执法的（004 第三十三条第（三）项）');
    expect(groundText(SanctionGround.OBSTRUCTING_SUPERVISION)).toBe('阻碍行政执法监督工作人员履行监督职责或者弄虚作假的（004 第三十三条第（八）项）');
  });

  it('004 第三十三条: 批评教育、离岗培训、调离执法岗位、暂扣行政执法证、吊销行政执法证 — only 暂扣 and 吊销 reach the certificate', () => {
    expect(Object.values(SanctionKind)).toEqual(['CRITICISM', 'OFF_DUTY_TRAINING', 'REMOVAL_FROM_POST', 'SUSPEND_CERTIFICATE', 'REVOKE_CERTIFICATE']);
    expect(Object.values(SanctionKind).filter(reachesCertificate)).toEqual([SanctionKind.SUSPEND_CERTIFICATE, SanctionKind.REVOKE_CERTIFICATE]);
    expect(certificateSanctionKind(SanctionKind.REVOKE_CERTIFICATE)).toBe('REVOKE_CERTIFICATE');
    expect(certificateSanctionKind(SanctionKind.CRITICISM)).toBeNull();
    expect(initialEffect(SanctionKind.SUSPEND_CERTIFICATE)).toBe(SanctionEffectState.PENDING);
    expect(initialEffect(SanctionKind.OFF_DUTY_TRAINING)).toBeNull();
  });

  it('004 第三十三条 建议其所在单位…处理决定: the document recommends the kind to the unit', () => {
    expect(recommendation(SanctionKind.OFF_DUTY_TRAINING)).toBe('根据《昌吉州行政执法监督办法》第三十三条的规定，建议你单位对其给予离岗培训处理');
  });

  it('004 第十一条: 调离执法岗位 says the certificate is cancelled when the unit records the move; 003 第4条: 暂扣 names its policy length', () => {
    expect(consequence(SanctionKind.REMOVAL_FROM_POST)).toContain('004 第十一条 收回并注销');
    expect(consequence(SanctionKind.SUSPEND_CERTIFICATE)).toContain('默认3个月，003 第4条');
  });
});

describe('004 第三十三条: what a sanction must say (checkSanction)', () => {
  it('004 第三十三条: a complete sanction passes; the effective day defaults to the issue day', () => {
    expect(checkSanction(base, TODAY)).toEqual({ ...base, effectiveOn: TODAY, relatedComplaintIds: [], relatedCaseIds: [] });
  });

  it('004 第三十三条: every problem at once — officer, facts, effective day, related ids', () => {
    const bad = { officerId: 'x', ground: 'NOPE' as SanctionGround, kind: 'FINE' as SanctionKind, facts: '  ', effectiveOn: '2026-13-01', relatedComplaintIds: ['nope'] };
    expect(problems(() => checkSanction(bad, TODAY))).toEqual(['officerId', 'ground', 'kind', 'facts', 'effectiveOn', 'relatedComplaintIds']);
  });

  it('a sanction is not retroactive: the effective day is not before the issue day, and within 12 months', () => {
    expect(problems(() => checkSanction({ ...base, effectiveOn: '2026-11-23' }, TODAY))).toEqual(['effectiveOn']);
    expect(checkSanction({ ...base, effectiveOn: addNaturalMonths(TODAY, 12, { extendToWorkingDay: false }) }, TODAY).effectiveOn).toBe('2027-11-24');
    expect(problems(() => checkSanction({ ...base, effectiveOn: '2027-11-25' }, TODAY))).toEqual(['effectiveOn']);
  });

  it(`related records: at most ${RELATED_MAX} of each, duplicates dropped`, () => {
    const id = '77777777-7777-4777-8777-777777777777';
    expect(checkSanction({ ...base, relatedCaseIds: [id, id] }, TODAY).relatedCaseIds).toEqual([id]);
    const many = Array.from({ length: RELATED_MAX + 1 }, (_, i) => `77777777-7777-4777-8777-${String(i).padStart(12, '0')}`);
    expect(problems(() => checkSanction({ ...base, relatedCaseIds: many }, TODAY))).toEqual(['relatedCaseIds']);
  });
});

describe('004 第三十三条: the unit reports its decision (checkUnitDecision)', () => {
  it('dated between the sanction\'s issue and today, recorded once', () => {
    expect(checkUnitDecision({ decidedOn: TODAY, decision: ' 决定暂停执法资格 ' }, '2026-11-20', TODAY, false)).toEqual({ decidedOn: TODAY, decision: '决定暂停执法资格' });
    expect(problems(() => checkUnitDecision({ decidedOn: '2026-11-19', decision: 'x' }, '2026-11-20', TODAY, false))).toEqual(['decidedOn']);
    expect(problems(() => checkUnitDecision({ decidedOn: '2026-11-25', decision: '' }, '2026-11-20', TODAY, false))).toEqual(['decision', 'decidedOn']);
    expect(problems(() => checkUnitDecision({ decidedOn: TODAY, decision: 'x' }, '2026-11-20', TODAY, true))).toEqual(['decision']);
  });
});
