/**
 * 案卷评查 (003 第15条; 004 第十八条) and the 监督意见书 on the real PostgreSQL, with the real personnel and cases
 * subgraphs (each its own server and database) that supervision asks with the caller's token: a quarterly batch, the
 * sample drawn with a recorded seed, ≥2 reviewers with 回避 (004 第二十一条), scoring against versioned criteria, the
 * automatic check of every recorded step against the certificate history (004 第十一条), findings → opinion, the
 * rectification report and verdict, escalation, and the fields contributed to EnforcementCase and Agency.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  addDays, addNaturalMonths, agencyProjectionHandlers, computeDeadline, eventEnvelope, GENESIS_HASH, handleOnce, newId, pendingSchemaDiff, sqlCounter,
  startOfLocalDate, type EventType, type Identity, type LocalDate,
} from '@jiandu/kit';
import { startSubgraphForTest, TEST_TODAY, TEST_YEAR, testDate, type SubgraphUnderTest } from '../../../e2e/support/subgraph.js';
import { codes, gql, ok } from '../../../e2e/support/graphql.js';
import { createSupervisionOrm, SCHEMA } from '../src/orm.js';
import { buildSupervisionSchema } from '../src/schema.js';
import { loadersFor } from '../src/loaders.js';
import { createPersonnelOrm, SCHEMA as PERSONNEL } from '../../personnel/src/orm.js';
import { buildPersonnelSchema } from '../../personnel/src/schema.js';
import { createLoaders as personnelLoaders } from '../../personnel/src/loaders.js';
import { Agency, AgencyLevel } from '../../personnel/src/agencies/agency.entity.js';
import { Duty, Officer } from '../../personnel/src/officers/officer.entity.js';
import { Certificate, CertificateKind } from '../../personnel/src/certificates/certificate.entity.js';
import { CertificateEvent, CertificateEventKind } from '../../personnel/src/certificates/certificate-event.entity.js';
import { createCasesOrm, SCHEMA as CASES } from '../../cases/src/orm.js';
import { buildCasesSchema } from '../../cases/src/schema.js';
import { loadersFor as casesLoaders } from '../../cases/src/loaders.js';
import { CaseHandler, CaseTransition, EnforcementCase } from '../../cases/src/cases/case.entity.js';
import { CaseStage } from '../../cases/src/cases/case.enums.js';
import { MatterCategory } from '../../cases/src/matters/matter.entity.js';
import { CaseRecordEntry, RecordKind } from '../../cases/src/record/record.entity.js';
import { CRITERIA_V1, drawSample, quarterOf } from '../src/reviews/review.rules.js';
import { OPINION_RULE_DEFAULT } from '../src/opinions/opinion.rules.js';
import { markEscalated, requireEscalatable } from '../src/opinions/index.js';

// PREF (州司法局) → BUREAU (市司法局) → COUNTY_A, COUNTY_B; OTHER beside. Batches are scoped at BUREAU.
const id = (n: number) => `7a000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const BUREAU = id(1);
const COUNTY_A = id(2);
const COUNTY_B = id(3);
const OTHER = id(4);
const MATTER = id(5);
const PREF = id(6);
// SUP1, SUP2, SUP4 work at BUREAU, SUP3 and SUP5 at PREF (above the scope), SUP6 at COUNTY_A (below it)
const [SUP1, SUP2, SUP3, SUP4, NOT_SUP, SUP5, SUP6] = [id(11), id(12), id(13), id(14), id(15), id(16), id(17)];
const [E1, E2, E3] = [id(21), id(22), id(23)]; // enforcement officers of COUNTY_A; E1 suspended from 12 days ago
const FIELD = '节能';
const Q = quarterOf(TEST_TODAY);
const path = { [PREF]: `/${PREF}/`, [BUREAU]: `/${PREF}/${BUREAU}/`, [COUNTY_A]: `/${PREF}/${BUREAU}/${COUNTY_A}/`, [COUNTY_B]: `/${PREF}/${BUREAU}/${COUNTY_B}/`, [OTHER]: `/${OTHER}/` };

let personnel: SubgraphUnderTest;
let cases: SubgraphUnderTest;
let s: SubgraphUnderTest;
const tokens: Record<string, any> = {};
const ids: Record<string, any> = {};
let seq = 0;

const at = (d: LocalDate, hhmm: string) => new Date(`${d}T${hhmm}:00+08:00`);
const facts = (agencyId: string, parentId: string | null, name: string) => ({ id: agencyId, parentId, path: path[agencyId]!, name, published: true, confirmed: true });
const TREE = [facts(PREF, null, '昌吉州司法局'), facts(BUREAU, PREF, '昌吉市司法局'), facts(COUNTY_A, BUREAU, '昌吉市机关事务服务中心'), facts(COUNTY_B, BUREAU, '昌吉市某街道办事处'), facts(OTHER, null, '他处')];
const feed = (sg: SubgraphUnderTest, schema: string, type: EventType, payload: unknown) =>
  handleOnce(sg.orm, schema, eventEnvelope('personnel', type, sg.clock.now(), payload), agencyProjectionHandlers(schema)[type]!);

/** A case of `agencyId` decided on `decidedOn` (or not), registered by an agency administrator, with steps by `stepsBy` on its day. */
async function insertCase(agencyId: string, decidedOn: LocalDate | null, o: { handlers?: string[]; stepsBy?: [string, string][] } = {}): Promise<string> {
  const em = cases.orm.em.fork();
  const caseId = newId();
  const day = decidedOn ?? TEST_TODAY;
  seq += 1;
  em.create(EnforcementCase, {
    id: caseId, number: `〔${day.slice(0, 4)}〕${String(seq).padStart(4, '0')}号`, year: Number(day.slice(0, 4)), seq, agencyId, matterId: MATTER, category: MatterCategory.PUNISHMENT, field: FIELD,
    cause: '未按规定开展能源审计', registeredOn: day, registeredAt: at(day, '08:30'), stage: decidedOn ? CaseStage.DECISION : CaseStage.INVESTIGATION, stageEnteredAt: at(day, '16:00'),
    decidedOn, decidedAt: decidedOn ? at(day, '16:00') : null,
  });
  for (const [i, officerId] of (o.handlers ?? [E2, E3]).entries()) em.create(CaseHandler, { id: newId(), caseId, officerId, officerName: '执法人员', certificateNumber: null, lead: i === 0, assignedAt: at(day, '08:30') });
  em.create(CaseTransition, { id: newId(), caseId, caseVersion: 1, fromStage: null, toStage: CaseStage.REGISTERED, at: at(day, '08:30'), officerId: null, actorName: '管理员', note: null });
  for (const [i, [officerId, hhmm]] of (o.stepsBy ?? [[E2, '09:00'], [E3, '10:00']]).entries()) {
    em.create(CaseRecordEntry, {
      id: newId(), caseId, seq: i + 1, stage: CaseStage.INVESTIGATION, kind: RecordKind.TEXT, description: '询问笔录', officerId, actorName: officerId === E1 ? '衣某' : '执法人员',
      recordedAt: at(day, hhmm), prevHash: GENESIS_HASH, hash: String(i).repeat(64),
    });
  }
  await em.flush();
  return caseId;
}

