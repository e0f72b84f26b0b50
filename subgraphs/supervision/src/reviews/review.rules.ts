/**
 * Pure rules of 案卷评查 (case-file review): 003 第15条 (市司法局每季度开展一次案卷抽查；对发现执法主体、权限、内容、
 * 程序、执法决定不合法的、不落实行政执法重要制度等情形的，制发《行政执法监督意见书》) and 004 第十八条 (司法行政部门应当
 * 定期组织开展行政执法案卷评查，根据评查情况提出改进执法工作意见); the criteria follow 004 第九条 (监督内容), 回避 004
 * 第二十一条, the number of reviewers 004 第二十二条 by analogy. Tested without a database (review.rules.test.ts).
 */
import { createHash } from 'node:crypto';
import { addDays, DomainError, ErrorCode, InputProblems, isAfter, type LocalDate } from '@jiandu/kit';

// ── the quarter (003 第15条 每季度开展一次案卷抽查) ─────────────────────────────────────────────────────────

/** The first and last day of quarter `q` (1–4) of `year`. */
export function quarterPeriod(year: number, quarter: number): { from: LocalDate; to: LocalDate } {
  const m = (quarter - 1) * 3 + 1;
  const from = `${year}-${String(m).padStart(2, '0')}-01`;
  const next = quarter === 4 ? `${year + 1}-01-01` : `${year}-${String(m + 3).padStart(2, '0')}-01`;
  return { from, to: addDays(next, -1) };
}

/** The quarter a date lies in. */
export function quarterOf(d: LocalDate): { year: number; quarter: number } {
  return { year: Number(d.slice(0, 4)), quarter: Math.floor((Number(d.slice(5, 7)) - 1) / 3) + 1 };
}

/** `2026年第四季度`. */
export const quarterLabel = (year: number, quarter: number) => `${year}年第${'一二三四'[quarter - 1]}季度`;

/**
 * 003 第15条: a batch reviews one quarter that has begun — the current one (a review may run while it lasts; its
 * candidates are the cases decided up to the drawing) or an earlier one; never a quarter still to come.
 */
export function checkQuarter(p: InputProblems, year: number, quarter: number, today: LocalDate): void {
  p.check(Number.isInteger(quarter) && quarter >= 1 && quarter <= 4, 'quarter', '季度应为 1–4');
  p.check(Number.isInteger(year) && year >= 2000, 'year', '年度不正确');
  if (Number.isInteger(quarter) && quarter >= 1 && quarter <= 4 && Number.isInteger(year) && year >= 2000) {
    p.check(!isAfter(quarterPeriod(year, quarter).from, today), 'quarter', `${quarterLabel(year, quarter)}尚未开始，不能抽查`);
  }
}

// ── the sample (a recorded seed: the same seed over the same candidates draws the same cases) ────────────────

/** At most this many cases in one batch's sample (each is scored by every reviewer and checked step by step). */
export const MAX_SAMPLE = 100;
/** The default sample: this share of the candidates… */
export const DEFAULT_SAMPLE_RATE = 0.1;
/** …but at least this many (all of them when there are fewer). */
export const DEFAULT_SAMPLE_MIN = 5;
/** 003 第15条 says a quarterly 抽查 but no share: the platform's default, stated with the batch. */
export const DEFAULT_SAMPLE_POLICY = `默认：候选案卷的 ${DEFAULT_SAMPLE_RATE * 100}%（向上取整），不少于 ${DEFAULT_SAMPLE_MIN} 件（不足的全部抽取），不超过 ${MAX_SAMPLE} 件（003 第15条未规定抽查比例，本平台默认）`;

export const SEED_MAX = 64;

/** How many cases to draw from `candidates`: the one given (checked), or the default policy. */
export function sampleSize(candidates: number, given: number | null | undefined, p: InputProblems): { size: number; policy: string } {
  if (given != null) {
    p.check(Number.isInteger(given) && given >= 1, 'sampleSize', '抽取数量应为正整数');
    p.check(given <= MAX_SAMPLE, 'sampleSize', `一批最多抽取 ${MAX_SAMPLE} 件`);
    p.check(given <= candidates, 'sampleSize', `抽取数量不能超过候选案卷数（${candidates} 件）`);
    return { size: given, policy: `指定：抽取 ${given} 件` };
  }
  const size = Math.min(candidates, MAX_SAMPLE, Math.max(DEFAULT_SAMPLE_MIN, Math.ceil(candidates * DEFAULT_SAMPLE_RATE)));
  return { size, policy: DEFAULT_SAMPLE_POLICY };
}

