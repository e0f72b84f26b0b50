/**
 * Demo cases (development, SEED_DEMO): a handful of cases on the three matters of seed 000 at different stages —
 * one just registered, one in 调查取证, one major case waiting for legal review, one decided, one closed — so the
 * console has something to show. The seed cannot ask personnel whether the handlers are entitled, so it names the
 * two demo officers of seed 000 附件2 (潘铤 and 姚建军, whose certificates personnel's seed issues) and otherwise
 * writes every row through the same rules as the commands: parties, handlers, cause, grounds and decision checked
 * by case.rules.ts; gapless numbers from the agency's counter; every move the next stage of the case's path
 * (checkAdvance), recorded as a transition. Dates are relative to the seed's clock; ids are stable, so a re-run
 * adds nothing.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { ANONYMOUS, DEMO_USERS, loadSeed000, seedIds, stableId, toLocalDate, type Identity } from '@jiandu/kit';
import { onDecided } from '../publicity/publicity.service.js';
import { CasePublication, PublicationStatus } from '../publicity/publicity.entity.js';
import { redact } from '../publicity/publicity.rules.js';
import { EnforcementMatter } from '../matters/matter.entity.js';
import { CaseHandler, CaseParty, CaseTransition, EnforcementCase, LegalReviewRound } from '../cases/case.entity.js';
import { CaseStage, DecisionKind, LegalReviewOutcome, MajorGround, PartyKind } from '../cases/case.enums.js';
import {
  casePath, caseNumber, checkAdvance, checkCause, checkDecision, checkHandlers, checkMajorGrounds, checkOpinion, checkParties, checkStepDate,
  type PartyFields,
} from '../cases/case.rules.js';

const DAY = 86_400_000;
const REVIEWER = DEMO_USERS.find((u) => u.username === 'reviewer')!.displayName;

/** One step after registration, `day` days after it (fractions for hours). */
type Step =
  | { kind: 'advance'; to: CaseStage; day: number; note?: string }
  | { kind: 'major'; grounds: MajorGround[]; basis: string; day: number }
  | { kind: 'proposedFine'; fineYuan: number; day: number }
  | { kind: 'submit'; day: number }
  | { kind: 'review'; passed: boolean; opinion: string; day: number }
  | { kind: 'decide'; kinds: DecisionKind[]; content: string; fineYuan: number | null; day: number }
  | { kind: 'serve'; day: number }
  | { kind: 'execute'; day: number; note: string }
  | { kind: 'publish'; day: number }
  | { kind: 'close'; day: number; note: string };

interface DemoCase {
  key: string;
  matterSeq: number;
  /** Natural days before the seed's now. */
  daysAgo: number;
  cause: string;
  parties: PartyFields[];
  steps: Step[];
}

const S = CaseStage;

/** The demo cases, oldest registration first (their numbers follow that order). */
const DEMO_CASES: DemoCase[] = [
  {
    key: 'closed-reward',
    matterSeq: 2,
    daysAgo: 60,
    cause: '申报公共机构节能工作表彰奖励',
    parties: [{ kind: PartyKind.ORGANISATION, name: '自治区机关事务服务中心', idNumber: '126500004581234565', address: '新疆乌鲁木齐市天山区中山路1号', phone: '0991-2345678' }],
    steps: [
      { kind: 'advance', to: S.INVESTIGATION, day: 1, note: '审核申报材料' },
      { kind: 'decide', kinds: [DecisionKind.GRANT], content: '经审核，申报单位在公共机构节能工作中成绩显著，准予表彰奖励。', fineYuan: null, day: 10 },
      { kind: 'publish', day: 12 },
      { kind: 'serve', day: 12 },
      { kind: 'close', day: 14, note: '表彰决定已送达，材料归档' },
    ],
  },
  {
    key: 'decided-punishment',
    matterSeq: 1,
    daysAgo: 45,
    cause: '未按规定执行节能标准',
    parties: [{ kind: PartyKind.PERSON, name: '王某', idNumber: '650102197811051233', address: '新疆乌鲁木齐市沙依巴克区友好北路8号', phone: '13899001122' }],
    steps: [
      { kind: 'advance', to: S.INVESTIGATION, day: 1 },
      { kind: 'advance', to: S.NOTIFICATION, day: 8, note: '送达行政处罚事先告知书' },
      { kind: 'proposedFine', fineYuan: 3000, day: 8 },
      { kind: 'advance', to: S.STATEMENT, day: 11, note: '当事人提交书面陈述' },
      { kind: 'decide', kinds: [DecisionKind.WARNING, DecisionKind.FINE], content: '给予警告，并处罚款人民币三千元。当事人应自收到本决定书之日起十五日内缴纳罚款。', fineYuan: 3000, day: 21 },
      // its publication (公示, 7 working days from the decision) is created by the decision and left unpublished:
      // the one overdue publication of the demo
    ],
  },
  {
    key: 'major-in-review',
    matterSeq: 1,
    daysAgo: 30,
    cause: '公共机构违规使用高耗能设备，情节复杂',
    parties: [
      { kind: PartyKind.ORGANISATION, name: '某某科技有限公司', idNumber: '91650100MA7812345K', address: '新疆乌鲁木齐市高新区北京南路66号', phone: '0991-8765432' },
      { kind: PartyKind.PERSON, name: '李某', idNumber: '650104199007183528', address: '新疆乌鲁木齐市新市区长春路20号', phone: '13999887766' },
    ],
    steps: [
      { kind: 'advance', to: S.INVESTIGATION, day: 1 },
      { kind: 'major', grounds: [MajorGround.COMPLEX], basis: '涉及多个用能单位和设备供应商，法律关系复杂', day: 5 },
      { kind: 'advance', to: S.NOTIFICATION, day: 12 },
      { kind: 'proposedFine', fineYuan: 50000, day: 12 },
      { kind: 'advance', to: S.STATEMENT, day: 15 },
      { kind: 'submit', day: 20 },
      { kind: 'review', passed: false, opinion: '证据材料不完整，请补充设备能耗检测报告后重新提交', day: 23 },
      { kind: 'submit', day: 28 },
    ],
  },
  {
    key: 'investigation-inspection',
    matterSeq: 3,
    daysAgo: 6,
    cause: '年度公共机构节能监督检查',
    parties: [{ kind: PartyKind.ORGANISATION, name: '自治区某某学校', address: '新疆乌鲁木齐市水磨沟区南湖路5号' }],
    steps: [{ kind: 'advance', to: S.INVESTIGATION, day: 1, note: '现场检查' }],
  },
  {
    key: 'just-registered',
    matterSeq: 1,
    daysAgo: 0,
    cause: '涉嫌违法用能行为',
    parties: [{ kind: PartyKind.PERSON, name: '赵某', idNumber: '650102198503120414', phone: '13712345678' }],
    steps: [],
  },
];

