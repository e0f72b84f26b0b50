/**
 * 公示 and 备案 through the real gateway (002 （二）3 事后公开; 004 第十四条, 第十九条; 000 二（九）): a case decided by
 * its handlers opens its publication (and, when major, its filing) deadline; the clerk previews the redacted text and
 * publishes it; anonymous users list and read it without personal data; withdrawn, it is gone from the public.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD, loadSeed000, seedIds } from '@jiandu/kit';
import { startTestPlatform, type TestPlatform } from './support/platform.js';
import { codes, gql, ok } from './support/graphql.js';
import { TEST_TODAY } from './support/subgraph.js';
import { MatterCategory } from '../subgraphs/cases/src/matters/matter.entity.js';
import { filingDue, publicationDue, REDACTION_PLACEHOLDER, SEED_000_FILING_POLICY } from '../subgraphs/cases/src/publicity/publicity.rules.js';

const seed = loadSeed000();
const agencyId = seedIds.agency(seed.agency.name);
const PAN = seedIds.officer('31000036001');
const YAO = seedIds.officer('31000036008');
let p: TestPlatform;
const tokens: Record<string, string> = {};
let matterId: string;

const login = async (username: string) =>
  (await ok(p.gatewayUrl, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: username, p: DEMO_PASSWORD })).login.token as string;

const REGISTER = 'mutation($i: RegisterCaseInput!) { registerCase(input: $i) { id version } }';
const ADVANCE = 'mutation($id: ID!, $v: Int!, $to: CaseStage!) { advanceCase(id: $id, version: $v, to: $to) { id version } }';
const DECIDE = 'mutation($id: ID!, $v: Int!, $i: DecisionInput!) { decideCase(id: $id, version: $v, input: $i) { id version stage } }';
const CASE = `query($id: ID!) { case(id: $id) { id number version
  publication { id status dueOn provisional rule dueState late version publishedText }
  filing { id dueOn rule periodSource recipient filedOn dueState version } } }`;
const PREVIEW = 'query($c: ID!) { previewPublication(caseId: $c) { text redactions { kind original start end } } }';
const PUBLISH = 'mutation($c: ID!, $v: Int!) { publishDecision(caseId: $c, version: $v) { id status publishedText version dueState } }';
const WITHDRAW = 'mutation($c: ID!, $v: Int!, $r: String!, $b: String) { withdrawPublication(caseId: $c, version: $v, reason: $r, basis: $b) { status version } }';
const PUBLIC_LIST = '{ publishedDecisions { total items { id agencyId agencyName caseNumber matterName category decisionKinds decidedOn publishedOn text } } }';
const PUBLIC_ONE = 'query($id: ID!) { publishedDecision(id: $id) { id caseNumber text } }';

const CONTENT = '当事人张三，公民身份号码11010519491231002X，住新疆乌鲁木齐市天山区光明路12号，联系电话13812345678。经查，当事人未按规定开展能源审计，决定给予警告，并处罚款人民币五千元。';

/** A case of the seed agency taken by its handlers to the decision, through the gateway. */
async function decidedCase(cause: string, major = false) {
  const reg = (await ok(p.gatewayUrl, REGISTER, {
    i: { matterId, cause, parties: [{ kind: 'PERSON', name: '张三', idNumber: '11010519491231002X', address: '新疆乌鲁木齐市天山区光明路12号', phone: '13812345678' }], handlerIds: [PAN, YAO], leadOfficerId: PAN },
  }, tokens.officer)).registerCase;
  let v = reg.version as number;
  for (const to of ['INVESTIGATION', 'NOTIFICATION', 'STATEMENT']) v = (await ok(p.gatewayUrl, ADVANCE, { id: reg.id, v, to }, tokens.officer)).advanceCase.version;
  if (major) {
    v = (await ok(p.gatewayUrl, 'mutation($id: ID!, $v: Int!) { markCaseMajor(id: $id, version: $v, grounds: [PUBLIC_INTEREST], basis: "涉及重大公共利益") { version } }', { id: reg.id, v }, tokens.officer)).markCaseMajor.version;
    v = (await ok(p.gatewayUrl, 'mutation($id: ID!, $v: Int!) { submitForLegalReview(id: $id, version: $v) { version } }', { id: reg.id, v }, tokens.officer)).submitForLegalReview.version;
    v = (await ok(p.gatewayUrl, 'mutation($id: ID!, $v: Int!) { reviewCase(id: $id, version: $v, outcome: PASSED, opinion: "同意") { version } }', { id: reg.id, v }, tokens.reviewer)).reviewCase.version;
  }
  const decided = (await ok(p.gatewayUrl, DECIDE, { id: reg.id, v, i: { kinds: ['WARNING', 'FINE'], content: CONTENT, fineYuan: 5000, decidedOn: TEST_TODAY } }, tokens.officer)).decideCase;
  expect(decided.stage).toBe('DECISION');
  return (await ok(p.gatewayUrl, CASE, { id: reg.id }, tokens.officer)).case;
}

