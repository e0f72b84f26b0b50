/**
 * The rules of an enforcement case — pure functions, tested by article (case.rules.test.ts).
 */
import { DomainError, ErrorCode, InputProblems, isLocalDate, isValidCreditCode, isValidIdNumber, isValidPhone, isAfter, type LocalDate } from '@jiandu/kit';
import { MatterCategory } from '../matters/matter.entity.js';
import {
  AUDIOVISUAL_MEASURES, CASE_STAGE_LABEL, CaseStage, DECISION_KIND_LABEL, DecisionKind, MajorGround, PartyKind, STAGE_ORDER,
} from './case.enums.js';

const S = CaseStage;

/**
 * Decisions that leave the party nothing to perform and the agency nothing to enforce: 警告、通报批评 (行政处罚法 第九条
 * (一), 申诫罚) takes effect by being served, and 不予行政处罚 (行政处罚法 第五十七条 (二)) imposes nothing. 000 二(四) lists
 * 送达 and then 申请强制执行通知 — enforcement of an obligation the party did not perform (行政强制法 第二条) — so for
 * these there is no 执行 to record: an 执行日期 would be invented.
 */
export const NO_EXECUTION_KINDS: readonly DecisionKind[] = Object.freeze([DecisionKind.WARNING, DecisionKind.NO_PUNISHMENT]);

/** Whether the decision of these kinds is executed (000 二(四)); an undecided case (no kinds yet) is expected to be. */
export function needsExecution(kinds: readonly DecisionKind[]): boolean {
  return kinds.length === 0 || kinds.some((k) => !NO_EXECUTION_KINDS.includes(k));
}

/**
 * The stages a case of a category passes through (000 二(四)). 处罚 and the acts that burden a party (强制, 征收征用,
 * 收费) hear the party before deciding — 告知 and 陈述申辩 (行政处罚法 第四十四条、第四十五条; 行政强制法 第十八条) — and are
 * executed, unless the decision leaves nothing to execute (`needsExecution`: a warning alone, 不予处罚); the acts
 * that grant or confirm (许可, 确认, 登记, 给付, 奖励, 裁决) and 检查 are examined and decided, then served. A hearing
 * (听证) comes after the party was heard, legal review (法制审核) of a major case right before the decision (004
 * 第十六条: 作出决定前). `decisionKinds` are the decision's once made (none before: 执行 is then still expected).
 */
export function stagePath(category: MatterCategory, hearingHeld: boolean, major: boolean, decisionKinds: readonly DecisionKind[] = []): CaseStage[] {
  const burdens = [MatterCategory.PUNISHMENT, MatterCategory.COERCION, MatterCategory.EXPROPRIATION, MatterCategory.CHARGE].includes(category);
  const path: CaseStage[] = burdens ? [S.REGISTERED, S.INVESTIGATION, S.NOTIFICATION, S.STATEMENT] : [S.REGISTERED, S.INVESTIGATION];
  if (hearingHeld) path.push(S.HEARING);
  if (major) path.push(S.LEGAL_REVIEW);
  path.push(S.DECISION, S.SERVICE);
  if (burdens && needsExecution(decisionKinds)) path.push(S.EXECUTION);
  path.push(S.CLOSED);
  return path;
}

/**
 * The fine proposed in the 告知 is a 行政处罚 (行政处罚法 第九条 (二), 第四十四条): a case of another category has none to
 * propose (its decision cannot be a fine, see KINDS_BY_CATEGORY).
 */
export function requireFineable(category: MatterCategory): void {
  if (category !== MatterCategory.PUNISHMENT) {
    throw new DomainError(ErrorCode.ILLEGAL_TRANSITION, '只有行政处罚案件填写拟罚款数额（行政处罚法 第九条、第四十四条）', { category });
  }
}

/**
 * The path of a case as it stands: its category, hearing, major flag and decision. An execution already recorded
 * stays on the path whatever the decision says now (a corrected decision does not unmake a recorded stage).
 */
export function casePath(c: { category: MatterCategory; hearingHeld: boolean; major: boolean; decisionKinds?: readonly DecisionKind[]; executedOn?: string | null }): CaseStage[] {
  return stagePath(c.category, c.hearingHeld, c.major, c.executedOn ? [] : (c.decisionKinds ?? []));
}

/** The stage after `current` on the case's path; null at the end. */
export function nextStage(path: readonly CaseStage[], current: CaseStage): CaseStage | null {
  const i = path.indexOf(current);
  return i >= 0 && i < path.length - 1 ? path[i + 1]! : null;
}

