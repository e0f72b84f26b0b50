import { describe, expect, it } from '@jest/globals';
import { startOfLocalDate } from '@jiandu/kit';
import { CertificateKind, CertificateStatus } from './certificate.entity.js';
import { CertificateEventKind } from './certificate-event.entity.js';
import { statusAt, suspensionPeriod, type HistoryEntry } from './certificate.rules.js';
import { planSanction, sanctionedCertificate } from './certificate.sanction.rules.js';

const cert = { id: 'c1', number: '31000036001', kind: CertificateKind.ENFORCEMENT, issuedOn: '2024-01-10', validUntil: '2029-01-09' };
const NOW = new Date('2026-11-24T02:00:00Z'); // 10:00 China time
let seq = 0;
const entry = (kind: CertificateEventKind, from: Date, extra: Partial<HistoryEntry> = {}): HistoryEntry => ({ id: `e${++seq}`, kind, effectiveFrom: from, effectiveUntil: null, targetEventId: null, ...extra });

describe('004 第三十三条 暂扣行政执法证 with 003 第4条 length (planSanction)', () => {
  it('003 第4条: a 暂扣 runs from the start of the effective day for the policy length (3 months by default)', () => {
    const plan = planSanction(cert, [], NOW, 'SUSPEND_CERTIFICATE', '2026-11-24', 3);
    expect(plan).toEqual({ apply: true, kind: CertificateEventKind.SUSPENDED, effectiveFrom: startOfLocalDate('2026-11-24'), effectiveUntil: startOfLocalDate('2027-02-25'), endsOn: '2027-02-24' });
  });

  it('003 第4条 as policy: another length (6 months) is the policy\'s, and 11-30 + 3 months ends on the last day of February', () => {
    expect(planSanction(cert, [], NOW, 'SUSPEND_CERTIFICATE', '2026-11-30', 6)).toMatchObject({ apply: true, endsOn: '2027-05-30' });
    expect(planSanction(cert, [], NOW, 'SUSPEND_CERTIFICATE', '2026-11-30', 3)).toMatchObject({ apply: true, endsOn: '2027-02-28' });
  });

  it('003 第4条 one suspension at a time: a 暂扣 overlapping one in force is not applied, and says why', () => {
    const p = suspensionPeriod('2026-11-01', 3);
    const history = [entry(CertificateEventKind.SUSPENDED, p.startsAt, { effectiveUntil: p.endsAt, endsOn: p.endsOn })];
    const plan = planSanction(cert, history, NOW, 'SUSPEND_CERTIFICATE', '2026-11-24', 3);
    expect(plan.apply).toBe(false);
    expect(!plan.apply && plan.reason).toContain('重叠');
  });

  it('004 第三十三条 吊销 from now when the effective day has begun, from the start of a later day otherwise; once only', () => {
    expect(planSanction(cert, [], NOW, 'REVOKE_CERTIFICATE', '2026-11-24', 3)).toMatchObject({ apply: true, kind: CertificateEventKind.REVOKED, effectiveFrom: NOW });
    expect(planSanction(cert, [], NOW, 'REVOKE_CERTIFICATE', '2026-12-01', 3)).toMatchObject({ apply: true, effectiveFrom: startOfLocalDate('2026-12-01') });
    const revoked = [entry(CertificateEventKind.REVOKED, new Date('2026-10-01T00:00:00Z'))];
    expect(planSanction(cert, revoked, NOW, 'REVOKE_CERTIFICATE', '2026-11-24', 3)).toEqual({ apply: false, reason: '证件已吊销，不能吊销' });
    expect(planSanction(cert, revoked, NOW, 'SUSPEND_CERTIFICATE', '2026-11-24', 3)).toEqual({ apply: false, reason: '证件已吊销，不能暂扣' });
  });

  it('003 第4条: a 暂扣 starting after the certificate\'s validity is not applied', () => {
    const short = { ...cert, validUntil: '2026-12-31' };
    expect(planSanction(short, [], NOW, 'SUSPEND_CERTIFICATE', '2027-01-05', 3)).toMatchObject({ apply: false });
  });
});

describe('004 第三十三条: which certificate a sanction reaches (sanctionedCertificate)', () => {
  const status = (history: Record<string, HistoryEntry[]>) => (c: typeof cert) => statusAt(c, history[c.id] ?? [], NOW);

  it('the officer\'s open 行政执法证, not his 执法监督证', () => {
    const supervision = { ...cert, id: 'c2', number: 'JD001', kind: CertificateKind.SUPERVISION, issuedOn: '2025-01-01' };
    expect(sanctionedCertificate([supervision, cert], status({}), 'SUSPEND_CERTIFICATE').cert?.number).toBe('31000036001');
  });

  it('none at all, or only an ended one: not applied, naming the certificate and its status', () => {
    expect(sanctionedCertificate([], status({}), 'SUSPEND_CERTIFICATE')).toEqual({ cert: null, reason: '该人员没有行政执法证，无证可暂扣', ended: null });
    const cancelled = { c1: [entry(CertificateEventKind.CANCELLED, new Date('2026-01-01T00:00:00Z'))] };
    expect(status(cancelled)(cert)).toBe(CertificateStatus.CANCELLED);
    expect(sanctionedCertificate([cert], status(cancelled), 'REVOKE_CERTIFICATE')).toEqual({ cert: null, reason: '该人员的行政执法证 31000036001 已注销，不能再吊销', ended: cert });
  });
});
