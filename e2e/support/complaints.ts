/**
 * What the complaint tests need through the real gateway: a 执法监督人员 made as personnel makes one (004 第二十条:
 * an officer record with duty SUPERVISION; 003 第4条: an exam passed and 60 hours of training before a 执法监督证
 * is issued) and a case registered by the demo officers.
 */
import { DEMO_PASSWORD, loadSeed000, seedIds } from '@jiandu/kit';
import { ok } from './graphql.js';
import { TEST_TODAY, testDate } from './subgraph.js';

export const SEED_AGENCY = seedIds.agency(loadSeed000().agency.name);
export const PAN = seedIds.officer('31000036001');
export const YAO = seedIds.officer('31000036008');

export const login = async (gatewayUrl: string, username: string) =>
  (await ok(gatewayUrl, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: username, p: DEMO_PASSWORD })).login.token as string;

/** A 执法监督人员 of the seed agency with a 执法监督证 valid from today; returns his officer id. */
export async function createSupervisorOfficer(gatewayUrl: string, tokens: { agencyadmin: string; certadmin: string }, name: string, certificateNumber: string): Promise<string> {
  const officerId = (await ok(gatewayUrl, 'mutation($i: OfficerInput!) { createOfficer(input: $i) { id } }', { i: { name, agencyId: SEED_AGENCY, region: '全疆', fields: ['机关事务管理'], duties: ['SUPERVISION'] } }, tokens.agencyadmin)).createOfficer.id as string;
  await ok(gatewayUrl, 'mutation($i: ExamInput!) { recordExam(input: $i) { id } }', { i: { officerId, examName: '行政执法监督资格考试', examOn: testDate({ days: -60 }), passed: true } }, tokens.agencyadmin);
  await ok(gatewayUrl, 'mutation($i: TrainingInput!) { recordTraining(input: $i) { id } }', { i: { officerId, type: 'PUBLIC_LAW', title: '执法监督业务培训', trainedOn: TEST_TODAY, hours: 60 } }, tokens.agencyadmin);
  await ok(gatewayUrl, 'mutation($i: IssueCertificateInput!) { issueCertificate(input: $i) { id } }', { i: { officerId, number: certificateNumber, kind: 'SUPERVISION' } }, tokens.certadmin);
  return officerId;
}

/** A case of the seed agency registered by the demo officer 潘铤 with 姚建军 (001: two handlers); returns its id and number. */
export async function registerDemoCase(gatewayUrl: string, officerToken: string, cause = '某公共机构未按规定开展能源审计'): Promise<{ id: string; number: string }> {
  const matters = await ok(gatewayUrl, '{ matters(filter: { category: PUNISHMENT }) { items { id agencyId } } }');
  const matterId = matters.matters.items.find((m: any) => m.agencyId === SEED_AGENCY).id;
  const i = { matterId, cause, parties: [{ kind: 'ORGANISATION', name: '某公共机构' }], handlerIds: [PAN, YAO], leadOfficerId: PAN };
  return (await ok(gatewayUrl, 'mutation($i: RegisterCaseInput!) { registerCase(input: $i) { id number } }', { i }, officerToken)).registerCase;
}
