/**
 * Pure rules of 执法监督资格 (004 第二十条 (四): 经培训、考试合格，取得行政执法监督资格; 004 第二十二条: 开展现场
 * 行政执法监督活动时…应当出示行政执法监督检查证件): a supervisor acts for supervision — takes a complaint, scores a
 * case file, goes on site — when he is a 执法监督人员 (duty SUPERVISION) on duty holding a 执法监督证 valid then.
 */
import { CertificateKind, CertificateStatus } from '../certificates/certificate.entity.js';
import type { HeldCertificate } from './entitlement.rules.js';

export enum SupervisorRefusal {
  UNKNOWN_OFFICER = 'UNKNOWN_OFFICER',
  NOT_A_SUPERVISOR = 'NOT_A_SUPERVISOR',
  NOT_ON_DUTY = 'NOT_ON_DUTY',
  NO_CERTIFICATE = 'NO_CERTIFICATE',
  CERTIFICATE_NOT_VALID = 'CERTIFICATE_NOT_VALID',
}

export interface SupervisorDecision {
  valid: boolean;
  certificate: HeldCertificate | null;
  reason: SupervisorRefusal | null;
}

/**
 * 004 第二十条, 第二十二条: whether a person may act as a 执法监督人员 at an instant. A valid 执法监督证 is
 * preferred; otherwise the newest one's status tells why not.
 */
export function decideSupervisor(o: { exists: boolean; supervisionDuty: boolean; onDuty: boolean }, certs: readonly HeldCertificate[]): SupervisorDecision {
  if (!o.exists) return { valid: false, certificate: null, reason: SupervisorRefusal.UNKNOWN_OFFICER };
  const supervision = certs.filter((c) => c.kind === CertificateKind.SUPERVISION);
  const valid = supervision.find((c) => c.status === CertificateStatus.VALID) ?? null;
  const newest = [...supervision].sort((a, b) => b.issuedOn.localeCompare(a.issuedOn))[0] ?? null;
  if (!o.supervisionDuty) return { valid: false, certificate: valid ?? newest, reason: SupervisorRefusal.NOT_A_SUPERVISOR };
  if (!o.onDuty) return { valid: false, certificate: valid ?? newest, reason: SupervisorRefusal.NOT_ON_DUTY };
  if (valid) return { valid: true, certificate: valid, reason: null };
  if (!newest) return { valid: false, certificate: null, reason: SupervisorRefusal.NO_CERTIFICATE };
  return { valid: false, certificate: newest, reason: SupervisorRefusal.CERTIFICATE_NOT_VALID };
}