/** A given seed: 1–64 visible characters (it is printed on the batch so anyone can draw again). */
export function checkSeed(p: InputProblems, seed: string | null | undefined): string | null {
  if (seed == null) return null;
  const s = seed.trim();
  p.check(s.length >= 1 && s.length <= SEED_MAX && !/[\u0000-\u001f]/.test(s), 'seed', `随机种子应为 1–${SEED_MAX} 个可见字符`);
  return s;
}

/** The draw's key of one candidate: sha256(seed ‖ "|" ‖ caseId), hex. */
export const drawKey = (seed: string, caseId: string) => createHash('sha256').update(`${seed}|${caseId}`, 'utf8').digest('hex');

/**
 * 003 第15条 案卷抽查, reproducibly: the candidates ordered by `drawKey(seed, id)` (ties, which sha256 does not
 * produce, by id), the first `n` taken. A function of the seed and the SET of candidates only — their order, and
 * repeats, do not matter — so anyone holding the recorded seed and candidates draws the same cases again.
 */
export function drawSample(seed: string, candidateIds: readonly string[], n: number): string[] {
  return [...new Set(candidateIds)]
    .map((id) => ({ id, key: drawKey(seed, id) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, Math.max(0, n))
    .map((x) => x.id);
}

// ── reviewers and 回避 ───────────────────────────────────────────────────────────────────────────────

/** 004 第二十二条 (by analogy: 行政执法监督人员不得少于两人): a batch has at least two reviewers, and so does each case. */
export const MIN_REVIEWERS = 2;
export const MAX_REVIEWERS = 20;

export enum RecusalReason {
  HANDLED_CASE = 'HANDLED_CASE',
  OWN_AGENCY = 'OWN_AGENCY',
}

export const RECUSAL_TEXT: Record<RecusalReason, string> = {
  HANDLED_CASE: '评查人员曾承办该案件，与评查事项有利害关系，应当回避（004 第二十一条）',
  OWN_AGENCY: '评查人员所在执法主体即该案件的办案单位，可能影响评查公正，应当回避（004 第二十一条）',
};

export interface Reviewer {
  officerId: string;
  name: string;
  /** The reviewer's own agency, as personnel answered at the drawing. */
  agencyId: string | null;
}

export interface Recusal {
  officerId: string;
  name: string;
  reason: RecusalReason;
  rule: string;
}

/**
 * 004 第二十一条 (本人…与办理的监督事项有利害关系，或者有其他情形可能影响监督事项公正处理的，应当自行回避；…没有自行回避…
 * 的，行政执法监督机关应当决定其回避): the conflicts the platform can see for itself, decided automatically —
 * a reviewer does not score a case he handled (current or released handler: his own work) nor a case of his own
 * agency (his colleagues' work; an agency above the case's, e.g. the bureau over a county, is the supervisor and
 * not conflicted). Conflicts the platform cannot see (近亲属, other interests) are declared or decided as 回避 records.
 */
export function recusalsFor(reviewers: readonly Reviewer[], c: { agencyId: string; handlerIds: readonly string[] }): Recusal[] {
  const out: Recusal[] = [];
  for (const r of reviewers) {
    const reason = c.handlerIds.includes(r.officerId) ? RecusalReason.HANDLED_CASE : r.agencyId === c.agencyId ? RecusalReason.OWN_AGENCY : null;
    if (reason) out.push({ officerId: r.officerId, name: r.name, reason, rule: RECUSAL_TEXT[reason] });
  }
  return out;
}

/**
 * 004 第二十二条 (行政执法监督人员不得少于两人, by analogy for a review): the distinct reviewers named, at least two
 * (PRECONDITION_FAILED otherwise), at most MAX_REVIEWERS.
 */
export function checkReviewerCount(officerIds: readonly string[]): string[] {
  const ids = [...new Set(officerIds)];
  if (ids.length < MIN_REVIEWERS) {
    throw new DomainError(ErrorCode.PRECONDITION_FAILED, `案卷评查应由不少于 ${MIN_REVIEWERS} 名执法监督人员进行（参照 004 第二十二条），现为 ${ids.length} 名`, { field: 'reviewerIds', min: MIN_REVIEWERS });
  }
  if (ids.length > MAX_REVIEWERS) throw new DomainError(ErrorCode.BAD_USER_INPUT, `一批评查最多 ${MAX_REVIEWERS} 名评查人员`, { field: 'reviewerIds', max: MAX_REVIEWERS });
  return ids;
}

/**
 * Each sampled case keeps at least two reviewers after 回避 (004 第二十一条, 第二十二条): otherwise PRECONDITION_FAILED
 * naming the case and who is recused, so the supervisor can add reviewers.
 */
export function requireReviewersPerCase(cases: readonly { number: string; recusals: readonly Recusal[] }[], reviewers: readonly Reviewer[]): void {
  for (const c of cases) {
    const left = eligibleReviewers(reviewers, c.recusals);
    if (left.length < MIN_REVIEWERS) {
      const who = c.recusals.map((r) => `${r.name}（${r.reason === RecusalReason.HANDLED_CASE ? '曾承办' : '本单位'}）`).join('、');
      throw new DomainError(
        ErrorCode.PRECONDITION_FAILED,
        `案件${c.number}回避后评查人员不足 ${MIN_REVIEWERS} 名（回避：${who}；004 第二十一条、第二十二条），请增加评查人员`,
        { field: 'reviewerIds', caseNumber: c.number },
      );
    }
  }
}

/** The reviewers a case keeps after 回避, in the batch's order. */
export const eligibleReviewers = (reviewers: readonly Reviewer[], recusals: readonly Recusal[]) =>
  reviewers.filter((r) => !recusals.some((x) => x.officerId === r.officerId));

// ── criteria (versioned; 003 第15条 执法主体、权限、内容、程序、执法决定、落实重要制度; 004 第九条) ────────────────

export interface Criterion {
  code: string;
  name: string;
  maxScore: number;
  description: string;
}

export interface CriteriaSet {
  version: number;
  items: readonly Criterion[];
  /** A case whose result is below this is a finding. */
  findingBelow: number;
}

/** The total a criteria set distributes. */
export const CRITERIA_TOTAL = 100;

/**
 * Version 1 (003 第15条: 执法主体、权限、内容、程序不合法的、执法决定不合法的、不落实行政执法重要制度; 004 第九条 监督内容):
 * six criteria, 100 points; below 60 (不合格) is a finding. Stored as data (the migration writes it); a later
 * version changes weights without touching the scores given under this one — each batch pins its version.
 */
export const CRITERIA_V1: CriteriaSet & { title: string; source: string } = {
  version: 1,
  title: '行政执法案卷评查标准（第1版）',
  source: '003 第15条（执法主体、权限、内容、程序、执法决定、重要制度落实）；004 第九条（监督内容）',
  findingBelow: 60,
  items: [
    { code: 'SUBJECT', name: '执法主体', maxScore: 15, description: '执法主体资格合法（004 第十条）；承办人员持有效行政执法证、在法定领域和区域内执法，不少于两人（004 第十一条，003 第4条）' },
    { code: 'AUTHORITY', name: '执法权限', maxScore: 15, description: '事项在本单位执法事项清单内，未超越法定职权、管辖和范围（004 第三条、第十二条）' },
    { code: 'CONTENT', name: '执法内容', maxScore: 20, description: '事实清楚、证据确凿，适用法律依据正确，裁量适当（004 第九条（三）、第十三条）' },
    { code: 'PROCEDURE', name: '执法程序', maxScore: 20, description: '立案、调查取证、告知、陈述申辩、听证、送达等环节依法定程序进行，期限符合规定（000 二（四））' },
    { code: 'DECISION', name: '执法决定', maxScore: 15, description: '决定合法、适当，文书要素齐全、表述规范，告知救济途径（004 第二十三条（二））' },
    { code: 'SYSTEMS', name: '制度落实', maxScore: 15, description: '落实行政执法公示、全过程记录、重大执法决定法制审核制度，按时备案（004 第十四条至第十六条、第十九条）' },
  ],
};

/** A new version's criteria: codes unique (A–Z, _), names given, whole maxima > 0 adding up to 100, threshold 1–100. */
export function checkCriteria(p: InputProblems, items: readonly Criterion[], findingBelow: number): Criterion[] {
  const clean = items.map((c) => ({ code: c.code.trim().toUpperCase(), name: c.name.trim(), maxScore: c.maxScore, description: c.description.trim() }));
  p.check(clean.length >= 1 && clean.length <= 20, 'items', '评查项目应为 1–20 项');
  p.check(new Set(clean.map((c) => c.code)).size === clean.length, 'items', '评查项目代码不能重复');
  clean.forEach((c, i) => {
    p.check(/^[A-Z][A-Z0-9_]{0,31}$/.test(c.code), 'items', `第 ${i + 1} 项：代码应为大写字母开头的字母、数字或下划线`);
    p.check(c.name.length >= 1 && c.name.length <= 50, 'items', `第 ${i + 1} 项：请填写名称（不超过 50 字）`);
    p.check(Number.isInteger(c.maxScore) && c.maxScore >= 1, 'items', `第 ${i + 1} 项：满分应为正整数`);
    p.check(c.description.length <= 500, 'items', `第 ${i + 1} 项：说明不超过 500 字`);
  });
  const total = clean.reduce((s, c) => s + c.maxScore, 0);
  p.check(total === CRITERIA_TOTAL, 'items', `各项满分之和应为 ${CRITERIA_TOTAL} 分（现为 ${total} 分）`);
  p.check(Number.isInteger(findingBelow) && findingBelow >= 1 && findingBelow <= CRITERIA_TOTAL, 'findingBelow', `问题线应为 1–${CRITERIA_TOTAL} 的整数`);
  return clean;
}

// ── scoring ─────────────────────────────────────────────────────────────────────────────────────────

export interface Score {
  code: string;
  score: number;
  note: string | null;
}

export const NOTE_MAX = 1000;

/**
 * One reviewer's scores of one case against the batch's pinned criteria: every criterion once, none other, a whole
 * score 0..max; a note (what was wrong) whenever points are deducted (003 第15条: the finding must say what was not
 * lawful, so the 监督意见书 can tell the agency what to correct). Returns them in the criteria's order.
 */
export function checkScores(criteria: CriteriaSet, scores: readonly Score[]): Score[] {
  const p = new InputProblems();
  const byCode = new Map<string, Score>();
  for (const s of scores) {
    if (byCode.has(s.code)) p.add('scores', `评查项目“${s.code}”重复评分`);
    byCode.set(s.code, s);
  }
  for (const s of scores) if (!criteria.items.some((c) => c.code === s.code)) p.add('scores', `评查标准第${criteria.version}版没有项目“${s.code}”`);
  const out: Score[] = [];
  for (const c of criteria.items) {
    const s = byCode.get(c.code);
    if (!s) {
      p.add('scores', `请为“${c.name}”评分`);
      continue;
    }
    const note = s.note?.trim() || null;
    if (!Number.isInteger(s.score) || s.score < 0 || s.score > c.maxScore) p.add(`scores.${c.code}`, `“${c.name}”的得分应为 0–${c.maxScore} 的整数`);
    else if (s.score < c.maxScore && !note) p.add(`scores.${c.code}`, `“${c.name}”扣分，请写明扣分理由`);
    if (note && note.length > NOTE_MAX) p.add(`scores.${c.code}`, `“${c.name}”的说明不超过 ${NOTE_MAX} 字`);
    out.push({ code: c.code, score: s.score, note });
  }
  p.throwIfAny();
  return out;
}

export const sheetTotal = (scores: readonly Score[]) => scores.reduce((s, x) => s + x.score, 0);

/**
 * A case's result: the average of its reviewers' totals (each reviewer who was not recused scores it; the
 * platform decides, as 003 and 004 do not), rounded half up to one decimal. Null until every one of them scored.
 */
export function caseResult(totals: readonly (number | null)[]): number | null {
  if (!totals.length || totals.some((t) => t == null)) return null;
  const mean = (totals as number[]).reduce((s, t) => s + t, 0) / totals.length;
  return Math.round(mean * 10 + 1e-9) / 10;
}

export enum FindingReasonKind {
  LOW_SCORE = 'LOW_SCORE',
  ZERO_CRITERION = 'ZERO_CRITERION',
  ENTITLEMENT_VIOLATION = 'ENTITLEMENT_VIOLATION',
}

export interface FindingReason {
  kind: FindingReasonKind;
  text: string;
}

export interface ScoredSheet {
  reviewerName: string;
  scores: readonly Score[] | null;
}

/**
 * 003 第15条 (对发现执法主体、权限、内容、程序、执法决定不合法的、不落实行政执法重要制度等情形的，制发《行政执法监督意见书》):
 * a case is a finding when its result is below the criteria's line, when any reviewer scored any criterion 0 (that
 * element was not lawful at all, whatever the rest), or when the automatic check found a step taken by an officer
 * not entitled at that instant (004 第十一条 持证上岗 — an 执法主体 problem in itself). Every reason is listed.
 */
export function findingReasons(criteria: CriteriaSet, result: number | null, sheets: readonly ScoredSheet[], violations: number): FindingReason[] {
  const reasons: FindingReason[] = [];
  if (result != null && result < criteria.findingBelow) {
    reasons.push({ kind: FindingReasonKind.LOW_SCORE, text: `评查得分 ${result.toFixed(1)} 分，低于 ${criteria.findingBelow} 分（评查标准第${criteria.version}版）` });
  }
  for (const c of criteria.items) {
    const zeroBy = sheets.filter((s) => s.scores?.some((x) => x.code === c.code && x.score === 0)).map((s) => s.reviewerName);
    if (zeroBy.length) {
      const notes = sheets.flatMap((s) => s.scores?.filter((x) => x.code === c.code && x.score === 0 && x.note).map((x) => x.note) ?? []);
      reasons.push({ kind: FindingReasonKind.ZERO_CRITERION, text: `“${c.name}”被评为 0 分（${zeroBy.join('、')}）${notes.length ? `：${notes.join('；')}` : ''}` });
    }
  }
  if (violations > 0) {
    reasons.push({ kind: FindingReasonKind.ENTITLEMENT_VIOLATION, text: `自动核查：${violations} 个执法步骤由当时不具备执法资格的人员作出（004 第十一条）` });
  }
  return reasons;
}

// ── the automatic check (004 第十一条 持证上岗 at every recorded step) ─────────────────────────────────────────

export interface RecordedStep {
  kind: string;
  id: string;
  officerId: string | null;
  actorName: string;
  at: Date;
  what: string;
}

export interface EntitlementAnswer {
  officerName: string | null;
  entitled: boolean;
  status: string | null;
  reason: string | null;
}

export interface StepViolation {
  kind: string;
  stepId: string;
  what: string;
  officerId: string;
  officerName: string;
  at: string;
  status: string | null;
  reason: string | null;
}

/** The key of one entitlement question: the case's agency and field, the officer, the instant. */
export const checkKey = (agencyId: string, field: string | null, officerId: string, at: Date) => `${agencyId}|${field ?? ''}|${officerId}|${at.toISOString()}`;

/**
 * 004 第十一条 (从事行政执法活动…取得行政执法证件…不得超越权限和范围执法), 003 第4条: each recorded step of a case
 * whose officer was not entitled at its instant is a violation, with the status then and the reason. A step with
 * no officer (a registration entered by an agency administrator) is no officer's act and is counted apart.
 */
export function stepViolations(
  c: { agencyId: string; field: string | null; steps: readonly RecordedStep[] },
  answers: ReadonlyMap<string, EntitlementAnswer>,
): { checked: number; unattributed: number; violations: StepViolation[] } {
  const violations: StepViolation[] = [];
  let checked = 0;
  let unattributed = 0;
  for (const s of c.steps) {
    if (!s.officerId) {
      unattributed++;
      continue;
    }
    checked++;
    const a = answers.get(checkKey(c.agencyId, c.field, s.officerId, s.at));
    if (!a) throw new Error(`no entitlement answer for step ${s.id}`);
    if (!a.entitled) {
      violations.push({ kind: s.kind, stepId: s.id, what: s.what, officerId: s.officerId, officerName: a.officerName ?? s.actorName, at: s.at.toISOString(), status: a.status, reason: a.reason });
    }
  }
  return { checked, unattributed, violations };
}
