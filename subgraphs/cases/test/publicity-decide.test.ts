/**
 * decideCase opens the 公示 and 备案 deadlines (002 （二）3; 004 第十九条; 000 二（九）) — through the case commands of
 * the cases subgraph, with personnel's entitlement answer given by a stub (every handler entitled), so the wiring
 * of `caseHooks.onDecided` is tested whatever personnel answers.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { agencyProjectionHandlers, eventEnvelope, handleOnce, loadSeed000, seedIds, type EventType } from '@jiandu/kit';
import { startSubgraphForTest, TEST_TODAY, type SubgraphUnderTest } from '../../../e2e/support/subgraph.js';
import { ok } from '../../../e2e/support/graphql.js';
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
