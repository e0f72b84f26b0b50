/**
 * The certificate lifecycle through the real gateway, and the same refusals when the personnel subgraph is
 * called directly (the console only offers what the subgraph allows; the subgraph enforces it).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD, loadSeed000, seedIds } from '@jiandu/kit';
import { startTestPlatform, type TestPlatform } from './support/platform.js';
import { codes, gql, ok } from './support/graphql.js';
import { addNaturalMonths } from '@jiandu/kit';
import { TEST_TODAY, testDate } from './support/subgraph.js';

const ROOT = seedIds.agency(loadSeed000().agency.name);
let p: TestPlatform;
let certadmin: string;
let agencyadmin: string;
let direct: string;
let officerId: string;
let certificateId: string;

const login = async (u: string) => (await ok(p.gatewayUrl, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u, p: DEMO_PASSWORD })).login.token as string;
const SUSPEND = 'mutation($id: ID!, $v: Int!, $i: SuspendCertificateInput!) { suspendCertificate(id: $id, version: $v, input: $i) { status activeSuspension { endsOn } } }';
/** The version the clerk's page shows, sent back with every command. */
const versionOf = async (id: string) => (await ok(p.gatewayUrl, 'query($id: ID!) { certificate(id: $id) { version } }', { id }, certadmin)).certificate.version as number;

beforeAll(async () => {
  p = await startTestPlatform({ label: 'certificates' });
  certadmin = await login('certadmin');
  agencyadmin = await login('agencyadmin');
  direct = `${p.subgraphUrls.personnel}/graphql`;
}, 180_000);
afterAll(() => p?.stop());

describe('issue and suspend through the gateway (003 第4条)', () => {
  it('an agency administrator registers an officer, his exam and training; the certificate administrator issues', async () => {
    officerId = (await ok(p.gatewayUrl, 'mutation($i: OfficerInput!) { createOfficer(input: $i) { id } }', { i: { name: '新人员', agencyId: ROOT, region: '全疆', fields: ['机关事务管理'], duties: ['ENFORCEMENT'] } }, agencyadmin)).createOfficer.id;
    await ok(p.gatewayUrl, 'mutation($i: ExamInput!) { recordExam(input: $i) { id } }', { i: { officerId, examName: '全国统一行政执法证件考试', examOn: testDate({ days: -60 }), passed: true } }, agencyadmin);
    await ok(p.gatewayUrl, 'mutation($i: TrainingInput!) { recordTraining(input: $i) { id } }', { i: { officerId, type: 'PUBLIC_LAW', title: '年度轮训', trainedOn: TEST_TODAY, hours: 60 } }, agencyadmin);
    const issued = await ok(p.gatewayUrl, 'mutation($i: IssueCertificateInput!) { issueCertificate(input: $i) { id status } }', { i: { officerId, number: '31000036099' } }, certadmin);
    certificateId = issued.issueCertificate.id;
    expect(issued.issueCertificate.status).toBe('VALID');
  });

  it('a 3-month suspension shows in the public lookup without login', async () => {
    const r = await ok(p.gatewayUrl, SUSPEND, { id: certificateId, v: await versionOf(certificateId), i: { ground: 'OUTSIDE_FIELD', reason: '超出执法领域执法' } }, certadmin);
    expect(r.suspendCertificate).toEqual({ status: 'SUSPENDED', activeSuspension: { endsOn: addNaturalMonths(TEST_TODAY, 3, { extendToWorkingDay: false }) } }); // 003 第4条: 3 months from today
    expect((await ok(p.gatewayUrl, '{ publicCertificate(number: "31000036099") { holderName status } }')).publicCertificate).toEqual({ holderName: '新人员', status: 'SUSPENDED' });
  });

  it('the same refusal through the gateway and straight to the subgraph: a second overlapping suspension', async () => {
    const v = await versionOf(certificateId);
    const viaGateway = await gql(p.gatewayUrl, SUSPEND, { id: certificateId, v, i: { ground: 'LENT', reason: '再次暂扣' } }, certadmin);
    const viaSubgraph = await gql(direct, SUSPEND, { id: certificateId, v, i: { ground: 'LENT', reason: '再次暂扣' } }, certadmin);
    expect(codes(viaGateway)).toEqual(['SUSPENSION_OVERLAP']);
    expect(codes(viaSubgraph)).toEqual(['SUSPENSION_OVERLAP']);
    expect(viaGateway.errors?.[0]?.message).toBe(viaSubgraph.errors?.[0]?.message);
  });

  it('an agency administrator may not suspend, through either door', async () => {
    expect(codes(await gql(p.gatewayUrl, 'mutation($id: ID!) { liftCertificateSuspension(id: $id, version: 1, reason: "x") { id } }', { id: certificateId }, agencyadmin))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(direct, 'mutation($id: ID!) { liftCertificateSuspension(id: $id, version: 1, reason: "x") { id } }', { id: certificateId }, agencyadmin))).toEqual(['FORBIDDEN']);
  });

  it('anonymous callers cannot act, through either door', async () => {
    expect(codes(await gql(p.gatewayUrl, SUSPEND, { id: certificateId, v: 1, i: { ground: 'LENT', reason: 'x' } }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await gql(direct, SUSPEND, { id: certificateId, v: 1, i: { ground: 'LENT', reason: 'x' } }))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('scoping through the gateway (DESIGN "Who uses it")', () => {
  it('an agency administrator cannot reach a sibling agency created by the certificate administrator', async () => {
    const sibling = (await ok(p.gatewayUrl, 'mutation($i: AgencyInput!) { createAgency(input: $i) { id } }', { i: { name: '另一自治区级单位', level: 'REGION', region: '全疆', fields: ['市场监管'] } }, certadmin)).createAgency.id;
    expect(codes(await gql(p.gatewayUrl, 'query($id: ID!) { agency(id: $id) { name } }', { id: sibling }, agencyadmin))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(p.gatewayUrl, 'mutation($i: OfficerInput!) { createOfficer(input: $i) { id } }', { i: { name: '越权', agencyId: sibling, region: '全疆', fields: ['x'], duties: ['ENFORCEMENT'] } }, agencyadmin))).toEqual(['FORBIDDEN']);
    // and the sibling is not public until its standing is confirmed and published (004 第十条)
    const anon = await ok(p.gatewayUrl, '{ agencies { items { name } } }');
    expect(anon.agencies.items.map((a: any) => a.name)).toEqual(['新疆维吾尔自治区机关事务管理局']);
  });
});
