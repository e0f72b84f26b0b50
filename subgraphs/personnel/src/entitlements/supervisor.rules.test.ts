import { describe, expect, it } from '@jest/globals';
import { CertificateKind, CertificateStatus } from '../certificates/certificate.entity.js';
import type { HeldCertificate } from './entitlement.rules.js';
import { decideSupervisor, SupervisorRefusal } from './supervisor.rules.js';

const card = (extra: Partial<HeldCertificate> = {}): HeldCertificate => ({
  number: '65000100001', kind: CertificateKind.SUPERVISION, fields: ['机关事务管理'], region: '全疆', issuedOn: '2022-12-05', status: CertificateStatus.VALID, ...extra,
});
const person = { exists: true, supervisionDuty: true, onDuty: true };

describe('decideSupervisor: 执法监督资格 (004 第二十条, 第二十二条)', () => {
  it('004 第二十二条: a 执法监督人员 on duty with a valid 执法监督证 may act', () => {
    expect(decideSupervisor(person, [card()])).toEqual({ valid: true, certificate: card(), reason: null });
  });
  it('004 第二十条: unknown id, no supervision duty, not on duty are refused with their reason', () => {
    expect(decideSupervisor({ ...person, exists: false }, []).reason).toBe(SupervisorRefusal.UNKNOWN_OFFICER);
    expect(decideSupervisor({ ...person, supervisionDuty: false }, [card()]).reason).toBe(SupervisorRefusal.NOT_A_SUPERVISOR);
    expect(decideSupervisor({ ...person, onDuty: false }, [card()]).reason).toBe(SupervisorRefusal.NOT_ON_DUTY);
  });
  it('004 第二十二条: a 行政执法证 is not a 执法监督证 → NO_CERTIFICATE', () => {
    expect(decideSupervisor(person, [card({ kind: CertificateKind.ENFORCEMENT })])).toEqual({ valid: false, certificate: null, reason: SupervisorRefusal.NO_CERTIFICATE });
  });
  it('004 第二十二条: a suspended or expired 执法监督证 → CERTIFICATE_NOT_VALID, the newest one told; a valid one wins whatever the order', () => {
    const old = card({ number: 'OLD', status: CertificateStatus.EXPIRED, issuedOn: '2017-01-01' });
    const held = card({ number: 'NOW', status: CertificateStatus.SUSPENDED });
    expect(decideSupervisor(person, [old, held])).toMatchObject({ valid: false, reason: SupervisorRefusal.CERTIFICATE_NOT_VALID, certificate: { number: 'NOW' } });
    expect(decideSupervisor(person, [held, card({ number: 'OK' }), old])).toMatchObject({ valid: true, certificate: { number: 'OK' } });
  });
});