/**
 * A move from `current` to `to` is allowed only to the next stage of the path: none skipped, none repeated, no
 * going back — except that a returned legal review sends the case back to the stage before review (handled by
 * the review itself, not by this move). 000 二(四).
 */
export function checkAdvance(path: readonly CaseStage[], current: CaseStage, to: CaseStage): void {
  const next = nextStage(path, current);
  if (next === to) return;
  const label = (s: CaseStage | null) => (s ? CASE_STAGE_LABEL[s] : '（无）');
  if (!path.includes(to)) {
    throw new DomainError(ErrorCode.ILLEGAL_TRANSITION, `本案不经过“${label(to)}”环节（000 二（四））`, { from: current, to, next });
  }
  throw new DomainError(
    ErrorCode.ILLEGAL_TRANSITION,
    next ? `案件处于“${label(current)}”环节，下一环节应为“${label(next)}”，不能跳过或回退到“${label(to)}”（000 二（四））` : `案件已结案归档，不能再流转`,
    { from: current, to, next },
  );
}

/** The stages moved by the generic advance; the others have commands of their own (review, decision, service, execution). */
export const GENERIC_STAGES: readonly CaseStage[] = Object.freeze([S.INVESTIGATION, S.NOTIFICATION, S.STATEMENT, S.HEARING]);

/** Whether the case is at or past `stage` in statutory order. */
export function reached(current: CaseStage, stage: CaseStage): boolean {
  return STAGE_ORDER.indexOf(current) >= STAGE_ORDER.indexOf(stage);
}

export const CAUSE_MAX = 500;
export const TEXT_MAX = 20000;
const NAME_MAX = 100;

export interface PartyFields {
  kind: PartyKind;
  name: string;
  idNumber?: string | null;
  address?: string | null;
  phone?: string | null;
}

const blankToNull = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);

/**
 * The parties of a case: at least one; a person's ID number a valid resident ID (GB 11643), an organisation's a
 * 统一社会信用代码 (GB 32100); phones valid; every problem at once, by position (`parties.0.idNumber`).
 */
export function checkParties(parties: readonly PartyFields[]): Required<PartyFields>[] {
  const p = new InputProblems();
  p.check(parties.length >= 1, 'parties', '请至少填写一名当事人');
  p.check(parties.length <= 50, 'parties', '当事人不能超过 50 名');
  const out = parties.map((x, i) => {
    const name = x.name?.trim() ?? '';
    const idNumber = blankToNull(x.idNumber)?.toUpperCase() ?? null;
    const phone = blankToNull(x.phone);
    p.check(name.length > 0 && name.length <= NAME_MAX, `parties.${i}.name`, `第 ${i + 1} 名当事人的姓名或名称应为 1 到 ${NAME_MAX} 个字`);
    if (idNumber) {
      p.check(
        x.kind === PartyKind.PERSON ? isValidIdNumber(idNumber) : isValidCreditCode(idNumber),
        `parties.${i}.idNumber`,
        x.kind === PartyKind.PERSON ? `第 ${i + 1} 名当事人的身份证号不正确（应为 18 位，校验位需正确）` : `第 ${i + 1} 名当事人的统一社会信用代码不正确`,
      );
    }
    if (phone) p.check(isValidPhone(phone), `parties.${i}.phone`, `第 ${i + 1} 名当事人的联系电话不正确`);
    const address = blankToNull(x.address);
    if (address) p.check(address.length <= 200, `parties.${i}.address`, `第 ${i + 1} 名当事人的地址不能超过 200 个字`);
    return { kind: x.kind, name, idNumber, address, phone };
  });
  p.throwIfAny();
  return out;
}

/**
 * The handlers named for a case: at least two officers (001: 执法人员不得少于两人), no one twice, exactly one of
 * them the lead (主办人).
 */
export function checkHandlers(officerIds: readonly string[], leadOfficerId: string): string[] {
  const ids = [...new Set(officerIds)];
  const p = new InputProblems();
  p.check(ids.length === officerIds.length, 'handlerIds', '承办人不能重复');
  p.check(ids.length >= 2, 'handlerIds', '执法人员不得少于两人，请至少指定两名承办人（001）');
  p.check(ids.length <= 10, 'handlerIds', '承办人不能超过 10 名');
  p.check(ids.includes(leadOfficerId), 'leadOfficerId', '主办人应为承办人之一（001）');
  p.throwIfAny();
  return ids;
}

