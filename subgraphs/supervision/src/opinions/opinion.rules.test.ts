import { describe, expect, it } from '@jest/globals';
import { addDays, computeDeadline, InputProblems } from '@jiandu/kit';
import { OpinionStatus } from './opinion.entity.js';
import {
  checkVerdict, defaultRequirements, doneOn, escalationRefusal, isUnmended, OPINION_RULE_DEFAULT, opinionActions, opinionDeadline, OpinionAction, requireReportable,
} from './opinion.rules.js';

const facts = (status: OpinionStatus, dueOn = '2026-12-24', escalatedToNoticeId: string | null = null) => ({ status, dueOn, escalatedToNoticeId });

describe('the rectification deadline of a 监督意见书 (003 第15条; 004 第二十四条 by analogy)', () => {
  it('004 第二十四条 (by analogy): thirty natural days from the day of issue by default, stored with its rule', () => {
    const p = new InputProblems();
    const d = opinionDeadline('2026-11-24', null, p)!;
    expect(d).toMatchObject({ rule: OPINION_RULE_DEFAULT, period: { start: '2026-11-24', amount: 30, unit: 'NATURAL_DAYS' } });
    expect(d.dueOn).toBe(computeDeadline({ start: '2026-11-24', amount: 30, unit: 'NATURAL_DAYS' }).due);
    expect(p.problems).toEqual([]);
  });

  it('民法典 第二百零三条: a period ending on a holiday ends on the next working day (2026-09-01 + 30 → after 国庆)', () => {
    const d = opinionDeadline('2026-09-01', null, new InputProblems())!;
    expect(d.dueOn > '2026-10-01').toBe(true);
    expect(d.dueOn).toBe(computeDeadline({ start: '2026-09-01', amount: 30, unit: 'NATURAL_DAYS' }).due);
  });

  it('003 第15条: the issuer may set 1–90 days; the rule then says so', () => {
    const d = opinionDeadline('2026-11-24', 15, new InputProblems())!;
    expect(d.rule).toContain('15日内整改');
    expect(d.period.amount).toBe(15);
    const p = new InputProblems();
    expect(opinionDeadline('2026-11-24', 91, p)).toBeNull();
    expect(p.problems.map((x) => x.field)).toEqual(['rectifyDays']);
  });
});

describe('report, verdict and escalation (003 第15条 督促执法单位整改；对逾期未整改完毕的…)', () => {
  it('004 第二十四条 (by analogy): the supervised body reports while the opinion waits; not twice, not once mended or escalated', () => {
    expect(() => requireReportable(facts(OpinionStatus.ISSUED))).not.toThrow();
    expect(() => requireReportable(facts(OpinionStatus.REPORTED))).toThrow('尚待审核');
    expect(() => requireReportable(facts(OpinionStatus.MENDED))).toThrow('已整改完毕');
    expect(() => requireReportable(facts(OpinionStatus.ISSUED, '2026-12-24', 'n1'))).toThrow('已转为监督通知书');
  });

  it('003 第15条: a report not accepted needs a reason; an accepted one needs none', () => {
    expect(checkVerdict(facts(OpinionStatus.REPORTED), true, null)).toBeNull();
    expect(checkVerdict(facts(OpinionStatus.REPORTED), false, ' 未附整改材料 ')).toBe('未附整改材料');
    expect(() => checkVerdict(facts(OpinionStatus.REPORTED), false, '')).toThrow('请写明理由');
    expect(() => checkVerdict(facts(OpinionStatus.ISSUED), true, null)).toThrow('没有待审核的整改报告');
  });

  it('004 第二十四条 (by analogy): mended on the day of the accepted report (the deadline is met by reporting)', () => {
    const reports = [
      { reportedAt: '', reportedOn: '2026-12-01', reportedBy: 'a', text: 't', accepted: false, decidedAt: '', decidedBy: 's', note: '不全' },
      { reportedAt: '', reportedOn: '2026-12-10', reportedBy: 'a', text: 't', accepted: true, decidedAt: '', decidedBy: 's', note: null },
    ];
    expect(doneOn({ status: OpinionStatus.MENDED, reports })).toBe('2026-12-10');
    expect(doneOn({ status: OpinionStatus.ISSUED, reports: reports.slice(0, 1) })).toBeNull();
  });

  it('003 第15条 对逾期未整改完毕的: unmended only past the due day; escalation then, unless mended, escalated or a report waits', () => {
    const due = '2026-12-24';
    expect(isUnmended(facts(OpinionStatus.ISSUED, due), due)).toBe(false);
    expect(isUnmended(facts(OpinionStatus.ISSUED, due), addDays(due, 1))).toBe(true);
    expect(isUnmended(facts(OpinionStatus.MENDED, due), addDays(due, 1))).toBe(false);
    expect(escalationRefusal(facts(OpinionStatus.ISSUED, due), due)).toContain('尚未届满');
    expect(escalationRefusal(facts(OpinionStatus.ISSUED, due), addDays(due, 1))).toBeNull();
    expect(escalationRefusal(facts(OpinionStatus.REPORTED, due), addDays(due, 1))).toContain('请先审核整改报告');
    expect(escalationRefusal(facts(OpinionStatus.MENDED, due), addDays(due, 1))).toContain('已整改完毕');
    expect(escalationRefusal(facts(OpinionStatus.ISSUED, due, 'n1'), addDays(due, 1))).toContain('已转为监督通知书');
  });

  it('the console is offered exactly what the commands allow', () => {
    const late = '2027-01-05';
    expect(opinionActions(facts(OpinionStatus.ISSUED), '2026-12-01', { answer: true, supervise: false })).toEqual([OpinionAction.REPORT]);
    expect(opinionActions(facts(OpinionStatus.ISSUED), late, { answer: false, supervise: true })).toEqual([OpinionAction.ESCALATE]);
    expect(opinionActions(facts(OpinionStatus.REPORTED), late, { answer: true, supervise: true })).toEqual([OpinionAction.ACCEPT]);
    expect(opinionActions(facts(OpinionStatus.MENDED), late, { answer: true, supervise: true })).toEqual([]);
  });

  it('the default requirements ask for rectification of the listed findings and a written report', () => {
    const t = defaultRequirements([{ caseNumber: '〔2026〕0003号' }, { caseNumber: '〔2026〕0004号' }]);
    expect(t).toContain('对照所列2件案卷存在的问题逐项整改');
    expect(t).toContain('书面报送整改情况');
  });
});