const DAY = testDate({ days: -10 }); // inside the current quarter (TEST_NOW lies in late November/December)
const CREATE = `mutation($i: CreateReviewBatchInput!) { createReviewBatch(input: $i) { id version seed seedGiven samplePolicy candidateIds sampleIds candidateCount sampleSize sampleReproducible
  criteria { version } files { id caseId caseNumber agencyId recusals { officerId reason rule } sheets { id reviewerId version mine } } } }`;
const BATCH = `query($id: ID!) { reviewBatch(id: $id) { id version status checkedAt availableActions findingAgencyIds
  files { id caseId caseNumber agencyId result finding concluded findingReasons { kind text } check { checkedSteps unattributedSteps violations { officerId officerName at status reason what } }
    sheets { id reviewerId reviewerName version total scores { code score note } } } opinions { id number } } }`;
const SCORE = 'mutation($id: ID!, $v: Int!, $s: [ReviewScoreInput!]!) { scoreReviewCase(sheetId: $id, version: $v, scores: $s) { id version total scores { code score note } } }';
const CHECK = 'mutation($id: ID!, $v: Int!) { runReviewCheck(id: $id, version: $v) { id version checkedAt } }';
const CONCLUDE = 'mutation($id: ID!, $v: Int!) { concludeReviewBatch(id: $id, version: $v) { id version status } }';
const ISSUE = 'mutation($i: IssueReviewOpinionInput!) { issueReviewOpinion(input: $i) { id number version status agencyName issuerName requirements findings { caseId caseNumber reasons } deadline { dueOn rule state period } } }';
const full = (over: Record<string, { score: number; note?: string }> = {}) => CRITERIA_V1.items.map((c) => ({ code: c.code, score: over[c.code]?.score ?? c.maxScore, note: over[c.code]?.note ?? null }));
const input = (o: Record<string, unknown> = {}) => ({ i: { agencyId: BUREAU, year: Q.year, quarter: Q.quarter, reviewerIds: [SUP1, SUP3, SUP5], ...o } });

