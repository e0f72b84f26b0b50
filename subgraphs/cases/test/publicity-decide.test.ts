/**
 * decideCase opens the 公示 and 备案 deadlines (002 （二）3; 004 第十九条; 000 二（九）) — through the case commands of
 * the cases subgraph, with personnel's entitlement answer given by a stub (every handler entitled), so the wiring
 * of `caseHooks.onDecided` is tested whatever personnel answers. The same wiring serves the steps around the
 * decision: a decision with nothing to execute closes after service (000 二(四)), a proposed fine only in a 处罚 case.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { agencyProjectionHandlers, eventEnvelope, handleOnce, loadSeed000, seedIds, type EventType } from '@jiandu/kit';
import { startSubgraphForTest, TEST_TODAY, type SubgraphUnderTest } from '../../../e2e/support/subgraph.js';
import { codes, gql, ok } from '../../../e2e/support/graphql.js';
import { createCasesOrm, SCHEMA } from '../src/orm.js';
import { buildCasesSchema } from '../src/schema.js';
import { loadersFor } from '../src/loaders.js';
import { seedCases } from '../src/seed/seed.js';
import { MatterCategory } from '../src/matters/matter.entity.js';
import { filingDue, publicationDue, SEED_000_FILING_POLICY } from '../src/publicity/publicity.rules.js';

const seed = loadSeed000();
const AGENCY = seedIds.agency(seed.agency.name);
const PAN = seedIds.officer('31000036001');
const YAO = seedIds.officer('31000036008');
let s: SubgraphUnderTest;
let stub: http.Server;
let officer: string;
let reviewer: string;
let matterId = '';

/** personnel's enforcementEntitlements, answered for every officer asked: entitled. */
function startPersonnelStub(): Promise<string> {
  stub = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const { variables } = JSON.parse(body) as { variables: { officerIds: string[] } };
      const answer = variables.officerIds.map((id) => ({ officerId: id, officerName: id === PAN ? '潘铤' : '姚建军', entitled: true, status: 'ACTIVE', certificateNumber: id === PAN ? '31000036001' : '31000036008', reason: null }));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { enforcementEntitlements: answer } }));
    });
  });
  return new Promise((resolve) => stub.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(stub.address() as AddressInfo).port}/graphql`)));
}

const feed = (type: EventType, payload: unknown) =>
  handleOnce(s.orm, SCHEMA, eventEnvelope('personnel', type, s.clock.now(), payload), agencyProjectionHandlers(SCHEMA)[type]!);

beforeAll(async () => {
  const url = await startPersonnelStub();
  s = await startSubgraphForTest({ label: 'cases-publicity-decide', createOrm: createCasesOrm, schemaName: SCHEMA, buildSchema: buildCasesSchema, createLoaders: loadersFor(url), seed: seedCases });
  await feed('agency.snapshot', { rev: 1, agencies: [{ id: AGENCY, parentId: null, path: `/${AGENCY}/`, name: seed.agency.name, published: true, confirmed: true }] });
  officer = await s.token(['OFFICER'], { agencyId: AGENCY, agencyPath: `/${AGENCY}/`, officerId: PAN, name: '潘铤' });
  reviewer = await s.token(['LEGAL_REVIEWER'], { agencyId: AGENCY, agencyPath: `/${AGENCY}/`, name: '法制审核人员' });
  matterId = (await ok(s.url, '{ matters(filter: { category: PUNISHMENT }) { items { id } } }')).matters.items[0].id;
});
afterAll(async () => {
  await s?.stop();
  await new Promise((r) => stub?.close(r));
});

const CASE = 'query($id: ID!) { case(id: $id) { version publication { status dueOn rule } filing { dueOn rule periodSource } } }';

async function toStatement(cause: string): Promise<{ id: string; version: number }> {
  const reg = (await ok(s.url, 'mutation($i: RegisterCaseInput!) { registerCase(input: $i) { id version } }', {
    i: { matterId, cause, parties: [{ kind: 'PERSON', name: '张三', idNumber: '11010519491231002X' }], handlerIds: [PAN, YAO], leadOfficerId: PAN },
  }, officer)).registerCase;
  let v = reg.version as number;
  for (const to of ['INVESTIGATION', 'NOTIFICATION', 'STATEMENT']) v = (await ok(s.url, 'mutation($id: ID!, $v: Int!, $to: CaseStage!) { advanceCase(id: $id, version: $v, to: $to) { version } }', { id: reg.id, v, to }, officer)).advanceCase.version;
  return { id: reg.id, version: v };
}

const decide = (id: string, v: number) =>
  ok(s.url, 'mutation($id: ID!, $v: Int!, $i: DecisionInput!) { decideCase(id: $id, version: $v, input: $i) { stage } }', { id, v, i: { kinds: ['WARNING'], content: '当事人未按规定报送能源利用状况报告，决定给予警告。', decidedOn: TEST_TODAY } }, officer);

describe('decideCase opens 公示 and 备案 (002 （二）3 事后公开; 004 第十九条)', () => {
  it('002 （二）3: a decided 处罚 case has its publication due in 7 working days; no filing unless major', async () => {
    const c = await toStatement('决定即公示');
    expect((await ok(s.url, CASE, { id: c.id }, officer)).case).toMatchObject({ publication: null, filing: null });
    expect((await decide(c.id, c.version)).decideCase.stage).toBe('DECISION');
    const d = (await ok(s.url, CASE, { id: c.id }, officer)).case;
    const due = publicationDue(TEST_TODAY, MatterCategory.PUNISHMENT);
    expect(d).toMatchObject({ publication: { status: 'PENDING', dueOn: due.due, rule: due.rule }, filing: null });
  });

  it('004 第十九条, 000 二（九）: a major decision of the seed agency is due for filing in 7 working days (its seeded period)', async () => {
    const c = await toStatement('重大决定即备案');
    let v = (await ok(s.url, 'mutation($id: ID!, $v: Int!) { markCaseMajor(id: $id, version: $v, grounds: [PUBLIC_INTEREST], basis: "涉及重大公共利益") { version } }', { id: c.id, v: c.version }, officer)).markCaseMajor.version;
    v = (await ok(s.url, 'mutation($id: ID!, $v: Int!) { submitForLegalReview(id: $id, version: $v) { version } }', { id: c.id, v }, officer)).submitForLegalReview.version;
    v = (await ok(s.url, 'mutation($id: ID!, $v: Int!) { reviewCase(id: $id, version: $v, outcome: PASSED, opinion: "同意") { version } }', { id: c.id, v }, reviewer)).reviewCase.version;
    await decide(c.id, v);
    const due = filingDue(TEST_TODAY, SEED_000_FILING_POLICY);
    expect((await ok(s.url, CASE, { id: c.id }, officer)).case.filing).toEqual({ dueOn: due.due, rule: due.rule, periodSource: '本单位设置' });
  });
});

describe('the steps around the decision (000 二(四); 行政处罚法 第九条)', () => {
  const FIELDS = 'id version stage path nextStage availableActions proposedFineYuan executedOn closedAt';
  const step = async (m: string, args: string, vars: Record<string, unknown>) => {
    const r = await gql(s.url, `mutation($id: ID!, $v: Int!${args}) { ${m}(id: $id, version: $v${Object.keys(vars).filter((k) => k !== 'id' && k !== 'v').map((k) => `, ${k}: $${k}`).join('')}) { ${FIELDS} } }`, vars, officer);
    return r;
  };

  it('000 二(四); 行政处罚法 第九条 (一): a warning alone is served and closed — no 执行 date is asked, and none can be recorded', async () => {
    const c = await toStatement('仅给予警告');
    const decided = (await step('decideCase', ', $input: DecisionInput!', { id: c.id, v: c.version, input: { kinds: ['WARNING'], content: '当事人未按规定报送能源利用状况报告，决定给予警告。', decidedOn: TEST_TODAY } })).data!.decideCase;
    expect(decided.path).toEqual(['REGISTERED', 'INVESTIGATION', 'NOTIFICATION', 'STATEMENT', 'DECISION', 'SERVICE', 'CLOSED']);
    const served = (await step('serveDecision', ', $servedOn: String!', { id: c.id, v: decided.version, servedOn: TEST_TODAY })).data!.serveDecision;
    expect(served).toMatchObject({ stage: 'SERVICE', nextStage: 'CLOSED' });
    expect(served.availableActions).toContain('CLOSE');
    expect(served.availableActions).not.toContain('EXECUTE');
    const refused = await step('recordExecution', ', $executedOn: String!', { id: c.id, v: served.version, executedOn: TEST_TODAY });
    expect(codes(refused)).toEqual(['ILLEGAL_TRANSITION']);
    expect(refused.errors![0]!.message).toContain('本案不经过“执行”环节');
    const closed = (await step('closeCase', '', { id: c.id, v: served.version })).data!.closeCase;
    expect(closed).toMatchObject({ stage: 'CLOSED', executedOn: null, availableActions: [] });
    expect(closed.closedAt).toBeTruthy();
  });

  it('000 二(四): a warning with a fine is executed before it closes', async () => {
    const c = await toStatement('警告并处罚款');
    const decided = (await step('decideCase', ', $input: DecisionInput!', { id: c.id, v: c.version, input: { kinds: ['WARNING', 'FINE'], fineYuan: 2000, content: '决定给予警告，并处罚款人民币二千元。', decidedOn: TEST_TODAY } })).data!.decideCase;
    const served = (await step('serveDecision', ', $servedOn: String!', { id: c.id, v: decided.version, servedOn: TEST_TODAY })).data!.serveDecision;
    expect(served.nextStage).toBe('EXECUTION');
    expect(codes(await step('closeCase', '', { id: c.id, v: served.version }))).toEqual(['ILLEGAL_TRANSITION']);
    const executed = (await step('recordExecution', ', $executedOn: String!', { id: c.id, v: served.version, executedOn: TEST_TODAY })).data!.recordExecution;
    expect(executed).toMatchObject({ stage: 'EXECUTION', executedOn: TEST_TODAY, nextStage: 'CLOSED' });
  });

  it('行政处罚法 第九条 (二), 第四十四条: a proposed fine is refused in a case of another category (ILLEGAL_TRANSITION), nothing changed', async () => {
    const inspection = (await ok(s.url, '{ matters(filter: { category: INSPECTION }) { items { id } } }')).matters.items[0].id;
    const reg = (await ok(s.url, 'mutation($i: RegisterCaseInput!) { registerCase(input: $i) { id version } }', {
      i: { matterId: inspection, cause: '年度节能监督检查', parties: [{ kind: 'ORGANISATION', name: '某公共机构' }], handlerIds: [PAN, YAO], leadOfficerId: PAN },
    }, officer)).registerCase;
    const v = (await ok(s.url, 'mutation($id: ID!, $v: Int!) { advanceCase(id: $id, version: $v, to: INVESTIGATION) { version availableActions } }', { id: reg.id, v: reg.version }, officer)).advanceCase;
    expect(v.availableActions).not.toContain('SET_PROPOSED_FINE');
    const refused = await step('setProposedFine', ', $fineYuan: Int!', { id: reg.id, v: v.version, fineYuan: 5000 });
    expect(codes(refused)).toEqual(['ILLEGAL_TRANSITION']);
    expect(refused.errors![0]!.message).toContain('只有行政处罚案件');
    expect((await ok(s.url, `query($id: ID!) { case(id: $id) { ${FIELDS} } }`, { id: reg.id }, officer)).case).toMatchObject({ version: v.version, proposedFineYuan: null });
    // in a 处罚 case the same command is taken
    const punishment = await toStatement('处罚案件拟罚款');
    expect((await step('setProposedFine', ', $fineYuan: Int!', { id: punishment.id, v: punishment.version, fineYuan: 5000 })).data!.setProposedFine.proposedFineYuan).toBe(5000);
  });
});