export function checkCause(cause: string): string {
  const c = cause?.trim() ?? '';
  if (c.length < 2 || c.length > CAUSE_MAX) throw new DomainError(ErrorCode.BAD_USER_INPUT, `案由应为 2 到 ${CAUSE_MAX} 个字`, { field: 'cause' });
  return c;
}

/**
 * A recorded major ground needs the facts behind it (004 第十六条: 记录情形): at least one ground and a basis of a
 * few words.
 */
export function checkMajorGrounds(grounds: readonly MajorGround[], basis: string | null | undefined): { grounds: MajorGround[]; basis: string } {
  const p = new InputProblems();
  const g = [...new Set(grounds)];
  const b = basis?.trim() ?? '';
  p.check(g.length >= 1, 'grounds', '请选择至少一项重大执法决定情形（004 第十六条）');
  p.check(b.length >= 4 && b.length <= 2000, 'basis', '请说明认定为重大执法决定的事实（4 到 2000 个字）');
  p.throwIfAny();
  return { grounds: g, basis: b };
}

/** Which decision kinds fit which categories (行政处罚法 第九条; 行政强制法 第九条; 许可法 第三十八条). */
const KINDS_BY_CATEGORY: Partial<Record<MatterCategory, readonly DecisionKind[]>> = {
  PUNISHMENT: [DecisionKind.WARNING, DecisionKind.FINE, DecisionKind.CONFISCATION, DecisionKind.LICENCE_SUSPENSION, DecisionKind.LICENCE_REVOCATION, DecisionKind.BUSINESS_RESTRICTION, DecisionKind.NO_PUNISHMENT, DecisionKind.OTHER],
  COERCION: [DecisionKind.SEIZURE, DecisionKind.DETENTION_OF_PROPERTY, DecisionKind.DEMOLITION, DecisionKind.OTHER],
  LICENSING: [DecisionKind.GRANT, DecisionKind.REFUSAL],
};
const GENERAL_KINDS: readonly DecisionKind[] = [DecisionKind.GRANT, DecisionKind.REFUSAL, DecisionKind.OTHER];

export interface DecisionFields {
  kinds: readonly DecisionKind[];
  content: string;
  fineYuan?: number | null;
  decidedOn: LocalDate;
}

/**
 * A decision as recorded: its kinds fit the category; a fine carries its amount (and only a fine does);
 * 不予处罚 stands alone; the date is a real date, not before registration and not after today.
 */
export function checkDecision(category: MatterCategory, input: DecisionFields, registeredOn: LocalDate, today: LocalDate): Required<DecisionFields> & { fineYuan: number | null } {
  const p = new InputProblems();
  const kinds = [...new Set(input.kinds)];
  const allowed = KINDS_BY_CATEGORY[category] ?? GENERAL_KINDS;
  p.check(kinds.length >= 1, 'kinds', '请选择决定种类');
  for (const k of kinds) p.check(allowed.includes(k), 'kinds', `“${DECISION_KIND_LABEL[k]}”不是本类别案件的决定种类`);
  if (kinds.includes(DecisionKind.NO_PUNISHMENT)) p.check(kinds.length === 1, 'kinds', '不予行政处罚不能与其他处罚种类并用');
  if (kinds.includes(DecisionKind.GRANT)) p.check(!kinds.includes(DecisionKind.REFUSAL), 'kinds', '准予与不予准予不能并用');
  const fine = input.fineYuan ?? null;
  if (kinds.includes(DecisionKind.FINE)) {
    p.check(fine !== null && Number.isInteger(fine) && fine > 0 && fine <= 1_000_000_000, 'fineYuan', '罚款决定应填写罚款数额（正整数，单位元）');
  } else {
    p.check(fine === null, 'fineYuan', '只有罚款决定填写罚款数额');
  }
  const content = input.content?.trim() ?? '';
  p.check(content.length >= 10 && content.length <= TEXT_MAX, 'content', `决定内容应为 10 到 ${TEXT_MAX} 个字`);
  const okDate = isLocalDate(input.decidedOn);
  p.check(okDate, 'decidedOn', '决定日期格式应为 YYYY-MM-DD');
  if (okDate) {
    p.check(input.decidedOn >= registeredOn, 'decidedOn', '决定日期不能早于立案日期');
    p.check(!isAfter(input.decidedOn, today), 'decidedOn', '决定日期不能晚于今天');
  }
  p.throwIfAny();
  return { kinds, content, fineYuan: fine, decidedOn: input.decidedOn };
}

