/**
 * 复议/诉讼, the 年报 and the fields cases contributes to personnel's types, through the real gateway with every
 * subgraph in its own process: Officer.cases next to personnel's officer fields, Agency.statistics next to the
 * agency's name, the CSV export through the gateway's proxy, and supervision's question (004 第二十五条) asked
 * with a supervisor's token.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD, loadSeed000, seedIds } from '@jiandu/kit';
import { startTestPlatform, sqlStatements, type TestPlatform } from './support/platform.js';
import { codes, gql, ok } from './support/graphql.js';
import { sql } from './support/db.js';
import { TEST_TODAY, TEST_YEAR, testDate } from './support/subgraph.js';

const seed = loadSeed000();
const agencyId = seedIds.agency(seed.agency.name);
const PAN = seedIds.officer('31000036001');
const YAO = seedIds.officer('31000036008');
let p: TestPlatform;
const tokens: Record<string, string> = {};
let registered: string;
let decided: string;

const login = async (username: string) =>
  (await ok(p.gatewayUrl, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: username, p: DEMO_PASSWORD })).login.token as string;
const thisYear = (days: number) => {
  const d = testDate({ days: -days });
  return d < `${TEST_YEAR}-01-01` ? `${TEST_YEAR}-01-01` : d;
};

beforeAll(async () => {
  p = await startTestPlatform({ label: 'appeals' });
  for (const u of ['officer', 'officer2', 'supervisor', 'agencyadmin', 'reviewer']) tokens[u] = await login(u);
  const matters = await ok(p.gatewayUrl, '{ matters(filter: { category: PUNISHMENT }) { items { id agencyId } } }');
  const matterId = matters.matters.items.find((m: any) => m.agencyId === agencyId).id;
  // One case just registered, 潘铤 leading and 姚建军 assisting…
  registered = randomUUID();
  await sql(p.databaseUrl, `insert into cases.enforcement_case (id, number, year, seq, agency_id, matter_id, category, field, cause, registered_on, registered_at, stage, stage_entered_at)
    values ($1, $2, $3, 1, $4, $5, 'PUNISHMENT', null, '某公共机构未按规定开展能源审计', $6, $7, 'REGISTERED', $7)`,
  [registered, `〔${TEST_YEAR}〕0001号`, TEST_YEAR, agencyId, matterId, TEST_TODAY, new Date(`${TEST_TODAY}T09:00:00+08:00`)]);
  for (const [officerId, name, lead] of [[PAN, '潘铤', true], [YAO, '姚建军', false]] as const) {
    await sql(p.databaseUrl, `insert into cases.case_handler (id, case_id, officer_id, officer_name, certificate_number, lead, assigned_at) values ($1, $2, $3, $4, null, $5, now())`, [randomUUID(), registered, officerId, name, lead]);
  }
  // …and one already decided (fixtures by SQL: the stages to a decision are the lead's tests).
  decided = randomUUID();
  await sql(p.databaseUrl, `insert into cases.enforcement_case (id, number, year, seq, agency_id, matter_id, category, field, cause, registered_on, registered_at, stage, stage_entered_at, decision_kinds, decided_on, decided_at)
    values ($1, $2, $3, 99, $4, $5, 'PUNISHMENT', null, '未按规定报送能源消费统计数据', $6, $8, 'DECISION', now(), '{WARNING,FINE}', $7, now())`,
  [decided, `〔${TEST_YEAR}〕0099号`, TEST_YEAR, agencyId, matterId, thisYear(40), thisYear(30), new Date(`${thisYear(40)}T09:00:00+08:00`)]);
  await sql(p.databaseUrl, `insert into cases.case_handler (id, case_id, officer_id, officer_name, certificate_number, lead, assigned_at) values ($1, $2, $3, '姚建军', '31000036008', true, now())`, [randomUUID(), decided, YAO]);
}, 240_000);
afterAll(() => p?.stop());

describe('Officer.cases and Agency.statistics next to personnel\'s fields, through the gateway (DESIGN "Ownership of types")', () => {
  it('an officer\'s name (personnel) with his cases and their count (cases), newest first', async () => {
    const q = 'query($id: ID!, $f: OfficerCaseFilter) { officer(id: $id) { name caseCount cases(filter: $f) { total items { id number stage } } } }';
    const yao = (await ok(p.gatewayUrl, q, { id: YAO }, tokens.agencyadmin)).officer;
    expect(yao).toMatchObject({ name: '姚建军', caseCount: 2, cases: { total: 2 } });
    expect(yao.cases.items.map((c: any) => c.id)).toEqual([registered, decided]);
    const led = (await ok(p.gatewayUrl, q, { id: YAO, f: { lead: true } }, tokens.agencyadmin)).officer;
    expect(led.cases.items.map((c: any) => c.id)).toEqual([decided]);
    const pan = (await ok(p.gatewayUrl, q, { id: PAN, f: { stage: 'REGISTERED' } }, tokens.officer)).officer;
    expect(pan).toMatchObject({ name: '潘铤', caseCount: 1, cases: { total: 1, items: [{ id: registered, stage: 'REGISTERED' }] } });
  });

  it('the statistics of the agency, with its name from personnel; the SQL statements do not grow with the agencies asked', async () => {
    const q = 'query($id: ID!, $y: Int!) { agency(id: $id) { name statistics(year: $y) { registered decided dueOn byOutcome { decisionKind count } } } }';
    const a = (await ok(p.gatewayUrl, q, { id: agencyId, y: TEST_YEAR }, tokens.supervisor)).agency;
    expect(a).toMatchObject({ name: seed.agency.name, statistics: { registered: 2, decided: 1, dueOn: `${TEST_YEAR + 1}-01-31` } });
    expect(a.statistics.byOutcome).toEqual([{ decisionKind: 'WARNING', count: 1 }, { decisionKind: 'FINE', count: 1 }]);
    const list = 'query($y: Int!) { agencies(limit: 50) { items { id statistics(year: $y) { registered } cases(limit: 5) { total } } } }';
    const before = await sqlStatements(p);
    await ok(p.gatewayUrl, list, { y: TEST_YEAR }, tokens.supervisor);
    const once = (await sqlStatements(p)) - before;
    const again = await sqlStatements(p);
    await ok(p.gatewayUrl, list, { y: TEST_YEAR - 1 }, tokens.supervisor);
    expect((await sqlStatements(p)) - again).toBe(once);
  });
});

describe('复议/诉讼 through the gateway (003 第16条, 004 第二十五条)', () => {
  const RECORD = 'mutation($c: ID!, $i: ChallengeInput!) { recordChallenge(caseId: $c, input: $i) { id version pending } }';
  const PENDING = 'query($ids: [ID!]!) { pendingChallenges(caseIds: $ids) { caseId pending kinds } }';

  it('the agency administrator records a 诉讼; supervision, asking with a supervisor\'s token, is told it is pending (004 第二十五条)', async () => {
    const c = (await ok(p.gatewayUrl, RECORD, { c: decided, i: { kind: 'LITIGATION', body: '乌鲁木齐市天山区人民法院', filedOn: thisYear(10) } }, tokens.agencyadmin)).recordChallenge;
    expect(c).toMatchObject({ version: 1, pending: true });
    const d = await ok(p.gatewayUrl, PENDING, { ids: [decided, registered] }, tokens.supervisor);
    expect(d.pendingChallenges).toEqual([{ caseId: decided, pending: true, kinds: ['LITIGATION'] }, { caseId: registered, pending: false, kinds: [] }]);
    expect(codes(await gql(p.gatewayUrl, RECORD, { c: registered, i: { kind: 'LITIGATION', body: '法院', filedOn: TEST_TODAY } }, tokens.agencyadmin))).toEqual(['ILLEGAL_TRANSITION']);
  });

  it('003 第16条: a 撤销 outcome counts as 纠错 in the 年报', async () => {
    const [{ id, version }] = (await ok(p.gatewayUrl, 'query($id: ID!) { case(id: $id) { challenges { id version } } }', { id: decided }, tokens.agencyadmin)).case.challenges;
    await ok(p.gatewayUrl, 'mutation($id: ID!, $v: Int!, $i: ChallengeOutcomeInput!) { recordChallengeOutcome(id: $id, version: $v, input: $i) { id } }', {
      id, v: version, i: { outcome: 'REVOKED', outcomeOn: thisYear(2), outcomeNote: '判决撤销原处罚决定' },
    }, tokens.agencyadmin);
    const st = (await ok(p.gatewayUrl, 'query($a: ID!, $y: Int!) { caseStatistics(agencyId: $a, year: $y) { challengesFiled challengesPending challengesCorrected } }', { a: agencyId, y: TEST_YEAR }, tokens.supervisor)).caseStatistics;
    expect(st).toEqual({ challengesFiled: 1, challengesPending: 0, challengesCorrected: 1 });
  });
});

describe('the 年报 export through the gateway (CSV for Excel, JSON)', () => {
  const get = (path: string, token?: string) => fetch(`${p.baseUrl}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('CSV: UTF-8 with a BOM and a header row; JSON documents its columns; authorized by the caller\'s token', async () => {
    const r = await get(`/statistics/${agencyId}/${TEST_YEAR}.csv`, tokens.supervisor);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('text/csv');
    expect(r.headers.get('content-disposition')).toContain('attachment');
    const bytes = new Uint8Array(await r.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split('\r\n');
    expect(lines[0]).toBe('agency_id,year,includes_subtree,metric,label,category,decision_kind,value');
    expect(lines).toContain(`${agencyId},${TEST_YEAR},false,registered,立案数,,,2`);
    expect(lines).toContain(`${agencyId},${TEST_YEAR},false,challenges_corrected,被纠错（003 第16条）,,,1`);
    const json = (await (await get(`/statistics/${agencyId}/${TEST_YEAR}.json`, tokens.supervisor)).json()) as any;
    expect(json.columns.map((c: any) => c.name)).toEqual(lines[0]!.split(','));
    expect(json.statistics.registered).toBe(2);
  });

  it('refuses without a token (401), with a forged one (401), a future year (400) and a path that is not an export (404)', async () => {
    expect((await get(`/statistics/${agencyId}/${TEST_YEAR}.csv`)).status).toBe(401);
    expect((await get(`/statistics/${agencyId}/${TEST_YEAR}.csv`, 'forged.token.value')).status).toBe(401);
    expect((await get(`/statistics/${agencyId}/${TEST_YEAR + 1}.csv`, tokens.supervisor)).status).toBe(400);
    const bad = await get(`/statistics/${agencyId}/${TEST_YEAR}.exe`, tokens.supervisor);
    expect(bad.status).toBe(404);
    expect(((await bad.json()) as any).errors[0].extensions.code).toBe('NOT_FOUND');
  });
});