beforeAll(async () => {
  personnel = await startSubgraphForTest({ label: 'reviews-personnel', createOrm: createPersonnelOrm, schemaName: PERSONNEL, buildSchema: buildPersonnelSchema, createLoaders: personnelLoaders });
  cases = await startSubgraphForTest({ label: 'reviews-cases', createOrm: createCasesOrm, schemaName: CASES, buildSchema: buildCasesSchema, createLoaders: casesLoaders(personnel.url) });
  s = await startSubgraphForTest({ label: 'reviews', createOrm: createSupervisionOrm, schemaName: SCHEMA, buildSchema: buildSupervisionSchema, createLoaders: loadersFor(personnel.url, cases.url) });

  // personnel: the tree, 执法监督人员 with 执法监督证, enforcement officers with 行政执法证.
  const em = personnel.orm.em.fork();
  const now = personnel.clock.now();
  em.create(Agency, { id: PREF, name: '昌吉州司法局', level: AgencyLevel.PREFECTURE, path: path[PREF]!, region: '昌吉州', createdAt: now, updatedAt: now });
  em.create(Agency, { id: BUREAU, name: '昌吉市司法局', level: AgencyLevel.COUNTY, parentId: PREF, path: path[BUREAU]!, region: '昌吉市', createdAt: now, updatedAt: now });
  for (const [a, name] of [[COUNTY_A, '昌吉市机关事务服务中心'], [COUNTY_B, '昌吉市某街道办事处']]) {
    em.create(Agency, { id: a!, name: name!, level: AgencyLevel.TOWNSHIP, parentId: BUREAU, path: path[a!]!, region: '昌吉市', createdAt: now, updatedAt: now });
  }
  em.create(Agency, { id: OTHER, name: '他处', level: AgencyLevel.PREFECTURE, path: path[OTHER]!, region: '伊犁州', createdAt: now, updatedAt: now });
  const issuedOn = testDate({ days: -365 });
  const person = (officerId: string, name: string, agencyId: string, kind: CertificateKind | null, duties: Duty[]) => {
    em.create(Officer, { id: officerId, name, agencyId, region: '昌吉市', fields: [FIELD], duties, createdAt: now, updatedAt: now });
    if (!kind) return;
    const certificateId = officerId.replace(/^7a/, '7c');
    em.create(Certificate, {
      id: certificateId, number: `R${officerId.slice(-6)}`, kind, officerId, fields: [FIELD], region: '昌吉市', issuedOn,
      validUntil: addDays(addNaturalMonths(issuedOn, 60, { extendToWorkingDay: false }), -1), createdAt: now, updatedAt: now,
    });
    em.create(CertificateEvent, { id: officerId.replace(/^7a/, '7d'), certificateId, kind: CertificateEventKind.ISSUED, effectiveFrom: startOfLocalDate(issuedOn), recordedAt: now });
  };
  person(SUP1, '监督甲', BUREAU, CertificateKind.SUPERVISION, [Duty.SUPERVISION]);
  person(SUP2, '监督乙', BUREAU, CertificateKind.SUPERVISION, [Duty.SUPERVISION, Duty.ENFORCEMENT]);
  person(SUP3, '监督丙', PREF, CertificateKind.SUPERVISION, [Duty.SUPERVISION]);
  person(SUP5, '监督戊', PREF, CertificateKind.SUPERVISION, [Duty.SUPERVISION]);
  person(SUP6, '监督己', COUNTY_A, CertificateKind.SUPERVISION, [Duty.SUPERVISION]);
  person(SUP4, '监督丁', BUREAU, CertificateKind.SUPERVISION, [Duty.SUPERVISION]);
  person(NOT_SUP, '非监督人员', BUREAU, CertificateKind.ENFORCEMENT, [Duty.ENFORCEMENT]);
  person(E1, '衣某', COUNTY_A, CertificateKind.ENFORCEMENT, [Duty.ENFORCEMENT]);
  person(E2, '二某', COUNTY_A, CertificateKind.ENFORCEMENT, [Duty.ENFORCEMENT]);
  person(E3, '三某', COUNTY_A, CertificateKind.ENFORCEMENT, [Duty.ENFORCEMENT]);
  await em.flush();
  // 003 第4条 暂扣3个月, starting 12 days ago: E1's step of 10 days ago was taken while suspended.
  const certAdmin = await personnel.token(['CERT_ADMIN']);
  const e1Cert = E1.replace(/^7a/, '7c');
  const { certificate } = await ok(personnel.url, 'query($id: ID!) { certificate(id: $id) { version } }', { id: e1Cert }, certAdmin);
  await ok(personnel.url, 'mutation($id: ID!, $v: Int!, $i: SuspendCertificateInput!) { suspendCertificate(id: $id, version: $v, input: $i) { id } }', {
    id: e1Cert, v: certificate.version, i: { ground: 'OUTSIDE_FIELD', startsOn: testDate({ days: -12 }), reason: '擅自超出行政执法领域执法' },
  }, certAdmin);

  // cases and supervision: their agency projections, as personnel's snapshot would feed them.
  await feed(cases, CASES, 'agency.snapshot', { rev: 1, agencies: TREE });
  await feed(s, SCHEMA, 'agency.snapshot', { rev: 1, agencies: TREE });
  await cases.orm.em.getConnection().execute(`insert into cases.enforcement_matter (id, agency_id, name, category, legal_basis, list_seq, field, created_at, updated_at, version)
    values (?, ?, '对公共机构节能的监督检查', 'PUNISHMENT', '《公共机构节能条例》', 1, ?, now(), now(), 1)`, [MATTER, COUNTY_A, FIELD]);
  ids.violating = await insertCase(COUNTY_A, DAY, { handlers: [E1, E2], stepsBy: [[E1, '09:00'], [E2, '10:00']] });
  for (const n of [1, 2, 3, 4]) ids[`a${n}`] = await insertCase(COUNTY_A, addDays(DAY, n));
  ids.handledBySup2 = await insertCase(COUNTY_A, DAY, { handlers: [SUP2, E2] });
  ids.b1 = await insertCase(COUNTY_B, DAY);
  ids.bureau = await insertCase(BUREAU, DAY); // the bureau's own case: its own supervisors are recused
  ids.undecided = await insertCase(COUNTY_A, null);
  ids.earlier = await insertCase(COUNTY_A, addDays(`${Q.year}-${String((Q.quarter - 1) * 3 + 1).padStart(2, '0')}-01`, -1)); // the day before the quarter
  ids.other = await insertCase(OTHER, DAY);

  const sup = (officerId: string | null, agencyId = BUREAU, name = '监督人员') => s.token(['SUPERVISOR'], { agencyId, agencyPath: path[agencyId], officerId, name });
  tokens.sup1 = await sup(SUP1, BUREAU, '监督甲');
  tokens.sup2 = await sup(SUP2, BUREAU, '监督乙');
  tokens.sup4 = await sup(SUP4, BUREAU, '监督丁');
  tokens.sup3 = await sup(SUP3, PREF, '监督丙');
  tokens.sup5 = await sup(SUP5, PREF, '监督戊');
  tokens.unlinked = await sup(null);
  tokens.otherSup = await sup(null, OTHER);
  tokens.adminA = await s.token(['AGENCY_ADMIN'], { agencyId: COUNTY_A, agencyPath: path[COUNTY_A], name: '中心管理员' });
  tokens.adminB = await s.token(['AGENCY_ADMIN'], { agencyId: COUNTY_B, agencyPath: path[COUNTY_B], name: '街道管理员' });
  tokens.sys = await s.token(['SYSTEM_ADMIN']);
}, 120_000);
afterAll(async () => {
  await s?.stop();
  await cases?.stop();
  await personnel?.stop();
});

const inQuarter = () => [ids.violating, ids.a1, ids.a2, ids.a3, ids.a4, ids.handledBySup2, ids.b1, ids.bureau].sort();

