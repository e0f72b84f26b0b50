/**
 * Pure rules of 持证上岗: is an officer entitled to act, at an instant, in a matter's field and in an agency's
 * region? 004 第十一条: 实行行政执法人员资格管理和持证上岗制度…行政执法人员不得超越权限和范围执法; 003 第4条:
 * a suspended (暂扣) certificate, or acting outside one's field, is the very thing it sanctions. The statuses
 * come from certificate.rules.ts `statusAt`; this file only decides which certificate counts and why not.
 */
import { CertificateKind, CertificateStatus } from '../certificates/certificate.entity.js';

/** Why an officer is not entitled (null when he is). */
export enum EntitlementRefusal {
  NO_CERTIFICATE = 'NO_CERTIFICATE',
  SUSPENDED = 'SUSPENDED',
  REVOKED = 'REVOKED',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
  NOT_YET_VALID = 'NOT_YET_VALID',
  REVIEW_OVERDUE = 'REVIEW_OVERDUE',
  FIELD_NOT_COVERED = 'FIELD_NOT_COVERED',
  REGION_NOT_COVERED = 'REGION_NOT_COVERED',
}

/** One certificate of the officer, with its status at the instant asked about. */
export interface HeldCertificate {
  number: string;
  kind: CertificateKind;
  fields: readonly string[];
  region: string;
  issuedOn: string;
  status: CertificateStatus;
}

export interface EntitlementDecision {
  entitled: boolean;
  /** The certificate the decision rests on (null when the officer holds no 行政执法证). */
  certificate: HeldCertificate | null;
  reason: EntitlementRefusal | null;
}

/**
 * The regions that cover an agency: its own and those of its ancestors, nearest first (a 全疆 certificate
 * covers every agency under the 自治区 node). `chain` is the agency and its ancestors in any order, each
 * with its parent id; the walk starts at `agencyId`.
 */
export function coveringRegions(agencyId: string, chain: readonly { id: string; parentId: string | null; region: string }[]): string[] {
  const byId = new Map(chain.map((a) => [a.id, a]));
  const regions: string[] = [];
  const seen = new Set<string>();
  for (let a = byId.get(agencyId); a && !seen.has(a.id); a = a.parentId ? byId.get(a.parentId) : undefined) {
    seen.add(a.id);
    if (!regions.includes(a.region)) regions.push(a.region);
  }
  return regions;
}

/** A status problem of a certificate that otherwise covers the field and region, most telling first. */
const STATUS_RANK: readonly CertificateStatus[] = [
  CertificateStatus.SUSPENDED, // 003 第4条: the card is held, but temporarily taken away
  CertificateStatus.REVIEW_OVERDUE,
  CertificateStatus.NOT_YET_VALID,
  CertificateStatus.EXPIRED,
  CertificateStatus.CANCELLED,
  CertificateStatus.REVOKED,
];

const STATUS_REFUSAL: Record<Exclude<CertificateStatus, CertificateStatus.VALID>, EntitlementRefusal> = {
  SUSPENDED: EntitlementRefusal.SUSPENDED,
  REVOKED: EntitlementRefusal.REVOKED,
  CANCELLED: EntitlementRefusal.CANCELLED,
  EXPIRED: EntitlementRefusal.EXPIRED,
  NOT_YET_VALID: EntitlementRefusal.NOT_YET_VALID,
  REVIEW_OVERDUE: EntitlementRefusal.REVIEW_OVERDUE,
};

const newestFirst = (a: HeldCertificate, b: HeldCertificate) => (a.issuedOn < b.issuedOn ? 1 : a.issuedOn > b.issuedOn ? -1 : a.number.localeCompare(b.number));

/**
 * 004 第十一条 持证上岗, 003 第4条: entitled iff one of the officer's 行政执法证 (a 执法监督证 does not count) is
 * VALID at the instant AND covers the field (`field` null: any field) AND covers the region (one of
 * `regions`, see `coveringRegions`). Otherwise the most telling refusal: a status problem of a certificate
 * that covers field and region (暂扣 before 年审逾期 … before 吊销), else the field or region a certificate
 * (a valid one first) does not cover, else NO_CERTIFICATE.
 */
export function decideEntitlement(certificates: readonly HeldCertificate[], field: string | null, regions: readonly string[]): EntitlementDecision {
  const enforcement = certificates.filter((c) => c.kind === CertificateKind.ENFORCEMENT).sort(newestFirst);
  if (!enforcement.length) return { entitled: false, certificate: null, reason: EntitlementRefusal.NO_CERTIFICATE };
  const coversField = (c: HeldCertificate) => field == null || c.fields.includes(field);
  const coversRegion = (c: HeldCertificate) => regions.includes(c.region);
  const covering = enforcement.filter((c) => coversField(c) && coversRegion(c));
  const valid = covering.find((c) => c.status === CertificateStatus.VALID);
  if (valid) return { entitled: true, certificate: valid, reason: null };
  if (covering.length) {
    const rank = (c: HeldCertificate) => STATUS_RANK.indexOf(c.status);
    const told = [...covering].sort((a, b) => rank(a) - rank(b) || newestFirst(a, b))[0]!;
    return { entitled: false, certificate: told, reason: STATUS_REFUSAL[told.status as keyof typeof STATUS_REFUSAL] };
  }
  // None covers both: a valid certificate's gap first, then one that covers at least one of the two.
  const score = (c: HeldCertificate) => (c.status === CertificateStatus.VALID ? 0 : 2) + (coversField(c) || coversRegion(c) ? 0 : 1);
  const told = [...enforcement].sort((a, b) => score(a) - score(b) || newestFirst(a, b))[0]!;
  return { entitled: false, certificate: told, reason: coversField(told) ? EntitlementRefusal.REGION_NOT_COVERED : EntitlementRefusal.FIELD_NOT_COVERED };
}
