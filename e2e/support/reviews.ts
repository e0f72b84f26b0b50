/**
 * The world a 案卷评查 (003 第15条) needs, built through the real gateway as clerks would build it: a sub-unit of the
 * seed agency with confirmed standing and a matter, cases decided in the current quarter by the seed's officers (one
 * of them worked by 姚建军, whose certificate is then suspended from the start of the day — so his steps were taken
 * while suspended), two 执法监督人员 with 执法监督证 (exam, 60 training hours), and two supervisor accounts linked to them.
 */
import { DEMO_PASSWORD, loadSeed000, seedIds } from '@jiandu/kit';
import { randomUUID } from 'node:crypto';
import type { TestPlatform } from './platform.js';
import { ok } from './graphql.js';
import { sql } from './db.js';
import { TEST_TODAY, testDate } from './subgraph.js';

const seed = loadSeed000();
export const SEED_AGENCY = seedIds.agency(seed.agency.name);
export const PAN = seedIds.officer('31000036001');
export const YAO = seedIds.officer('31000036008');

export interface ReviewWorld {
  tokens: Record<string, string>;
  childAgencyId: string;
  childAgencyName: string;
  reviewers: { id: string; name: string }[];
  /** Decided this quarter: `violating` worked by 姚建军 (suspended since 00:00 today), `clean` by 潘铤. */
  cases: { violating: string; clean: string[] };
}

export const login = async (p: TestPlatform, username: string) =>
  (await ok(p.gatewayUrl, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: username, p: DEMO_PASSWORD })).login.token as string;

async function waitFor(what: string, probe: () => Promise<boolean>, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await probe())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const REGISTER = 'mutation($i: RegisterCaseInput!) { registerCase(input: $i) { id version } }';
const ADVANCE = 'mutation($id: ID!, $v: Int!, $to: CaseStage!) { advanceCase(id: $id, version: $v, to: $to) { id version } }';
const DECIDE = 'mutation($id: ID!, $v: Int!, $i: DecisionInput!) { decideCase(id: $id, version: $v, input: $i) { id version stage } }';

export async function buildReviewWorld(p: TestPlatform, o: { cleanCases?: number } = {}): Promise<ReviewWorld> {
  const tokens: Record<string, string> = {};
  for (const u of ['officer', 'officer2', 'agencyadmin', 'certadmin', 'sysadmin']) tokens[u] = await login(p, u);
  const g = (q: string, v: Record<string, unknown>, t: string) => ok(p.gatewayUrl, q, v, tokens[t]);

  // A sub-unit of the seed agency, its standing confirmed (004 第十条), known to cases and supervision.
  const childAgencyName = '自治区机关事务管理局节能监察中心';
  const created = (await g('mutation($i: AgencyInput!) { createAgency(input: $i) { id version } }', { i: { name: childAgencyName, level: 'PREFECTURE', parentId: SEED_AGENCY, region: '乌鲁木齐市', fields: ['机关事务管理'] } }, 'certadmin')).createAgency;
  await g('mutation($id: ID!, $v: Int!) { confirmAgencyQualification(id: $id, version: $v) { id } }', { id: created.id, v: created.version }, 'certadmin');
  for (const s of ['cases', 'supervision']) {
    await waitFor(`${s} to hear of the sub-unit`, async () => (await sql<{ n: number }>(p.databaseUrl, `select count(*)::int as n from ${s}.agency_projection where id = $1 and confirmed`, [created.id]))[0]!.n === 1);
  }
  const matterId = (await g('mutation($i: CreateMatterInput!) { createMatter(input: $i) { id } }', {
    i: { agencyId: created.id, name: '对公共机构节能工作的行政处罚', category: 'PUNISHMENT', field: '机关事务管理', legalBasis: '《公共机构节能条例》第三十八条' },
  }, 'agencyadmin')).createMatter.id;

  // Cases decided today (the current quarter), every step by the token's officer: 姚建军's one, 潘铤's others.
  const decided = async (by: 'officer' | 'officer2', cause: string) => {
    const lead = by === 'officer' ? PAN : YAO;
    const reg = (await g(REGISTER, { i: { matterId, cause, parties: [{ kind: 'ORGANISATION', name: '某公共机构' }], handlerIds: [PAN, YAO], leadOfficerId: lead } }, by)).registerCase;
    let v = reg.version as number;
    for (const to of ['INVESTIGATION', 'NOTIFICATION', 'STATEMENT']) v = (await g(ADVANCE, { id: reg.id, v, to }, by)).advanceCase.version;
    await g(DECIDE, { id: reg.id, v, i: { kinds: ['WARNING'], content: '经查，当事人未按规定开展能源审计，决定给予警告。', decidedOn: TEST_TODAY } }, by);
    return reg.id as string;
  };
  const violating = await decided('officer2', '未按规定开展能源审计（姚建军承办）');
  const clean: string[] = [];
  for (let i = 0; i < (o.cleanCases ?? 2); i++) clean.push(await decided('officer', `未按规定报送能耗数据（${i + 1}）`));

  // 003 第4条 暂扣3个月 of 姚建军's 行政执法证 from today: at the instants of his steps he was suspended.
  const yaoCert = seedIds.certificate('31000036008');
  const { certificate } = await g('query($id: ID!) { certificate(id: $id) { version } }', { id: yaoCert }, 'certadmin');
  await g('mutation($id: ID!, $v: Int!, $i: SuspendCertificateInput!) { suspendCertificate(id: $id, version: $v, input: $i) { id status } }', {
    id: yaoCert, v: certificate.version, i: { ground: 'OUTSIDE_FIELD', startsOn: TEST_TODAY, reason: '擅自超出行政执法领域执法' },
  }, 'certadmin');

  // Two 执法监督人员 of the seed agency with 执法监督证 (004 第二十条), and supervisor accounts linked to them.
  const reviewers: { id: string; name: string }[] = [];
  for (const [i, name] of ['评查员甲', '评查员乙'].entries()) {
    const officerId = (await g('mutation($i: OfficerInput!) { createOfficer(input: $i) { id } }', { i: { name, agencyId: SEED_AGENCY, region: '全疆', fields: ['机关事务管理'], duties: ['SUPERVISION'] } }, 'agencyadmin')).createOfficer.id;
    await g('mutation($i: ExamInput!) { recordExam(input: $i) { id } }', { i: { officerId, examName: '行政执法监督资格考试', examOn: testDate({ days: -60 }), passed: true, score: 90 } }, 'agencyadmin');
    await g('mutation($i: TrainingInput!) { recordTraining(input: $i) { id } }', { i: { officerId, type: 'PUBLIC_LAW', title: '执法监督业务培训', trainedOn: TEST_TODAY, hours: 60 } }, 'agencyadmin');
    await g('mutation($i: IssueCertificateInput!) { issueCertificate(input: $i) { id } }', { i: { officerId, number: `3100009${900 + i}`, kind: 'SUPERVISION' } }, 'certadmin');
    reviewers.push({ id: officerId, name });
  }
  await sql(p.databaseUrl, `update personnel.user_account set officer_id = $1 where username = 'supervisor'`, [reviewers[0]!.id]);
  // the demo account supervisor2 (a second 执法监督人员's login) is linked to the second reviewer
  await sql(p.databaseUrl, `update personnel.user_account set officer_id = $1 where username = 'supervisor2'`, [reviewers[1]!.id]);
  tokens.supervisor = await login(p, 'supervisor');
  tokens.supervisor2 = await login(p, 'supervisor2');
  return { tokens, childAgencyId: created.id, childAgencyName, reviewers, cases: { violating, clean } };
}