describe('案卷评查批次 (003 第15条 市司法局每季度开展一次案卷抽查)', () => {
  it('the migrations produce exactly the schema the entities describe; criteria version 1 is there as data', async () => {
    expect(await pendingSchemaDiff(s.orm)).toBe('');
    const d = await ok(s.url, '{ reviewCriteria { version total findingBelow items { code name maxScore } } }', {}, tokens.sup1);
    expect(d.reviewCriteria).toEqual([{ version: 1, total: 100, findingBelow: 60, items: CRITERIA_V1.items.map(({ code, name, maxScore }) => ({ code, name, maxScore })) }]);
  });

  it('003 第15条: the candidates are the scope\'s cases decided within the quarter, as cases answers; the sample is drawn with the recorded seed', async () => {
    const b = (await ok(s.url, CREATE, input({ seed: '2026Q4-抽签', sampleSize: 3 }), tokens.sup1)).createReviewBatch;
    expect(b.candidateIds).toEqual(inQuarter()); // not the undecided one, not the one of the quarter before, not OTHER's
    expect(b).toMatchObject({ seed: '2026Q4-抽签', seedGiven: true, samplePolicy: '指定：抽取 3 件', candidateCount: 8, sampleSize: 3, sampleReproducible: true, criteria: { version: 1 } });
    expect(b.sampleIds).toEqual(drawSample('2026Q4-抽签', inQuarter(), 3));
    expect(b.files.map((f: any) => f.caseId)).toEqual(b.sampleIds);
    ids.firstBatch = b.id;
  });

  it('003 第15条: the same seed over the same candidates draws the same cases again; without a seed one is generated and recorded', async () => {
    const again = (await ok(s.url, CREATE, input({ seed: '2026Q4-抽签', sampleSize: 3 }), tokens.sup1)).createReviewBatch;
    const first = (await ok(s.url, 'query($id: ID!) { reviewBatch(id: $id) { sampleIds } }', { id: ids.firstBatch }, tokens.sup1)).reviewBatch;
    expect(again.sampleIds).toEqual(first.sampleIds);
    const generated = (await ok(s.url, CREATE, input(), tokens.sup1)).createReviewBatch;
    expect(generated.seedGiven).toBe(false);
    expect(generated.seed).toMatch(/^[0-9a-f]{16}$/);
    expect(generated.sampleIds).toEqual(drawSample(generated.seed, inQuarter(), 5)); // default: 10%, at least 5
    expect(generated.samplePolicy).toContain('不少于 5 件');
  });

  it('004 第二十二条 (by analogy): fewer than two reviewers is PRECONDITION_FAILED; 004 第二十条: someone who is not a 执法监督人员 is NOT_ENTITLED', async () => {
    expect(codes(await gql(s.url, CREATE, input({ reviewerIds: [SUP1] }), tokens.sup1))).toEqual(['PRECONDITION_FAILED']);
    expect(codes(await gql(s.url, CREATE, input({ reviewerIds: [SUP1, SUP1] }), tokens.sup1))).toEqual(['PRECONDITION_FAILED']);
    const r = await gql(s.url, CREATE, input({ reviewerIds: [SUP1, NOT_SUP] }), tokens.sup1);
    expect(codes(r)).toEqual(['NOT_ENTITLED']);
    expect(r.errors?.[0]?.message).toContain('非监督人员不是执法监督人员');
  });

  it('003 第15条: a quarter still to come is BAD_USER_INPUT; a quarter with no decided case is PRECONDITION_FAILED; outside his subtree FORBIDDEN', async () => {
    const next = Q.quarter === 4 ? { year: Q.year + 1, quarter: 1 } : { year: Q.year, quarter: Q.quarter + 1 };
    expect(codes(await gql(s.url, CREATE, input(next), tokens.sup1))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(s.url, CREATE, input({ year: Q.year - 3, quarter: 1 }), tokens.sup1))).toEqual(['PRECONDITION_FAILED']);
    expect(codes(await gql(s.url, CREATE, input({ agencyId: OTHER }), tokens.sup1))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(s.url, CREATE, input(), tokens.adminA))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(s.url, CREATE, input({ sampleSize: 9 }), tokens.sup1))).toEqual(['BAD_USER_INPUT']);
    // a reviewer below the scope could not read the files of his parent and siblings (the one read rule)
    const below = await gql(s.url, CREATE, input({ reviewerIds: [SUP1, SUP6] }), tokens.sup1);
    expect(codes(below)).toEqual(['PRECONDITION_FAILED']);
    expect(below.errors?.[0]?.message).toContain('监督己所在单位不管辖该评查范围');
  });

  it('004 第二十一条 回避: reviewers of the case\'s own agency and one who handled it are recused, recorded with the rule; a case left with one reviewer is refused', async () => {
    const short = await gql(s.url, CREATE, input({ seed: 'all', sampleSize: 8, reviewerIds: [SUP1, SUP2, SUP3] }), tokens.sup1);
    expect(codes(short)).toEqual(['PRECONDITION_FAILED']);
    expect(short.errors?.[0]?.message).toContain('回避后评查人员不足 2 名（回避：监督甲（本单位）、监督乙（本单位）');
    const b = (await ok(s.url, CREATE, input({ seed: 'all', sampleSize: 8, reviewerIds: [SUP1, SUP2, SUP3, SUP5] }), tokens.sup1)).createReviewBatch;
    const byCase = new Map<string, any>(b.files.map((f: any) => [f.caseId, f]));
    const handled = byCase.get(ids.handledBySup2);
    expect(handled.recusals.map((r: any) => [r.officerId, r.reason])).toEqual([[SUP2, 'HANDLED_CASE']]);
    expect(handled.recusals[0].rule).toContain('004 第二十一条');
    expect(handled.sheets.map((x: any) => x.reviewerId).sort()).toEqual([SUP1, SUP3, SUP5].sort());
    const own = byCase.get(ids.bureau);
    expect(own.recusals.map((r: any) => [r.officerId, r.reason])).toEqual([[SUP1, 'OWN_AGENCY'], [SUP2, 'OWN_AGENCY']]);
    expect(own.sheets.map((x: any) => x.reviewerId).sort()).toEqual([SUP3, SUP5].sort());
    expect(byCase.get(ids.b1).recusals).toEqual([]);
    expect(byCase.get(ids.b1).sheets).toHaveLength(4);
    ids.batch = b.id;
  });
});

