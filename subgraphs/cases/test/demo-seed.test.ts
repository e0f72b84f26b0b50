/**
 * The demo cases of SEED_DEMO (seed/demo-cases.ts): written through the case rules, so they keep every invariant
 * a registered case keeps — gapless numbers per agency and year, ≥ 2 handlers with one lead (001), every move the
 * next stage of the case's path (000 二(四)), a major case in review with its open round (004 第十六条).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadSeed000, seedIds, toLocalDate } from '@jiandu/kit';
import { startSubgraphForTest, TEST_NOW, type SubgraphUnderTest } from '../../../e2e/support/subgraph.js';
import { ok } from '../../../e2e/support/graphql.js';
import { createCasesOrm, SCHEMA } from '../src/orm.js';
import { buildCasesSchema } from '../src/schema.js';
import { createLoaders } from '../src/loaders.js';
import { seedCases } from '../src/seed/seed.js';
import { nextStage, stagePath } from '../src/cases/case.rules.js';
import { CaseStage } from '../src/cases/case.enums.js';
import { MatterCategory } from '../src/matters/matter.entity.js';
import { CasePublication, PublicationStatus } from '../src/publicity/publicity.entity.js';

const seed = loadSeed000();
const DEMO = { seedDemo: true, nodeEnv: 'development' as const };
let s: SubgraphUnderTest;
let admin: string;

const CASES = `{ cases(limit: 50, orderBy: { field: NUMBER, direction: ASC }) { total items {
  number year seq stage major category registeredOn registeredAt decidedOn hearingHeld reviewSubmittedAt decisionKinds fineYuan servedOn closedAt
  handlers { officerId officerName lead certificateNumber releasedAt }
  transitions { fromStage toStage actorName note at }
  legalReviews { round outcome opinion }
} } }`;

beforeAll(async () => {
  s = await startSubgraphForTest({ label: 'cases_demo', createOrm: createCasesOrm, schemaName: SCHEMA, buildSchema: buildCasesSchema, createLoaders, seed: (em, now) => seedCases(em, now, DEMO) });
  admin = await s.token(['SYSTEM_ADMIN']);
});
afterAll(() => s?.stop());

describe('demo cases (SEED_DEMO)', () => {
  it('five cases at different stages, numbered without gaps in the order registered (000 二(四); 001)', async () => {
    const { cases } = await ok(s.url, CASES, {}, admin);
    expect(cases.total).toBe(5);
    const items = cases.items as any[];
    const byYear = new Map<number, number[]>();
    for (const c of items) byYear.set(c.year, [...(byYear.get(c.year) ?? []), c.seq]);
    for (const seqs of byYear.values()) expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    const chronological = [...items].sort((a, b) => a.registeredAt.localeCompare(b.registeredAt));
    expect(chronological.map((c) => c.stage)).toEqual([CaseStage.CLOSED, CaseStage.DECISION, CaseStage.LEGAL_REVIEW, CaseStage.INVESTIGATION, CaseStage.REGISTERED]);
    // the newest is registered today by the seed's clock
    expect(chronological[4].registeredOn).toBe(toLocalDate(new Date(TEST_NOW)));
  });

  it('each has the two demo officers as handlers, 潘铤 the lead, with their certificates (001)', async () => {
    const { cases } = await ok(s.url, CASES, {}, admin);
    for (const c of cases.items as any[]) {
      expect(c.handlers.map((h: any) => [h.officerId, h.officerName, h.lead, h.certificateNumber, h.releasedAt])).toEqual([
        [seedIds.officer(seed.officers[0]!.certificateNumber), '潘铤', true, '31000036001', null],
        [seedIds.officer(seed.officers[1]!.certificateNumber), '姚建军', false, '31000036008', null],
      ]);
    }
  });

  it('every recorded move is the next stage of the path, none skipped, except a returned review going back (000 二(四); 004 第十六条)', async () => {
    const { cases } = await ok(s.url, CASES, {}, admin);
    for (const c of cases.items as any[]) {
      const path = stagePath(c.category as MatterCategory, c.hearingHeld, c.major);
      expect(c.transitions[0]).toMatchObject({ fromStage: null, toStage: CaseStage.REGISTERED });
      for (const t of c.transitions.slice(1)) {
        if (t.fromStage === CaseStage.LEGAL_REVIEW && t.note?.startsWith('法制审核退回')) expect(path.indexOf(t.toStage)).toBe(path.indexOf(CaseStage.LEGAL_REVIEW) - 1);
        else expect(t.toStage).toBe(nextStage(path, t.fromStage));
      }
      expect(c.transitions.at(-1).toStage).toBe(c.stage);
      const times = c.transitions.map((t: any) => t.at);
      expect([...times].sort()).toEqual(times);
    }
  });

  it('the major case waits for legal review: a returned round with its reasons, then an open one first in the queue (004 第十六条)', async () => {
    const { cases } = await ok(s.url, CASES, {}, admin);
    const major = (cases.items as any[]).find((c) => c.stage === CaseStage.LEGAL_REVIEW);
    expect(major.major).toBe(true);
    expect(major.legalReviews).toEqual([
      { round: 1, outcome: 'RETURNED', opinion: expect.stringContaining('补充') },
      { round: 2, outcome: null, opinion: null },
    ]);
    expect(major.reviewSubmittedAt).not.toBeNull();
    const q = await ok(s.url, '{ legalReviewQueue { total items { number } } }', {}, await s.token(['SYSTEM_ADMIN']));
    expect(q.legalReviewQueue).toEqual({ total: 1, items: [{ number: major.number }] });
  });

  it('the decided case carries its decision (警告 and 罚款 with the amount), the closed one its dates', async () => {
    const { cases } = await ok(s.url, CASES, {}, admin);
    const decided = (cases.items as any[]).find((c) => c.stage === CaseStage.DECISION);
    expect(decided).toMatchObject({ decisionKinds: ['WARNING', 'FINE'], fineYuan: 3000, major: false });
    expect(decided.decidedOn < toLocalDate(new Date(TEST_NOW))).toBe(true);
    const closed = (cases.items as any[]).find((c) => c.stage === CaseStage.CLOSED);
    expect(closed.decisionKinds).toEqual(['GRANT']);
    expect(closed.servedOn >= closed.decidedOn).toBe(true);
    expect(closed.closedAt).not.toBeNull();
  });

  it('each decision opened its publication (002 （二）3): the closed case\'s is published in time; the decided one\'s is overdue', async () => {
    const { cases } = await ok(s.url, '{ cases { items { id stage decidedOn } } }', {}, admin);
    const today = toLocalDate(new Date(TEST_NOW));
    const pubs = await s.orm.em.fork().find(CasePublication, {});
    expect(pubs).toHaveLength(2);
    const of = (stage: string) => pubs.find((p) => p.caseId === (cases.items as any[]).find((c) => c.stage === stage).id)!;
    expect(of(CaseStage.CLOSED)).toMatchObject({ status: PublicationStatus.PUBLISHED });
    expect(of(CaseStage.CLOSED).publishedOn! <= of(CaseStage.CLOSED).dueOn).toBe(true);
    expect(of(CaseStage.DECISION)).toMatchObject({ status: PublicationStatus.PENDING, publishedOn: null });
    expect(of(CaseStage.DECISION).dueOn < today).toBe(true);
  });

  it('a re-run adds nothing (stable ids)', async () => {
    expect(await seedCases(s.orm.em.fork(), s.clock.now(), DEMO)).toEqual({ matters: 0, cases: 0 });
    const { cases } = await ok(s.url, '{ cases { total } }', {}, admin);
    expect(cases.total).toBe(5);
  });

  it('without SEED_DEMO, or under NODE_ENV=test, no demo case is written', async () => {
    expect(await seedCases(s.orm.em.fork(), s.clock.now())).toEqual({ matters: 0 });
    expect(await seedCases(s.orm.em.fork(), s.clock.now(), { seedDemo: true, nodeEnv: 'test' })).toEqual({ matters: 0 });
  });
});
