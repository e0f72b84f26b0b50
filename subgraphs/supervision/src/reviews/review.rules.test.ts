import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { InputProblems } from '@jiandu/kit';
import {
  caseResult, checkCriteria, checkQuarter, checkScores, checkSeed, CRITERIA_V1, DEFAULT_SAMPLE_POLICY, drawSample, eligibleReviewers, findingReasons,
  FindingReasonKind, quarterLabel, checkReviewerCount, requireReviewersPerCase, quarterOf, quarterPeriod, RecusalReason, recusalsFor, sampleSize, stepViolations, checkKey, type Score,
} from './review.rules.js';

const ids = Array.from({ length: 40 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
const problems = (f: (p: InputProblems) => unknown) => {
  const p = new InputProblems();
  f(p);
  return p.problems;
};
const full = (over: Partial<Record<string, Partial<Score>>> = {}): Score[] =>
  CRITERIA_V1.items.map((c) => ({ code: c.code, score: c.maxScore, note: null, ...over[c.code] }));

describe('003 第15条 每季度开展一次案卷抽查: the quarter', () => {
  it('003 第15条: quarters are calendar quarters; Q4 ends on December 31, Q1 of a leap year ends on March 31', () => {
    expect(quarterPeriod(2026, 4)).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(quarterPeriod(2028, 1)).toEqual({ from: '2028-01-01', to: '2028-03-31' });
    expect(quarterPeriod(2026, 2)).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(quarterOf('2026-11-24')).toEqual({ year: 2026, quarter: 4 });
    expect(quarterOf('2026-03-31')).toEqual({ year: 2026, quarter: 1 });
    expect(quarterLabel(2026, 3)).toBe('2026年第三季度');
  });

  it('003 第15条: the current or an earlier quarter may be reviewed, not one still to come', () => {
    expect(problems((p) => checkQuarter(p, 2026, 4, '2026-11-24'))).toEqual([]);
    expect(problems((p) => checkQuarter(p, 2026, 3, '2026-11-24'))).toEqual([]);
    expect(problems((p) => checkQuarter(p, 2027, 1, '2026-11-24')).map((x) => x.field)).toEqual(['quarter']);
    expect(problems((p) => checkQuarter(p, 2026, 5, '2026-11-24')).map((x) => x.field)).toEqual(['quarter']);
  });
});

describe('003 第15条 案卷抽查 with a recorded seed: the same seed over the same candidates draws the same cases', () => {
  it('003 第15条: deterministic — the same seed and candidates give the same sample, whatever their order or repeats', () => {
    const a = drawSample('2026Q4-昌吉', ids, 5);
    expect(a).toHaveLength(5);
    expect(drawSample('2026Q4-昌吉', [...ids].reverse(), 5)).toEqual(a);
    expect(drawSample('2026Q4-昌吉', [...ids, ...ids.slice(0, 10)], 5)).toEqual(a);
    expect(new Set(a).size).toBe(5);
    a.forEach((id) => expect(ids).toContain(id));
  });

  it('003 第15条: the order is sha256(seed | caseId) — anyone can redraw it by hand', () => {
    const byHand = [...ids].sort((x, y) => {
      const hx = createHash('sha256').update(`s|${x}`).digest('hex');
      const hy = createHash('sha256').update(`s|${y}`).digest('hex');
      return hx < hy ? -1 : 1;
    });
    expect(drawSample('s', ids, 7)).toEqual(byHand.slice(0, 7));
  });

  it('003 第15条: another seed draws (almost surely) other cases; a larger sample extends the smaller one', () => {
    expect(drawSample('seed-a', ids, 5)).not.toEqual(drawSample('seed-b', ids, 5));
    expect(drawSample('seed-a', ids, 8).slice(0, 5)).toEqual(drawSample('seed-a', ids, 5));
    expect(drawSample('seed-a', ids.slice(0, 3), 5)).toHaveLength(3);
    expect(drawSample('seed-a', [], 5)).toEqual([]);
  });

  it('the default size: 10% rounded up, at least 5 (all when fewer), at most 100; a given size is checked against the candidates', () => {
    const p = new InputProblems();
    expect(sampleSize(3, null, p)).toEqual({ size: 3, policy: DEFAULT_SAMPLE_POLICY });
    expect(sampleSize(40, null, p).size).toBe(5);
    expect(sampleSize(123, null, p).size).toBe(13);
    expect(sampleSize(5000, null, p).size).toBe(100);
    expect(sampleSize(40, 7, p)).toEqual({ size: 7, policy: '指定：抽取 7 件' });
    expect(p.problems).toEqual([]);
    expect(problems((q) => sampleSize(4, 5, q)).map((x) => x.message)).toEqual(['抽取数量不能超过候选案卷数（4 件）']);
    expect(problems((q) => sampleSize(400, 101, q)).map((x) => x.field)).toEqual(['sampleSize']);
    expect(problems((q) => sampleSize(40, 0, q)).map((x) => x.field)).toEqual(['sampleSize']);
  });

  it('a given seed is 1–64 visible characters, trimmed', () => {
    const p = new InputProblems();
    expect(checkSeed(p, '  2026年第四季度 ')).toBe('2026年第四季度');
    expect(checkSeed(p, null)).toBeNull();
    expect(p.problems).toEqual([]);
    expect(problems((q) => checkSeed(q, ' ')).map((x) => x.field)).toEqual(['seed']);
    expect(problems((q) => checkSeed(q, 'x'.repeat(65))).map((x) => x.field)).toEqual(['seed']);
  });
});

describe('004 第二十一条 回避: the conflicts the platform sees itself', () => {
  const reviewers = [
    { officerId: 'r1', name: '甲', agencyId: 'bureau' },
    { officerId: 'r2', name: '乙', agencyId: 'county' },
    { officerId: 'h1', name: '丙', agencyId: 'bureau' },
  ];

  it('004 第二十一条: a reviewer who handled the case (利害关系) and one of the case\'s own agency (可能影响公正) are recused, with the reason', () => {
    const r = recusalsFor(reviewers, { agencyId: 'county', handlerIds: ['h1', 'x'] });
    expect(r).toEqual([
      { officerId: 'r2', name: '乙', reason: RecusalReason.OWN_AGENCY, rule: expect.stringContaining('004 第二十一条') },
      { officerId: 'h1', name: '丙', reason: RecusalReason.HANDLED_CASE, rule: expect.stringContaining('利害关系') },
    ]);
    expect(eligibleReviewers(reviewers, r).map((x) => x.officerId)).toEqual(['r1']);
  });

  it('004 第二十一条: the bureau above the case\'s agency is the supervisor, not conflicted; handling wins over the agency', () => {
    expect(recusalsFor(reviewers, { agencyId: 'township', handlerIds: [] })).toEqual([]);
    expect(recusalsFor([{ officerId: 'r2', name: '乙', agencyId: 'county' }], { agencyId: 'county', handlerIds: ['r2'] })[0]!.reason).toBe(RecusalReason.HANDLED_CASE);
  });
});

describe('at least two reviewers (004 第二十二条 by analogy), also after 回避 (004 第二十一条)', () => {
  it('004 第二十二条: one reviewer (or one named twice) is PRECONDITION_FAILED; two distinct are enough', () => {
    expect(() => checkReviewerCount(['r1'])).toThrow('不少于 2 名');
    expect(() => checkReviewerCount(['r1', 'r1'])).toThrow(expect.objectContaining({ code: 'PRECONDITION_FAILED' }));
    expect(checkReviewerCount(['r1', 'r2', 'r1'])).toEqual(['r1', 'r2']);
    expect(() => checkReviewerCount(Array.from({ length: 21 }, (_, i) => `r${i}`))).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });

  it('004 第二十一条, 第二十二条: a case left with fewer than two reviewers after 回避 is refused, naming it and who is recused', () => {
    const reviewers = [{ officerId: 'r1', name: '甲', agencyId: 'bureau' }, { officerId: 'r2', name: '乙', agencyId: 'county' }, { officerId: 'r3', name: '丙', agencyId: 'bureau' }];
    const ok = { number: '〔2026〕0001号', recusals: recusalsFor(reviewers, { agencyId: 'county', handlerIds: [] }) };
    expect(() => requireReviewersPerCase([ok], reviewers)).not.toThrow();
    const short = { number: '〔2026〕0002号', recusals: recusalsFor(reviewers, { agencyId: 'county', handlerIds: ['r3'] }) };
    expect(() => requireReviewersPerCase([ok, short], reviewers)).toThrow('案件〔2026〕0002号回避后评查人员不足 2 名（回避：乙（本单位）、丙（曾承办）');
  });
});

describe('versioned criteria (003 第15条; 004 第九条)', () => {
  it('003 第15条: version 1 scores 主体, 权限, 内容, 程序, 决定, 制度落实, 100 points, below 60 a finding', () => {
    expect(CRITERIA_V1.items.map((c) => c.name)).toEqual(['执法主体', '执法权限', '执法内容', '执法程序', '执法决定', '制度落实']);
    expect(CRITERIA_V1.items.reduce((s, c) => s + c.maxScore, 0)).toBe(100);
    expect(CRITERIA_V1.findingBelow).toBe(60);
    expect(problems((p) => checkCriteria(p, CRITERIA_V1.items, 60))).toEqual([]);
  });

  it('a new version: codes unique, maxima adding to 100, a threshold 1–100 — every problem at once', () => {
    const bad = problems((p) => checkCriteria(p, [{ code: 'subject', name: '主体', maxScore: 50, description: '' }, { code: 'SUBJECT', name: '', maxScore: 40, description: '' }], 0));
    expect(bad.map((x) => x.message)).toEqual(['评查项目代码不能重复', '第 2 项：请填写名称（不超过 50 字）', '各项满分之和应为 100 分（现为 90 分）', '问题线应为 1–100 的整数']);
  });
});

describe('scoring (003 第15条): per criterion 0..max, a note wherever points are deducted', () => {
  it('003 第15条: full marks need no note; a deduction does; the scores come back in the criteria\'s order', () => {
    expect(checkScores(CRITERIA_V1, full()).map((s) => s.score)).toEqual([15, 15, 20, 20, 15, 15]);
    const deducted = full({ PROCEDURE: { score: 12, note: ' 未告知陈述申辩权 ' } });
    expect(checkScores(CRITERIA_V1, [...deducted].reverse())[3]).toEqual({ code: 'PROCEDURE', score: 12, note: '未告知陈述申辩权' });
  });

  it('003 第15条: a deduction without a note, a score above the maximum, a missing or unknown criterion are refused together', () => {
    const scores = full({ PROCEDURE: { score: 12 }, CONTENT: { score: 21, note: 'x' } }).filter((s) => s.code !== 'SYSTEMS');
    let problemsSeen: { field: string; message: string }[] = [];
    try {
      checkScores(CRITERIA_V1, [...scores, { code: 'NOPE', score: 1, note: null }]);
    } catch (e) {
      problemsSeen = (e as { details: { problems: { field: string; message: string }[] } }).details.problems;
    }
    expect(problemsSeen.map((x) => x.field)).toEqual(['scores', 'scores.CONTENT', 'scores.PROCEDURE', 'scores']);
    expect(problemsSeen.map((x) => x.message)).toContain('“执法程序”扣分，请写明扣分理由');
    expect(problemsSeen.map((x) => x.message)).toContain('请为“制度落实”评分');
  });

  it('a criteria version is a pinned set: a score for a code it does not have is refused', () => {
    const v2 = { version: 2, findingBelow: 70, items: [{ code: 'ALL', name: '全部', maxScore: 100, description: '' }] };
    expect(() => checkScores(v2, full())).toThrow('评查标准第2版没有项目');
    expect(checkScores(v2, [{ code: 'ALL', score: 100, note: null }])).toEqual([{ code: 'ALL', score: 100, note: null }]);
  });
});

describe('a case\'s result and whether it is a finding (003 第15条)', () => {
  it('the result is the reviewers\' average, half up to one decimal; none until every reviewer scored', () => {
    expect(caseResult([80, 85])).toBe(82.5);
    expect(caseResult([80, 85, 86])).toBe(83.7);
    expect(caseResult([59, 60])).toBe(59.5);
    expect(caseResult([70, null])).toBeNull();
    expect(caseResult([])).toBeNull();
  });

  it('003 第15条: below the line is a finding; at the line it is not', () => {
    expect(findingReasons(CRITERIA_V1, 59.5, [], 0).map((r) => r.kind)).toEqual([FindingReasonKind.LOW_SCORE]);
    expect(findingReasons(CRITERIA_V1, 60, [], 0)).toEqual([]);
  });

  it('003 第15条: any criterion scored 0 by any reviewer is a finding whatever the total, naming who and why', () => {
    const sheets = [
      { reviewerName: '甲', scores: full({ SUBJECT: { score: 0, note: '承办人无行政执法证' } }) },
      { reviewerName: '乙', scores: full() },
    ];
    const r = findingReasons(CRITERIA_V1, 92.5, sheets, 0);
    expect(r).toEqual([{ kind: FindingReasonKind.ZERO_CRITERION, text: '“执法主体”被评为 0 分（甲）：承办人无行政执法证' }]);
  });

  it('004 第十一条: a step by an officer not entitled then is a finding, even with full marks', () => {
    expect(findingReasons(CRITERIA_V1, 100, [{ reviewerName: '甲', scores: full() }], 2)).toEqual([
      { kind: FindingReasonKind.ENTITLEMENT_VIOLATION, text: '自动核查：2 个执法步骤由当时不具备执法资格的人员作出（004 第十一条）' },
    ]);
  });
});

describe('the automatic check (004 第十一条 持证上岗 at each recorded step; 003 第4条)', () => {
  const at = new Date('2026-11-20T02:00:00Z');
  const later = new Date('2026-11-21T02:00:00Z');
  const c = {
    agencyId: 'a',
    field: '节能',
    steps: [
      { kind: 'TRANSITION', id: 's1', officerId: null, actorName: '管理员', at, what: '立案登记' },
      { kind: 'TRANSITION', id: 's2', officerId: 'o1', actorName: '潘铤', at, what: '进入调查取证' },
      { kind: 'RECORD', id: 's3', officerId: 'o2', actorName: '姚建军', at: later, what: '全过程记录第1条（照片）' },
    ],
  };

  it('004 第十一条: a step whose officer was suspended at its instant is a violation with the status then; a clerk\'s registration is not an officer\'s act', () => {
    const answers = new Map([
      [checkKey('a', '节能', 'o1', at), { officerName: '潘铤', entitled: true, status: 'VALID', reason: null }],
      [checkKey('a', '节能', 'o2', later), { officerName: '姚建军', entitled: false, status: 'SUSPENDED', reason: 'SUSPENDED' }],
    ]);
    expect(stepViolations(c, answers)).toEqual({
      checked: 2,
      unattributed: 1,
      violations: [{ kind: 'RECORD', stepId: 's3', what: '全过程记录第1条（照片）', officerId: 'o2', officerName: '姚建军', at: later.toISOString(), status: 'SUSPENDED', reason: 'SUSPENDED' }],
    });
  });

  it('a step without an answer is an error, never a pass (fail closed)', () => {
    expect(() => stepViolations(c, new Map())).toThrow('no entitlement answer');
  });
});