describe('scoring (003 第15条) and the automatic check (004 第十一条)', () => {
  let batch: any;
  const load = async (token = tokens.sup1) => (batch = (await ok(s.url, BATCH, { id: ids.batch }, token)).reviewBatch);
  const sheet = (caseId: string, reviewerId: string) => batch.files.find((f: any) => f.caseId === caseId).sheets.find((x: any) => x.reviewerId === reviewerId);

  it('003 第15条: a reviewer scores his own sheet; a deduction needs its reason; another\'s sheet is FORBIDDEN; a stale version CONCURRENT_MODIFICATION', async () => {
    await load();
    const mine = sheet(ids.a1, SUP1);
    const bad = await gql(s.url, SCORE, { id: mine.id, v: mine.version, s: full({ PROCEDURE: { score: 10 } }) }, tokens.sup1);
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect((bad.errors?.[0]?.extensions?.problems as any[]).map((p) => p.field)).toEqual(['scores.PROCEDURE']);
    const scored = (await ok(s.url, SCORE, { id: mine.id, v: mine.version, s: full({ PROCEDURE: { score: 10, note: '未告知陈述申辩权利' } }) }, tokens.sup1)).scoreReviewCase;
    expect(scored).toMatchObject({ version: mine.version + 1, total: 90 });
    expect(codes(await gql(s.url, SCORE, { id: mine.id, v: mine.version, s: full() }, tokens.sup1))).toEqual(['CONCURRENT_MODIFICATION']);
    expect(codes(await gql(s.url, SCORE, { id: mine.id, v: scored.version, s: full() }, tokens.sup4))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(s.url, SCORE, { id: mine.id, v: scored.version, s: full() }, tokens.unlinked))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(s.url, SCORE, { id: mine.id, v: scored.version, s: full() }, tokens.otherSup))).toEqual(['NOT_FOUND']);
    const log = await s.orm.em.getConnection().execute(`select action from supervision.change_log where entity = 'CaseReviewBatch' and entity_id = ? order by id`, [ids.batch]);
    expect(log.map((r: any) => r.action)).toEqual(['抽取案卷', expect.stringContaining('评分：')]);
  });

  it('004 第十一条: the automatic check flags the step E1 recorded while his certificate was suspended, and passes the clean cases', async () => {
    await load();
    const r = (await ok(s.url, CHECK, { id: ids.batch, v: batch.version }, tokens.sup1)).runReviewCheck;
    expect(r.checkedAt).toBe(new Date(s.clock.now()).toISOString());
    await load();
    const violating = batch.files.find((f: any) => f.caseId === ids.violating);
    expect(violating.check).toEqual({
      checkedSteps: 2, unattributedSteps: 1,
      violations: [{ officerId: E1, officerName: '衣某', at: at(DAY, '09:00').toISOString(), status: 'SUSPENDED', reason: 'SUSPENDED', what: '全过程记录第1条（文字记录）' }],
    });
    expect(violating.finding).toBe(true); // found already, whatever the scores
    expect(violating.findingReasons.map((x: any) => x.kind)).toEqual(['ENTITLEMENT_VIOLATION']);
    const clean = batch.files.filter((f: any) => f.caseId !== ids.violating);
    expect(clean.every((f: any) => f.check.violations.length === 0 && f.check.checkedSteps === 2)).toBe(true);
    expect(codes(await gql(s.url, CHECK, { id: ids.batch, v: batch.version - 1 }, tokens.sup1))).toEqual(['CONCURRENT_MODIFICATION']);
    expect(codes(await gql(s.url, CHECK, { id: ids.batch, v: batch.version }, tokens.adminA))).toEqual(['FORBIDDEN']);
  });

  it('003 第15条: not concluded while a sheet is unscored; then every reviewer scores and the results are the averages', async () => {
    expect(batch.availableActions).toEqual(['CHECK']);
    const early = await gql(s.url, CONCLUDE, { id: ids.batch, v: batch.version }, tokens.sup1);
    expect(codes(early)).toEqual(['PRECONDITION_FAILED']);
    expect(early.errors?.[0]?.message).toContain('张评查表尚未评分');
    const tokenOf: Record<string, any> = { [SUP1]: tokens.sup1, [SUP2]: tokens.sup2, [SUP3]: tokens.sup3, [SUP5]: tokens.sup5 };
    const low = { CONTENT: { score: 5, note: '证据不足' }, PROCEDURE: { score: 5, note: '未告知陈述申辩权利' }, DECISION: { score: 5, note: '决定书要素缺失' }, SYSTEMS: { score: 5, note: '未公示' } };
    for (const f of batch.files) {
      for (const x of f.sheets) {
        if (f.caseId === ids.a1 && x.reviewerId === SUP1) continue; // scored above (90)
        // COUNTY_B's case: 监督乙 gives 0 for 程序 — a finding; a2: 50 from everyone — a finding
        const scores = f.caseId === ids.b1 && x.reviewerId === SUP2 ? full({ PROCEDURE: { score: 0, note: '未经立案即作出处罚' } }) : f.caseId === ids.a2 ? full(low) : full();
        await ok(s.url, SCORE, { id: x.id, v: x.version, s: scores }, tokenOf[x.reviewerId]);
      }
    }
    await load();
    const a1 = batch.files.find((f: any) => f.caseId === ids.a1);
    expect(a1.result).toBe(97.5); // (90 + 100 + 100 + 100) / 4
    expect(a1.finding).toBe(false);
    expect(batch.availableActions).toEqual(['CHECK', 'CONCLUDE']);
  });

  it('004 第二十一条: a reviewer with a 回避 in effect on the batch (here ordered by the 监督机关) scores nothing more in it — RECUSED', async () => {
    await load();
    const mine = sheet(ids.a1, SUP1);
    const ORDER = 'mutation($i: OrderRecusalInput!) { orderRecusal(input: $i) { id way status } }';
    const order = { officerId: SUP1, subject: { type: 'REVIEW', id: ids.batch }, grounds: '评查期间发现与被评查单位负责人系近亲属', decidedBy: '市司法局主要负责人', decidedOn: TEST_TODAY };
    expect((await ok(s.url, ORDER, { i: order }, tokens.sup2)).orderRecusal).toMatchObject({ way: 'DECIDED' });
    const refused = await gql(s.url, SCORE, { id: mine.id, v: mine.version, s: full() }, tokens.sup1);
    expect(codes(refused)).toEqual(['RECUSED']);
    expect(refused.errors?.[0]?.message).toContain('004 第二十一条');
    await load();
    expect(sheet(ids.a1, SUP1)).toMatchObject({ version: mine.version, total: mine.total });
  });

  it('003 第15条: concluding fixes results and findings: below 60, a criterion at 0, or an unentitled step', async () => {
    const done = (await ok(s.url, CONCLUDE, { id: ids.batch, v: batch.version }, tokens.sup1)).concludeReviewBatch;
    expect(done.status).toBe('CONCLUDED');
    await load();
    const findings = batch.files.filter((f: any) => f.finding).map((f: any) => f.caseId).sort();
    expect(findings).toEqual([ids.violating, ids.a2, ids.b1].sort());
    const a2 = batch.files.find((f: any) => f.caseId === ids.a2);
    expect(a2).toMatchObject({ result: 50, concluded: true });
    expect(a2.findingReasons.map((r: any) => r.kind)).toEqual(['LOW_SCORE']);
    const b1 = batch.files.find((f: any) => f.caseId === ids.b1);
    expect(b1.findingReasons[0].text).toBe('“执法程序”被评为 0 分（监督乙）：未经立案即作出处罚');
    expect(batch.findingAgencyIds.sort()).toEqual([COUNTY_A, COUNTY_B].sort());
    expect(batch.availableActions).toEqual(['ISSUE_OPINION']);
    // any sheet of his (the files' order follows the seeded draw over random ids; he is recused from the bureau's own case)
    const any = batch.files.flatMap((f: any) => f.sheets).find((x: any) => x.reviewerId === SUP1);
    expect(codes(await gql(s.url, SCORE, { id: any.id, v: any.version, s: full() }, tokens.sup1))).toEqual(['PRECONDITION_FAILED']);
    expect(codes(await gql(s.url, CHECK, { id: ids.batch, v: batch.version }, tokens.sup1))).toEqual(['PRECONDITION_FAILED']);
  });
});

