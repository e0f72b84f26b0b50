/**
 * 案卷评查 (003 第15条: 市司法局每季度开展一次案卷抽查; 004 第十八条) through the real gateway, each subgraph in its own
 * process: a batch over the cases decided this quarter (decided through cases' API), the same seed drawing the same
 * sample, ≥2 reviewers, the automatic check flagging the steps taken by an officer whose certificate was suspended at
 * that instant and passing the clean cases, scoring, the finding and the 监督意见书 with its deadline; the fields
 * supervision contributes to the case, and their SQL statements not growing with the cases asked.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { computeDeadline, loadSeed000 } from '@jiandu/kit';
import { startTestPlatform, sqlStatements, type TestPlatform } from './support/platform.js';
import { codes, gql, ok } from './support/graphql.js';
import { TEST_TODAY, TEST_YEAR } from './support/subgraph.js';
import { buildReviewWorld, SEED_AGENCY, YAO, type ReviewWorld } from './support/reviews.js';
import { CRITERIA_V1, drawSample, quarterOf } from '../subgraphs/supervision/src/reviews/review.rules.js';

let p: TestPlatform;
let w: ReviewWorld;
let firstSample: string[] = [];
const Q = quarterOf(TEST_TODAY);
const seed = loadSeed000();

const CREATE = 'mutation($i: CreateReviewBatchInput!) { createReviewBatch(input: $i) { id version seed candidateIds sampleIds sampleReproducible reviewers { officerId name certificateNumber } } }';
const BATCH = `query($id: ID!) { reviewBatch(id: $id) { id version status availableActions agency { name }
  files { id caseId caseNumber finding result case { number stage } check { checkedSteps unattributedSteps violations { officerId officerName status reason what } }
    sheets { id reviewerId version mine reviewer { name } } } } }`;
const SCORE = 'mutation($id: ID!, $v: Int!, $s: [ReviewScoreInput!]!) { scoreReviewCase(sheetId: $id, version: $v, scores: $s) { id total } }';
const full = () => CRITERIA_V1.items.map((c) => ({ code: c.code, score: c.maxScore }));
const batchInput = (o: Record<string, unknown>) => ({ i: { agencyId: SEED_AGENCY, year: Q.year, quarter: Q.quarter, reviewerIds: w.reviewers.map((r) => r.id), ...o } });

beforeAll(async () => {
  p = await startTestPlatform({ label: 'reviews' });
  w = await buildReviewWorld(p);
}, 300_000);
afterAll(() => p?.stop());

describe('案卷抽查 through the gateway (003 第15条)', () => {
  let batchId: string;

  it('003 第15条: the candidates are the cases decided this quarter, asked of cases; the same seed draws the same sample twice', async () => {
    const a = (await ok(p.gatewayUrl, CREATE, batchInput({ seed: '同一种子', sampleSize: 2 }), w.tokens.supervisor)).createReviewBatch;
    const all = [w.cases.violating, ...w.cases.clean].sort();
    expect(a.candidateIds).toEqual(all);
    expect(a.sampleIds).toEqual(drawSample('同一种子', all, 2));
    firstSample = a.sampleIds;
    expect(a.reviewers.map((r: any) => r.name)).toEqual(['评查员甲', '评查员乙']);
    expect(a.reviewers.every((r: any) => /^3100009/.test(r.certificateNumber))).toBe(true);
    const b = (await ok(p.gatewayUrl, CREATE, batchInput({ seed: '同一种子', sampleSize: 2 }), w.tokens.supervisor2)).createReviewBatch;
    expect(b.sampleIds).toEqual(a.sampleIds);
    expect(b.sampleReproducible).toBe(true);
    expect(codes(await gql(p.gatewayUrl, CREATE, batchInput({ reviewerIds: [w.reviewers[0]!.id] }), w.tokens.supervisor))).toEqual(['PRECONDITION_FAILED']);
    expect(codes(await gql(p.gatewayUrl, CREATE, batchInput({ reviewerIds: [w.reviewers[0]!.id, YAO] }), w.tokens.supervisor))).toEqual(['NOT_ENTITLED']);
  });

  it('004 第十一条: the automatic check flags every step 姚建军 took while his certificate was suspended, and passes 潘铤\'s cases', async () => {
    batchId = (await ok(p.gatewayUrl, CREATE, batchInput({ seed: '全部', sampleSize: 3 }), w.tokens.supervisor)).createReviewBatch.id;
    let b = (await ok(p.gatewayUrl, BATCH, { id: batchId }, w.tokens.supervisor)).reviewBatch;
    await ok(p.gatewayUrl, 'mutation($id: ID!, $v: Int!) { runReviewCheck(id: $id, version: $v) { id } }', { id: batchId, v: b.version }, w.tokens.supervisor);
    b = (await ok(p.gatewayUrl, BATCH, { id: batchId }, w.tokens.supervisor)).reviewBatch;
    const violating = b.files.find((f: any) => f.caseId === w.cases.violating);
    // 立案, 调查取证, 告知, 陈述申辩, 决定: five steps, each by him, each while suspended
    expect(violating.check.checkedSteps).toBe(5);
    expect(violating.check.violations).toHaveLength(5);
    expect(violating.check.violations.every((v: any) => v.officerId === YAO && v.officerName === '姚建军' && v.status === 'SUSPENDED' && v.reason === 'SUSPENDED')).toBe(true);
    expect(violating.check.violations.map((v: any) => v.what)).toEqual(['立案登记', '进入调查取证', '进入告知', '进入陈述申辩', '进入决定']);
    expect(violating.finding).toBe(true);
    for (const id of w.cases.clean) {
      const f = b.files.find((x: any) => x.caseId === id);
      expect(f.check).toEqual({ checkedSteps: 5, unattributedSteps: 0, violations: [] });
      expect(f.case).toEqual({ number: f.caseNumber, stage: 'DECISION' }); // the case itself, from cases
    }
    expect(b.agency.name).toBe(seed.agency.name);
  });

  it('003 第15条: each reviewer scores his own sheets; concluded, the violating case is the finding; the 监督意见书 goes to its agency with a 30-day deadline', async () => {
    let b = (await ok(p.gatewayUrl, BATCH, { id: batchId }, w.tokens.supervisor)).reviewBatch;
    for (const f of b.files) {
      for (const sh of f.sheets) {
        const token = sh.reviewerId === w.reviewers[0]!.id ? w.tokens.supervisor : w.tokens.supervisor2;
        const other = sh.reviewerId === w.reviewers[0]!.id ? w.tokens.supervisor2 : w.tokens.supervisor;
        expect(codes(await gql(p.gatewayUrl, SCORE, { id: sh.id, v: sh.version, s: full() }, other))).toEqual(['FORBIDDEN']);
        expect((await ok(p.gatewayUrl, SCORE, { id: sh.id, v: sh.version, s: full() }, token)).scoreReviewCase.total).toBe(100);
      }
    }
    b = (await ok(p.gatewayUrl, BATCH, { id: batchId }, w.tokens.supervisor)).reviewBatch;
    expect(b.files[0].sheets.map((s: any) => s.reviewer.name).sort()).toEqual(['评查员乙', '评查员甲'].sort()); // names from personnel
    await ok(p.gatewayUrl, 'mutation($id: ID!, $v: Int!) { concludeReviewBatch(id: $id, version: $v) { status } }', { id: batchId, v: b.version }, w.tokens.supervisor);
    b = (await ok(p.gatewayUrl, BATCH, { id: batchId }, w.tokens.supervisor)).reviewBatch;
    expect(b.files.filter((f: any) => f.finding).map((f: any) => f.caseId)).toEqual([w.cases.violating]);
    expect(b.files.every((f: any) => f.result === 100)).toBe(true);
    const o = (await ok(p.gatewayUrl, 'mutation($i: IssueReviewOpinionInput!) { issueReviewOpinion(input: $i) { id number agencyName issuerName agency { name } findings { caseId } deadline { dueOn state rule } } }', {
      i: { batchId, agencyId: w.childAgencyId },
    }, w.tokens.supervisor)).issueReviewOpinion;
    expect(o).toMatchObject({ number: `监意〔${TEST_YEAR}〕1号`, agencyName: w.childAgencyName, issuerName: seed.agency.name, agency: { name: w.childAgencyName }, findings: [{ caseId: w.cases.violating }] });
    expect(o.deadline).toMatchObject({ dueOn: computeDeadline({ start: TEST_TODAY, amount: 30, unit: 'NATURAL_DAYS' }).due, state: 'OK' });
    expect(o.deadline.rule).toContain('004 第二十四条');
  });

  it('EnforcementCase.fileReviews next to the case\'s own fields; the SQL statements do not grow with the cases asked', async () => {
    const c = (await ok(p.gatewayUrl, 'query($id: ID!) { case(id: $id) { number fileReviews { total items { finding result findingReasons { kind } } } } }', { id: w.cases.violating }, w.tokens.supervisor)).case;
    expect(c.fileReviews.total).toBe(firstSample.includes(w.cases.violating) ? 3 : 1); // drawn by both 同一种子 batches, or by neither
    expect(c.fileReviews.items.some((r: any) => r.finding && r.findingReasons.some((x: any) => x.kind === 'ENTITLEMENT_VIOLATION'))).toBe(true);
    const list = 'query($n: Int!) { cases(limit: $n, orderBy: { field: NUMBER, direction: ASC }) { items { number fileReviews { total items { result finding batch { id } } } } } }';
    const before = await sqlStatements(p);
    await ok(p.gatewayUrl, list, { n: 1 }, w.tokens.supervisor);
    const one = (await sqlStatements(p)) - before;
    const again = await sqlStatements(p);
    await ok(p.gatewayUrl, list, { n: 3 }, w.tokens.supervisor);
    expect((await sqlStatements(p)) - again).toBe(one);
  });
});