beforeAll(async () => {
  p = await startTestPlatform({ label: 'publicity' });
  for (const u of ['officer', 'officer2', 'reviewer', 'supervisor', 'agencyadmin']) tokens[u] = await login(u);
  const matters = await ok(p.gatewayUrl, '{ matters(filter: { category: PUNISHMENT }) { items { id agencyId } } }');
  matterId = matters.matters.items.find((m: any) => m.agencyId === agencyId).id;
}, 180_000);
afterAll(() => p?.stop());

describe('公示 of a decision through the gateway (002 （二）3 事后公开; 004 第十四条)', () => {
  let c: any;

  it('002 （二）3: deciding a 处罚 case opens its publication, due in 7 working days; the case shows it', async () => {
    c = await decidedCase('未按规定开展能源审计');
    const due = publicationDue(TEST_TODAY, MatterCategory.PUNISHMENT);
    expect(c.publication).toMatchObject({ status: 'PENDING', dueOn: due.due, provisional: due.provisional, rule: due.rule, dueState: 'OK', late: false });
    expect(c.filing).toBeNull(); // not major: nothing to file
  });

  it('004 第十四条: the clerk previews the text with the ID number, address and phone taken out, and publishes it', async () => {
    const preview = (await ok(p.gatewayUrl, PREVIEW, { c: c.id }, tokens.agencyadmin)).previewPublication;
    expect(preview.text).not.toMatch(/11010519491231002X|光明路12号|13812345678/);
    expect(preview.redactions.map((r: any) => r.kind).sort()).toEqual(['ADDRESS', 'ID_NUMBER', 'PERSON_NAME', 'PHONE']);
    // a reviewer reads the case but does not publish it
    expect(codes(await gql(p.gatewayUrl, PREVIEW, { c: c.id }, tokens.reviewer))).toEqual(['FORBIDDEN']);
    const published = (await ok(p.gatewayUrl, PUBLISH, { c: c.id, v: c.publication.version }, tokens.officer)).publishDecision;
    expect(published).toMatchObject({ status: 'PUBLISHED', publishedText: preview.text, dueState: 'DONE' });
    expect(published.publishedText).toContain(REDACTION_PLACEHOLDER.ID_NUMBER);
  });

  it('002 （二）3: anonymous users list and read the published decision, redacted', async () => {
    const list = (await ok(p.gatewayUrl, PUBLIC_LIST)).publishedDecisions;
    const item = list.items.find((x: any) => x.id === c.publication.id);
    expect(item).toMatchObject({ agencyId, agencyName: seed.agency.name, caseNumber: c.number, category: 'PUNISHMENT', decisionKinds: ['WARNING', 'FINE'], decidedOn: TEST_TODAY, publishedOn: TEST_TODAY });
    expect(item.text).toContain('当事人张某');
    expect(item.text).not.toMatch(/11010519491231002X|光明路12号|13812345678|张三/);
    expect((await ok(p.gatewayUrl, PUBLIC_ONE, { id: c.publication.id })).publishedDecision).toMatchObject({ caseNumber: c.number });
    // the staff's records stay closed to the public
    expect(codes(await gql(p.gatewayUrl, '{ publications { total } }'))).toEqual(['UNAUTHENTICATED']);
  });

  it('002 （二）3 事后公开（三）: withdrawn, it is gone from the public list and reads as null', async () => {
    const v = (await ok(p.gatewayUrl, CASE, { id: c.id }, tokens.supervisor)).case.publication.version;
    const w = (await ok(p.gatewayUrl, WITHDRAW, { c: c.id, v, r: '决定被依法撤销', b: '监督决定书' }, tokens.supervisor)).withdrawPublication;
    expect(w.status).toBe('WITHDRAWN');
    expect((await ok(p.gatewayUrl, PUBLIC_LIST)).publishedDecisions.items.map((x: any) => x.id)).not.toContain(c.publication.id);
    expect((await ok(p.gatewayUrl, PUBLIC_ONE, { id: c.publication.id })).publishedDecision).toBeNull();
  });
});

describe('备案 of a major decision (004 第十九条; 000 二（九）)', () => {
  it('000 二（九）: the seed agency\'s period is 7 working days, with its source; a major decision is due for filing by it', async () => {
    const policy = (await ok(p.gatewayUrl, 'query($a: ID!) { filingPolicy(agencyId: $a) { value unit sourceText isDefault } }', { a: agencyId }, tokens.agencyadmin)).filingPolicy;
    expect(policy).toEqual({ ...SEED_000_FILING_POLICY, isDefault: false });
    const c = await decidedCase('重大案件', true);
    const due = filingDue(TEST_TODAY, SEED_000_FILING_POLICY);
    expect(c.filing).toMatchObject({ dueOn: due.due, rule: due.rule, periodSource: '本单位设置', recipient: '本级司法行政机关和上一级行政执法主管部门', filedOn: null, dueState: 'OK' });
    const filed = (await ok(p.gatewayUrl, 'mutation($c: ID!, $v: Int!, $d: String!) { recordFiling(caseId: $c, version: $v, filedOn: $d) { filedOn dueState late } }', { c: c.id, v: c.filing.version, d: TEST_TODAY }, tokens.officer2)).recordFiling;
    expect(filed).toEqual({ filedOn: TEST_TODAY, dueState: 'DONE', late: false });
  });
});
