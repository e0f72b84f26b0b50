import { describe, expect, it } from '@jest/globals';
import { CertificateKind, CertificateStatus } from '../certificates/certificate.entity.js';
import { coveringRegions, decideEntitlement, EntitlementRefusal, type HeldCertificate } from './entitlement.rules.js';

const cert = (extra: Partial<HeldCertificate> = {}): HeldCertificate => ({
  number: '31000036001',
  kind: CertificateKind.ENFORCEMENT,
  fields: ['机关事务管理'],
  region: '全疆',
  issuedOn: '2022-12-05',
  status: CertificateStatus.VALID,
  ...extra,
});
const FIELD = '机关事务管理';
const REGIONS = ['昌吉州', '全疆'];

describe('coveringRegions: an agency is covered by its own region and its ancestors\' (004 第十一条 范围)', () => {
  const chain = [
    { id: 'root', parentId: null, region: '全疆' },
    { id: 'pref', parentId: 'root', region: '昌吉州' },
    { id: 'county', parentId: 'pref', region: '昌吉市' },
  ];
  it('004 第十一条: a county agency is covered by its own region, its prefecture\'s and 全疆, nearest first', () => {
    expect(coveringRegions('county', chain)).toEqual(['昌吉市', '昌吉州', '全疆']);
  });
  it('004 第十一条: the root is covered by its own region only, never by a descendant\'s', () => {
    expect(coveringRegions('root', chain)).toEqual(['全疆']);
  });
  it('an agency missing from the chain is covered by nothing; a cycle in bad data ends', () => {
    expect(coveringRegions('x', chain)).toEqual([]);
    expect(coveringRegions('a', [{ id: 'a', parentId: 'b', region: 'r1' }, { id: 'b', parentId: 'a', region: 'r2' }])).toEqual(['r1', 'r2']);
  });
});

describe('decideEntitlement: 持证上岗 (004 第十一条, 003 第4条)', () => {
  it('004 第十一条: a valid 行政执法证 covering the field and region entitles', () => {
    expect(decideEntitlement([cert()], FIELD, REGIONS)).toEqual({ entitled: true, certificate: cert(), reason: null });
  });

  it('004 第十一条: no field asked → any field is enough', () => {
    expect(decideEntitlement([cert({ fields: ['市场监管'] })], null, REGIONS).entitled).toBe(true);
  });

  it('004 第十一条: no certificate at all → NO_CERTIFICATE', () => {
    expect(decideEntitlement([], FIELD, REGIONS)).toEqual({ entitled: false, certificate: null, reason: EntitlementRefusal.NO_CERTIFICATE });
  });

  it('004 第二十二条 vs 第十一条: a 执法监督证 alone does not entitle to enforce → NO_CERTIFICATE', () => {
    expect(decideEntitlement([cert({ kind: CertificateKind.SUPERVISION })], FIELD, REGIONS).reason).toBe(EntitlementRefusal.NO_CERTIFICATE);
  });

  it('003 第4条: a suspended (暂扣) certificate does not entitle → SUSPENDED', () => {
    const d = decideEntitlement([cert({ status: CertificateStatus.SUSPENDED })], FIELD, REGIONS);
    expect(d).toMatchObject({ entitled: false, reason: EntitlementRefusal.SUSPENDED, certificate: { status: CertificateStatus.SUSPENDED } });
  });

  it.each([
    [CertificateStatus.REVOKED, EntitlementRefusal.REVOKED],
    [CertificateStatus.CANCELLED, EntitlementRefusal.CANCELLED],
    [CertificateStatus.EXPIRED, EntitlementRefusal.EXPIRED],
    [CertificateStatus.NOT_YET_VALID, EntitlementRefusal.NOT_YET_VALID],
    [CertificateStatus.REVIEW_OVERDUE, EntitlementRefusal.REVIEW_OVERDUE],
  ])('004 第十一条 / 第三十三条: a certificate %s at the instant → refused %s', (status, reason) => {
    expect(decideEntitlement([cert({ status })], FIELD, REGIONS)).toMatchObject({ entitled: false, reason });
  });

  it('003 第4条 擅自超出行政执法领域: a valid certificate of another field → FIELD_NOT_COVERED', () => {
    expect(decideEntitlement([cert({ fields: ['市场监管'] })], FIELD, REGIONS)).toMatchObject({ entitled: false, reason: EntitlementRefusal.FIELD_NOT_COVERED });
  });

  it('004 第十一条 不得超越范围: a valid certificate of a region not covering the agency → REGION_NOT_COVERED', () => {
    expect(decideEntitlement([cert({ region: '伊犁州' })], FIELD, REGIONS)).toMatchObject({ entitled: false, reason: EntitlementRefusal.REGION_NOT_COVERED });
  });

  it('004 第十一条: a certificate of a descendant\'s region does not cover an agency above it', () => {
    expect(decideEntitlement([cert({ region: '昌吉市' })], FIELD, ['全疆']).reason).toBe(EntitlementRefusal.REGION_NOT_COVERED);
  });

  it('004 第十一条: several certificates → an entitling one is preferred, whatever order they come in', () => {
    const good = cert({ number: 'B', issuedOn: '2020-01-01' });
    const certs = [cert({ number: 'A', status: CertificateStatus.SUSPENDED, issuedOn: '2024-01-01' }), cert({ number: 'C', fields: ['市场监管'], issuedOn: '2025-01-01' }), good];
    expect(decideEntitlement(certs, FIELD, REGIONS)).toEqual({ entitled: true, certificate: good, reason: null });
    expect(decideEntitlement([...certs].reverse(), FIELD, REGIONS).certificate).toBe(good);
  });

  it('003 第4条: a status problem of a covering certificate outranks a valid certificate of another field', () => {
    const d = decideEntitlement([cert({ number: 'X', fields: ['市场监管'] }), cert({ number: 'Y', status: CertificateStatus.SUSPENDED })], FIELD, REGIONS);
    expect(d).toMatchObject({ reason: EntitlementRefusal.SUSPENDED, certificate: { number: 'Y' } });
  });

  it('003 第4条: among covering certificates, 暂扣 is told before an old expired or revoked one', () => {
    const certs = [
      cert({ number: 'OLD', status: CertificateStatus.EXPIRED, issuedOn: '2017-01-01' }),
      cert({ number: 'REV', status: CertificateStatus.REVOKED, issuedOn: '2025-01-01' }),
      cert({ number: 'NOW', status: CertificateStatus.SUSPENDED, issuedOn: '2022-12-05' }),
    ];
    expect(decideEntitlement(certs, FIELD, REGIONS)).toMatchObject({ reason: EntitlementRefusal.SUSPENDED, certificate: { number: 'NOW' } });
  });

  it('004 第十一条: with no covering certificate, a valid one\'s gap is told before an expired one\'s', () => {
    const certs = [cert({ number: 'E', region: '伊犁州', status: CertificateStatus.EXPIRED, issuedOn: '2025-01-01' }), cert({ number: 'V', fields: ['市场监管'] })];
    expect(decideEntitlement(certs, FIELD, REGIONS)).toMatchObject({ reason: EntitlementRefusal.FIELD_NOT_COVERED, certificate: { number: 'V', status: CertificateStatus.VALID } });
  });

  it('004 第十一条: a certificate covering neither field nor region → FIELD_NOT_COVERED (the field is told first)', () => {
    expect(decideEntitlement([cert({ fields: ['市场监管'], region: '伊犁州' })], FIELD, REGIONS).reason).toBe(EntitlementRefusal.FIELD_NOT_COVERED);
  });
});