describe('versioned criteria (003 第15条)', () => {
  it('a new version (system administrators) changes no score given under the old one; a new batch pins it', async () => {
    const items = [{ code: 'LEGALITY', name: '合法性', maxScore: 70 }, { code: 'SYSTEMS', name: '制度落实', maxScore: 30 }];
    expect(codes(await gql(s.url, 'mutation($i: ReviewCriteriaInput!) { createReviewCriteria(input: $i) { version } }', { i: { title: '第2版', source: '003 第15条', items, findingBelow: 70 } }, tokens.sup1))).toEqual(['FORBIDDEN']);
    const bad = await gql(s.url, 'mutation($i: ReviewCriteriaInput!) { createReviewCriteria(input: $i) { version } }', { i: { title: '第2版', source: '003 第15条', items: items.slice(0, 1), findingBelow: 70 } }, tokens.sys);
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    const v2 = (await ok(s.url, 'mutation($i: ReviewCriteriaInput!) { createReviewCriteria(input: $i) { version total } }', { i: { title: '行政执法案卷评查标准（第2版）', source: '003 第15条', items, findingBelow: 70 } }, tokens.sys)).createReviewCriteria;
    expect(v2).toEqual({ version: 2, total: 100 });
    const old = (await ok(s.url, 'query($id: ID!) { reviewBatch(id: $id) { criteria { version } files { caseId result } } }', { id: ids.batch }, tokens.sup1)).reviewBatch;
    expect(old.criteria.version).toBe(1);
    expect(old.files.find((f: any) => f.caseId === ids.a1).result).toBe(97.5);
    const fresh = (await ok(s.url, CREATE, input({ seed: 'v2' }), tokens.sup1)).createReviewBatch;
    expect(fresh.criteria.version).toBe(2);
    const sheet = fresh.files.flatMap((f: any) => f.sheets).find((x: any) => x.reviewerId === SUP1);
    expect(codes(await gql(s.url, SCORE, { id: sheet.id, v: sheet.version, s: full() }, tokens.sup1))).toEqual(['BAD_USER_INPUT']);
    expect((await ok(s.url, SCORE, { id: sheet.id, v: sheet.version, s: [{ code: 'LEGALITY', score: 70 }, { code: 'SYSTEMS', score: 30 }] }, tokens.sup1)).scoreReviewCase.total).toBe(100);
  });
});