/** Whether the decision orders an on-site measure that must be recorded on audio or video (004 第十五条 second paragraph). */
export function needsAudiovisualRecord(kinds: readonly DecisionKind[]): boolean {
  return kinds.some((k) => AUDIOVISUAL_MEASURES.includes(k));
}

/** A date of service or execution: a real date, not before the decision, not after today. */
export function checkStepDate(field: string, label: string, date: LocalDate, notBefore: LocalDate, today: LocalDate): LocalDate {
  if (!isLocalDate(date)) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${label}格式应为 YYYY-MM-DD`, { field });
  if (date < notBefore) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${label}不能早于决定日期（${notBefore}）`, { field });
  if (isAfter(date, today)) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${label}不能晚于今天`, { field });
  return date;
}

/** A legal review's opinion: a return must give its reasons (004 第十六条; 002 三项制度 (四)3: 提出意见). */
export function checkOpinion(passed: boolean, opinion: string | null | undefined): string | null {
  const o = opinion?.trim() ?? '';
  if (!passed && o.length < 4) throw new DomainError(ErrorCode.BAD_USER_INPUT, '退回须写明审核意见和理由（至少 4 个字）', { field: 'opinion' });
  if (o.length > TEXT_MAX) throw new DomainError(ErrorCode.BAD_USER_INPUT, `审核意见不能超过 ${TEXT_MAX} 个字`, { field: 'opinion' });
  return o || null;
}

/** The case number shown on documents: 〔2026〕0003号 (per agency and year, no gaps). */
export function caseNumber(year: number, seq: number): string {
  return `〔${year}〕${String(seq).padStart(4, '0')}号`;
}

export interface CallerFacts {
  /** One of the case's current handlers (his entitlement is checked when he acts, not here). */
  handler: boolean;
  lead: boolean;
  /** A LEGAL_REVIEWER in scope who never handled the case. */
  reviewer: boolean;
  /** An agency administrator of the case's subtree. */
  manager: boolean;
  /** A round of legal review waits for an opinion. */
  reviewWaiting: boolean;
  /** The last round passed. */
  reviewPassed: boolean;
}

export type CaseActionName = 'ADVANCE' | 'SET_PROPOSED_FINE' | 'MARK_MAJOR' | 'REQUEST_HEARING' | 'SUBMIT_FOR_REVIEW' | 'REVIEW' | 'DECIDE' | 'SERVE' | 'EXECUTE' | 'CLOSE' | 'CHANGE_HANDLERS' | 'RECORD';

/**
 * What the caller may do with the case now — the same conditions the commands enforce, so the console offers
 * exactly the transitions the state allows (000 二(四); 004 第十六条).
 */
export function availableActions(c: { category: MatterCategory; hearingHeld: boolean; major: boolean; stage: CaseStage; decisionKinds?: readonly DecisionKind[]; executedOn?: string | null }, who: CallerFacts): CaseActionName[] {
  const out: CaseActionName[] = [];
  const path = casePath(c);
  const next = nextStage(path, c.stage);
  const open = c.stage !== S.CLOSED;
  if (who.handler && open) {
    out.push('RECORD');
    if (next && GENERIC_STAGES.includes(next)) out.push('ADVANCE');
    const beforeReview = !reached(c.stage, S.LEGAL_REVIEW);
    if (beforeReview && reached(c.stage, S.INVESTIGATION) && (c.category === MatterCategory.PUNISHMENT)) out.push('SET_PROPOSED_FINE');
    if (beforeReview) out.push('MARK_MAJOR');
    const hearingAfter = path.includes(S.STATEMENT) ? S.STATEMENT : S.INVESTIGATION;
    if (!c.hearingHeld && c.stage === hearingAfter) out.push('REQUEST_HEARING');
    if (next === S.LEGAL_REVIEW) out.push('SUBMIT_FOR_REVIEW');
    if (next === S.DECISION && (!c.major || who.reviewPassed)) out.push('DECIDE');
    if (next === S.SERVICE) out.push('SERVE');
    if (next === S.EXECUTION) out.push('EXECUTE');
    if (next === S.CLOSED) out.push('CLOSE');
  }
  if (who.reviewer && c.stage === S.LEGAL_REVIEW && who.reviewWaiting) out.push('REVIEW');
  if (open && (who.lead || who.manager)) out.push('CHANGE_HANDLERS');
  return out;
}