/** Seeds the demo cases unless one of them exists already; returns how many it wrote. */
export async function seedDemoCases(em: EntityManager, now: Date): Promise<number> {
  const seed = loadSeed000();
  const agencyId = seedIds.agency(seed.agency.name);
  const officer = (seq: number) => {
    const o = seed.officers.find((x) => x.seq === seq)!;
    return { id: seedIds.officer(o.certificateNumber), name: o.name, certificateNumber: o.certificateNumber };
  };
  const pan = officer(1);
  // the deciding officer, as the decision's hooks see him (the records they open are the agency's)
  const panIdentity: Identity = { ...ANONYMOUS, anonymous: false, userId: seedIds.user('officer'), username: 'officer', displayName: pan.name, roles: ['OFFICER'], agencyId, officerId: pan.id };
  const yao = officer(2);
  const ids = DEMO_CASES.map((d) => stableId('demo-case', d.key));
  return em.transactional(async (tx) => {
    if ((await tx.count(EnforcementCase, { id: { $in: ids } })) > 0) return 0;
    // Never interleave backdated demo numbers with real cases of the agency: demo cases go only into an empty register.
    if ((await tx.count(EnforcementCase, { agencyId })) > 0) return 0;
    for (const [i, d] of DEMO_CASES.entries()) {
      const matter = await tx.findOneOrFail(EnforcementMatter, { id: seedIds.matter(seed.agency.name, d.matterSeq) });
      const registeredAt = new Date(now.getTime() - d.daysAgo * DAY - (d.daysAgo === 0 ? 3_600_000 : 0));
      const at = (day: number) => new Date(registeredAt.getTime() + day * DAY);
      const registeredOn = toLocalDate(registeredAt);
      const year = Number(registeredOn.slice(0, 4));
      const cause = checkCause(d.cause);
      const parties = checkParties(d.parties);
      const handlerIds = checkHandlers([pan.id, yao.id], pan.id);
      const [counter] = await tx.getConnection().execute<{ last: number }[]>(
        `insert into "cases".case_number_counter (agency_id, year, last) values (?, ?, 1)
         on conflict (agency_id, year) do update set last = case_number_counter.last + 1 returning last`,
        [agencyId, year], 'all', tx.getTransactionContext(),
      );
      const seq = counter!.last;
      const c = tx.create(EnforcementCase, {
        id: ids[i]!, number: caseNumber(year, seq), year, seq, agencyId, matterId: matter.id, category: matter.category, field: matter.field,
        cause, registeredOn, registeredAt, stage: S.REGISTERED, stageEnteredAt: registeredAt, updatedAt: registeredAt,
      });
      parties.forEach((p, n) => tx.create(CaseParty, { id: stableId('demo-case-party', `${d.key}#${n + 1}`), caseId: c.id, seq: n + 1, ...p }));
      for (const h of [pan, yao]) {
        if (!handlerIds.includes(h.id)) continue;
        tx.create(CaseHandler, { id: stableId('demo-case-handler', `${d.key}#${h.id}`), caseId: c.id, officerId: h.id, officerName: h.name, certificateNumber: h.certificateNumber, lead: h.id === pan.id, assignedAt: registeredAt });
      }
      let version = 0;
      let moves = 0;
      const transition = (from: CaseStage | null, to: CaseStage, when: Date, actor: { id: string | null; name: string }, note: string | null) =>
        tx.create(CaseTransition, { id: stableId('demo-case-transition', `${d.key}#${moves++}`), caseId: c.id, caseVersion: version++, fromStage: from, toStage: to, at: when, officerId: actor.id, actorName: actor.name, note });
      transition(null, S.REGISTERED, registeredAt, pan, null);
      const move = (to: CaseStage, when: Date, note: string | null, actor: { id: string | null; name: string } = pan) => {
        checkAdvance(casePath(c), c.stage, to);
        transition(c.stage, to, when, actor, note);
        Object.assign(c, { stage: to, stageEnteredAt: when, updatedAt: when });
      };
      const rounds: LegalReviewRound[] = [];
      for (const step of d.steps) {
        const when = at(step.day);
        const today = toLocalDate(when);
        switch (step.kind) {
          case 'advance':
            move(step.to, when, step.note ?? null);
            break;
          case 'major': {
            const g = checkMajorGrounds(step.grounds, step.basis);
            Object.assign(c, { major: true, majorGrounds: g.grounds, majorBasis: g.basis, updatedAt: when });
            break;
          }
          case 'proposedFine':
            Object.assign(c, { proposedFineYuan: step.fineYuan, updatedAt: when });
            break;
          case 'submit':
            if (!c.major) throw new Error(`demo case ${d.key}: only a major case is submitted for legal review (004 第十六条)`);
            rounds.push(tx.create(LegalReviewRound, { id: stableId('demo-case-review', `${d.key}#${rounds.length + 1}`), caseId: c.id, round: rounds.length + 1, submittedAt: when, submittedBy: pan.name }));
            c.reviewSubmittedAt = when;
            move(S.LEGAL_REVIEW, when, `第 ${rounds.length} 轮`);
            break;
          case 'review': {
            const opinion = checkOpinion(step.passed, step.opinion);
            const r = rounds[rounds.length - 1];
            if (!r || r.outcome || c.stage !== S.LEGAL_REVIEW) throw new Error(`demo case ${d.key}: no submission waits for review`);
            Object.assign(r, { outcome: step.passed ? LegalReviewOutcome.PASSED : LegalReviewOutcome.RETURNED, opinion, reviewerName: REVIEWER, reviewedAt: when });
            c.reviewSubmittedAt = null;
            if (!step.passed) {
              const path = casePath(c);
              const back = path[path.indexOf(S.LEGAL_REVIEW) - 1]!;
              // the return sends the case back (004 第十六条), the review's own move, not the generic advance
              transition(c.stage, back, when, { id: null, name: REVIEWER }, `法制审核退回（第 ${r.round} 轮）：${opinion}`);
              Object.assign(c, { stage: back, stageEnteredAt: when, updatedAt: when });
            }
            break;
          }
          case 'decide': {
            if (c.major && rounds[rounds.length - 1]?.outcome !== LegalReviewOutcome.PASSED) throw new Error(`demo case ${d.key}: a major case is decided only after a passing legal review (004 第十六条)`);
            const decision = checkDecision(c.category, { kinds: step.kinds, content: step.content, fineYuan: step.fineYuan, decidedOn: today }, c.registeredOn, today);
            Object.assign(c, { decisionKinds: decision.kinds, decisionContent: decision.content, fineYuan: decision.fineYuan, decidedOn: decision.decidedOn, decidedAt: when });
            move(S.DECISION, when, null);
            await onDecided(tx, panIdentity, c, when);
            break;
          }
          case 'publish': {
            // 公示 as publishDecision does it: the decision's text with the parties' personal data redacted (004 第十四条)
            const pub = await tx.findOneOrFail(CasePublication, { caseId: c.id });
            const { text, redactions } = redact(c.decisionContent!, parties);
            Object.assign(pub, { status: PublicationStatus.PUBLISHED, publishedText: text, redactions, editedByClerk: false, publishedAt: when, publishedOn: today, publishedBy: pan.name, updatedAt: when });
            break;
          }
          case 'serve':
            c.servedOn = checkStepDate('servedOn', '送达日期', today, c.decidedOn!, today);
            move(S.SERVICE, when, `送达日期 ${c.servedOn}`);
            break;
          case 'execute':
            c.executedOn = checkStepDate('executedOn', '执行日期', today, c.servedOn ?? c.decidedOn!, today);
            move(S.EXECUTION, when, step.note);
            break;
          case 'close':
            c.closedAt = when;
            move(S.CLOSED, when, step.note);
            break;
        }
      }
    }
    await tx.flush();
    return DEMO_CASES.length;
  });
}