describe('监督意见书 (003 第15条: 制发《行政执法监督意见书》，督促执法单位整改)', () => {
  const OPINION = `query($id: ID!) { supervisionOpinion(id: $id) { id number version status unmended availableActions escalatedToNoticeId escalatedNoticeNumber
    deadline { dueOn state late doneOn } reports { reportedOn text accepted note } } }`;

  it('003 第15条: one opinion per agency with findings, numbered in the issuing body\'s OPINION series, with the findings and a 30-day deadline stored with its rule', async () => {
    const o = (await ok(s.url, ISSUE, { i: { batchId: ids.batch, agencyId: COUNTY_A } }, tokens.sup1)).issueReviewOpinion;
    expect(o).toMatchObject({ number: `监意〔${TEST_YEAR}〕1号`, status: 'ISSUED', agencyName: '昌吉市机关事务服务中心', issuerName: '昌吉市司法局' });
    expect(o.findings.map((f: any) => f.caseId).sort()).toEqual([ids.violating, ids.a2].sort());
    expect(o.requirements).toContain('对照所列2件案卷存在的问题逐项整改');
    expect(o.deadline).toEqual({ dueOn: computeDeadline({ start: TEST_TODAY, amount: 30, unit: 'NATURAL_DAYS' }).due, rule: OPINION_RULE_DEFAULT, state: 'OK', period: '30日' });
    ids.opinionA = o.id;
    const b = (await ok(s.url, ISSUE, { i: { batchId: ids.batch, agencyId: COUNTY_B, requirements: '请对该案重新审查并依法处理。', rectifyDays: 15 } }, tokens.sup1)).issueReviewOpinion;
    expect(b.number).toBe(`监意〔${TEST_YEAR}〕2号`);
    expect(b.deadline.rule).toContain('15日内整改');
    ids.opinionB = b.id;
  });

  it('refused: a second opinion to the same agency (DUPLICATE), an agency without findings, an open batch (PRECONDITION_FAILED), a non-supervisor (FORBIDDEN)', async () => {
    expect(codes(await gql(s.url, ISSUE, { i: { batchId: ids.batch, agencyId: COUNTY_A } }, tokens.sup1))).toEqual(['DUPLICATE']);
    expect(codes(await gql(s.url, ISSUE, { i: { batchId: ids.batch, agencyId: BUREAU } }, tokens.sup1))).toEqual(['PRECONDITION_FAILED']);
    expect(codes(await gql(s.url, ISSUE, { i: { batchId: ids.firstBatch, agencyId: COUNTY_A } }, tokens.sup1))).toEqual(['PRECONDITION_FAILED']);
    expect(codes(await gql(s.url, ISSUE, { i: { batchId: ids.batch, agencyId: COUNTY_A } }, tokens.adminA))).toEqual(['FORBIDDEN']);
    const n = await s.orm.em.getConnection().execute(`select last from supervision.document_counter where kind = 'OPINION'`);
    expect(n.map((r: any) => r.last)).toEqual([2]); // no number taken by a refused issue
  });

  it('the supervised body reports; the supervisor does not accept (with the reason), it reports again, he accepts: mended on time', async () => {
    let o = (await ok(s.url, OPINION, { id: ids.opinionA }, tokens.adminA)).supervisionOpinion;
    expect(o.availableActions).toEqual(['REPORT']);
    expect(codes(await gql(s.url, 'mutation($id: ID!, $v: Int!) { reportOpinionRectification(id: $id, version: $v, text: "已整改") { id } }', { id: ids.opinionA, v: o.version }, tokens.adminB))).toEqual(['NOT_FOUND']);
    const report = 'mutation($id: ID!, $v: Int!, $t: String!) { reportOpinionRectification(id: $id, version: $v, text: $t) { id version status } }';
    const decide = 'mutation($id: ID!, $v: Int!, $a: Boolean!, $n: String) { decideOpinionRectification(id: $id, version: $v, accepted: $a, note: $n) { id version status } }';
    o = (await ok(s.url, report, { id: ids.opinionA, v: o.version, t: '已补正案卷材料' }, tokens.adminA)).reportOpinionRectification;
    expect(o.status).toBe('REPORTED');
    expect(codes(await gql(s.url, decide, { id: ids.opinionA, v: o.version, a: false }, tokens.sup1))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(s.url, decide, { id: ids.opinionA, v: o.version, a: true }, tokens.adminA))).toEqual(['FORBIDDEN']);
    o = (await ok(s.url, decide, { id: ids.opinionA, v: o.version, a: false, n: '未附整改后的文书' }, tokens.sup1)).decideOpinionRectification;
    expect(o.status).toBe('ISSUED');
    o = (await ok(s.url, report, { id: ids.opinionA, v: o.version, t: '已补正案卷材料并附文书' }, tokens.adminA)).reportOpinionRectification;
    o = (await ok(s.url, decide, { id: ids.opinionA, v: o.version, a: true }, tokens.sup1)).decideOpinionRectification;
    const mended = (await ok(s.url, OPINION, { id: ids.opinionA }, tokens.sup1)).supervisionOpinion;
    expect(mended).toMatchObject({ status: 'MENDED', unmended: false, availableActions: [], deadline: { state: 'DONE', late: false, doneOn: TEST_TODAY } });
    expect(mended.reports.map((r: any) => r.accepted)).toEqual([false, true]);
  });

  it('003 第15条 对逾期未整改完毕的: an opinion past its deadline without an accepted report can become a notice, once (requireEscalatable / markEscalated)', async () => {
    const identity: Identity = { anonymous: false, userId: newId(), username: 'sup1', displayName: '监督甲', roles: ['SUPERVISOR'], agencyId: BUREAU, agencyPath: path[BUREAU]!, officerId: SUP1 };
    const ctx = { identity, clock: s.clock };
    const attempt = (opinionId: string) => s.orm.em.fork().transactional((tx) => requireEscalatable(tx, opinionId, ctx));
    await expect(attempt(ids.opinionB)).rejects.toMatchObject({ code: 'PRECONDITION_FAILED', message: expect.stringContaining('尚未届满') });
    await expect(attempt(ids.opinionA)).rejects.toMatchObject({ code: 'PRECONDITION_FAILED', message: expect.stringContaining('已整改完毕') });
    // back-date B's deadline (a fact of the past: issued long ago), so it is overdue now
    await s.orm.em.getConnection().execute(`update supervision.supervision_opinion set due_on = ? where id = ?`, [testDate({ days: -1 }), ids.opinionB]);
    const overdue = (await ok(s.url, OPINION, { id: ids.opinionB }, tokens.sup1)).supervisionOpinion;
    expect(overdue).toMatchObject({ unmended: true, availableActions: ['ESCALATE'], deadline: { state: 'OVERDUE', late: true } });
    const other = { identity: { ...identity, agencyId: OTHER, agencyPath: path[OTHER]! }, clock: s.clock };
    await expect(s.orm.em.fork().transactional((tx) => requireEscalatable(tx, ids.opinionB!, other))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // 004 第二十三条: the supervisor issues the notice through createNotice with the opinion — checked and marked in its transaction
    const CREATE = 'mutation($i: CreateNoticeInput!) { createNotice(input: $i) { id number sourceOpinionId } }';
    const input = { agencyId: COUNTY_B, grounds: ['SYSTEM_IRREGULAR'], facts: '监督意见书指出的问题逾期未整改完毕', requirement: '限期整改并报送整改情况', caseIds: [], complaintIds: [], opinionId: ids.opinionB };
    // addressed to another agency than the opinion's: refused, nothing issued, the opinion still escalatable
    expect(codes(await gql(s.url, CREATE, { i: { ...input, agencyId: COUNTY_A } }, tokens.sup1))).toEqual(['BAD_USER_INPUT']);
    const notice = (await ok(s.url, CREATE, { i: input }, tokens.sup1)).createNotice;
    expect(notice).toMatchObject({ sourceOpinionId: ids.opinionB, number: `监通〔${TEST_YEAR}〕1号` });
    const escalated = (await ok(s.url, OPINION, { id: ids.opinionB }, tokens.sup1)).supervisionOpinion;
    expect(escalated).toMatchObject({ escalatedToNoticeId: notice.id, escalatedNoticeNumber: notice.number, availableActions: [] });
    await expect(attempt(ids.opinionB)).rejects.toMatchObject({ code: 'PRECONDITION_FAILED', message: expect.stringContaining('已转为监督通知书') });
    // a second notice of the same opinion: refused, and no number taken
    expect(codes(await gql(s.url, CREATE, { i: input }, tokens.sup1))).toEqual(['PRECONDITION_FAILED']);
    // markEscalated alone refuses an opinion already escalated
    await expect(s.orm.em.fork().transactional((tx) => markEscalated(tx, ids.opinionB!, newId(), 'x', ctx))).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
    expect(codes(await gql(s.url, 'mutation($id: ID!, $v: Int!) { reportOpinionRectification(id: $id, version: $v, text: "迟到的整改") { id } }', { id: ids.opinionB, v: escalated.version }, tokens.adminB))).toEqual(['PRECONDITION_FAILED']);
  });

  it('lists: the supervised body sees its own opinions; OVERDUE filters the red ones', async () => {
    const list = async (token: string, filter: Record<string, unknown> = {}) => (await ok(s.url, 'query($f: SupervisionOpinionFilter) { supervisionOpinions(filter: $f) { total items { id } } }', { f: filter }, token)).supervisionOpinions;
    expect((await list(tokens.adminA)).items.map((x: any) => x.id)).toEqual([ids.opinionA]);
    expect((await list(tokens.sup1)).total).toBe(2);
    expect((await list(tokens.sup1, { dueState: 'OVERDUE' })).items.map((x: any) => x.id)).toEqual([ids.opinionB]);
    expect((await list(tokens.otherSup)).total).toBe(0);
  });
});

describe('EnforcementCase.fileReviews and Agency.reviews (contributed, paged, batched)', () => {
  const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on EnforcementCase { id fileReviews { total items { caseNumber result finding batch { id } } } } ... on Agency { id reviews(limit: 3) { total items { caseId finding } } } } }`;

  it('003 第15条: the reviews of a case (result, findings) and of an agency\'s cases, those the caller may see; the batch hidden from the supervised body', async () => {
    const d = (await ok(s.url, ENTITIES, { r: [{ __typename: 'EnforcementCase', id: ids.a2 }, { __typename: 'Agency', id: COUNTY_B }] }, tokens.adminA))._entities;
    expect(d[0].fileReviews.items.find((x: any) => x.finding)).toMatchObject({ result: 50, finding: true, batch: null }); // A's admin reads A's case file, not the bureau's batch
    expect(d[1].reviews).toEqual({ total: 0, items: [] }); // COUNTY_B is not his
    const sup = (await ok(s.url, ENTITIES, { r: [{ __typename: 'Agency', id: COUNTY_B }] }, tokens.sup1))._entities;
    expect(sup[0].reviews.total).toBeGreaterThanOrEqual(1);
    expect(sup[0].reviews.items.every((x: any) => x.caseId === ids.b1)).toBe(true);
  });

  it('the SQL statements do not grow with the number of cases (1 vs 6) or agencies (1 vs 3) asked', async () => {
    const count = async (r: { __typename: string; id: string }[]) => {
      const before = sqlCounter.statements;
      const d = (await ok(s.url, ENTITIES, { r }, tokens.sup1))._entities;
      expect(d).toHaveLength(r.length);
      return sqlCounter.statements - before;
    };
    const asCase = (c: string) => ({ __typename: 'EnforcementCase', id: c });
    const asAgency = (a: string) => ({ __typename: 'Agency', id: a });
    expect(await count([ids.a1, ids.a2, ids.a3, ids.b1, ids.violating, ids.handledBySup2].map(asCase))).toBe(await count([ids.a4].map(asCase)));
    expect(await count([COUNTY_A, COUNTY_B, BUREAU].map(asAgency))).toBe(await count([COUNTY_A].map(asAgency)));
  });
});
