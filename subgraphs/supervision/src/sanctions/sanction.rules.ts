/**
 * Pure rules of a sanction on an officer (004 第三十三条; 003 第4条). No database, no clock: the caller passes today.
 *
 * 004 第三十三条: 行政执法人员有下列行为之一的，由行政执法监督机关建议其所在单位根据情节给予批评教育、离岗培训、调离执法
 * 岗位、暂扣行政执法证或者吊销行政执法证等处理决定. The platform models this as a 处理建议书 the supervisor issues to the
 * officer's unit (see README "Sanctions"): the three personnel measures are the unit's to carry out (it reports what it
 * decided); 暂扣 and 吊销 of the 行政执法证 are acts on the certificate, whose authority is the justice bureau — the
 * supervision body itself — so they are in force from the effective day and reach the certificate by event.
 */
import { addDays, addNaturalMonths, InputProblems, isAfter, isBefore, isLocalDate, isUuid, type LocalDate, type CertificateSanctionKind } from '@jiandu/kit';
import { SANCTION_GROUND, SANCTION_KIND_LABEL, SanctionEffectState, SanctionGround, SanctionKind } from './sanction.enums.js';

/** The facts found: required, at most this long. */
export const FACTS_MAX = 5000;
/** Related complaints or cases per sanction, at most. */
export const RELATED_MAX = 20;
/** How far ahead the effective day may lie (a platform bound: 004 sets none; a sanction is meant to take effect). */
export const EFFECTIVE_WITHIN_MONTHS = 12;

export interface SanctionFacts {
  officerId: string;
  ground: SanctionGround;
  kind: SanctionKind;
  facts: string;
  effectiveOn?: string | null;
  relatedComplaintIds?: readonly string[] | null;
  relatedCaseIds?: readonly string[] | null;
}

export interface CheckedSanction {
  officerId: string;
  ground: SanctionGround;
  kind: SanctionKind;
  facts: string;
  effectiveOn: LocalDate;
  relatedComplaintIds: string[];
  relatedCaseIds: string[];
}

function ids(p: InputProblems, list: readonly string[] | null | undefined, field: string, what: string): string[] {
  const u = [...new Set((list ?? []).map((x) => x.trim()))];
  p.check(u.length <= RELATED_MAX, field, `${what}最多关联 ${RELATED_MAX} 件`);
  p.check(u.every(isUuid), field, `${what}编号格式不正确`);
  return u;
}

/**
 * 004 第三十三条: a sanction names the officer, one of the nine grounds, one of the five kinds and the facts found;
 * it takes effect on a day not before its issue (a 处理建议 is not retroactive) and within
 * `EFFECTIVE_WITHIN_MONTHS`. Every problem at once (BAD_USER_INPUT), nothing stored.
 */
export function checkSanction(input: SanctionFacts, today: LocalDate): CheckedSanction {
  const p = new InputProblems();
  p.check(isUuid(input.officerId ?? ''), 'officerId', '请选择被处理的执法人员');
  p.check(Object.values(SanctionGround).includes(input.ground), 'ground', '请选择 004 第三十三条规定的处理事由');
  p.check(Object.values(SanctionKind).includes(input.kind), 'kind', '请选择处理种类');
  const facts = input.facts?.trim() ?? '';
  p.check(facts.length > 0, 'facts', '请填写认定的事实');
  p.check(facts.length <= FACTS_MAX, 'facts', `认定的事实不能超过 ${FACTS_MAX} 字`);
  const effectiveOn = input.effectiveOn?.trim() || today;
  if (!isLocalDate(effectiveOn)) p.add('effectiveOn', '生效日期格式应为 YYYY-MM-DD');
  else {
    p.check(!isBefore(effectiveOn, today), 'effectiveOn', '生效日期不能早于发文之日（处理不溯及既往）');
    const latest = addNaturalMonths(today, EFFECTIVE_WITHIN_MONTHS, { extendToWorkingDay: false });
    p.check(!isAfter(effectiveOn, latest), 'effectiveOn', `生效日期不能晚于 ${latest}（发文之日起 ${EFFECTIVE_WITHIN_MONTHS} 个月内）`);
  }
  const relatedComplaintIds = ids(p, input.relatedComplaintIds, 'relatedComplaintIds', '投诉举报');
  const relatedCaseIds = ids(p, input.relatedCaseIds, 'relatedCaseIds', '案件');
  p.throwIfAny();
  return { officerId: input.officerId, ground: input.ground, kind: input.kind, facts, effectiveOn, relatedComplaintIds, relatedCaseIds };
}

/** 暂扣行政执法证 and 吊销行政执法证 act on the certificate (004 第三十三条; 003 第4条); the other three on the post. */
export function reachesCertificate(kind: SanctionKind): kind is SanctionKind.SUSPEND_CERTIFICATE | SanctionKind.REVOKE_CERTIFICATE {
  return kind === SanctionKind.SUSPEND_CERTIFICATE || kind === SanctionKind.REVOKE_CERTIFICATE;
}

/** The kind as the event names it (kit's contract with personnel). */
export function certificateSanctionKind(kind: SanctionKind): CertificateSanctionKind | null {
  return reachesCertificate(kind) ? kind : null;
}

/** 超越法定权限或者范围实施行政执法的（004 第三十三条第（三）项）— the ground as cited on the certificate and the document. */
export function groundText(ground: SanctionGround): string {
  const g = SANCTION_GROUND[ground];
  return `${g.text}（004 第三十三条第${g.item}项）`;
}

/** The effect a new sanction starts with: PENDING for 暂扣/吊销 (personnel has not answered yet), none otherwise. */
export function initialEffect(kind: SanctionKind): SanctionEffectState | null {
  return reachesCertificate(kind) ? SanctionEffectState.PENDING : null;
}

/**
 * What follows from the sanction, in the clerk's words — the console's confirmation and the document print it.
 * 调离执法岗位: 004 第十一条 行政执法人员调离行政执法岗位的，其行政执法证件应当予以收回并注销 — done when the unit records
 * the move in personnel (人员变动), not by this document.
 */
export function consequence(kind: SanctionKind): string {
  switch (kind) {
    case SanctionKind.SUSPEND_CERTIFICATE:
      return '自生效之日起暂扣其行政执法证，期限按人事子图政策（默认3个月，003 第4条），期满自动恢复；暂扣期间不得从事行政执法活动';
    case SanctionKind.REVOKE_CERTIFICATE:
      return '自生效之日起吊销其行政执法证，证件应予收回；吊销后不得从事行政执法活动';
    case SanctionKind.REMOVAL_FROM_POST:
      return '请所在单位将其调离行政执法岗位，并在人员管理中登记人员变动；调离后其行政执法证件依 004 第十一条 收回并注销';
    case SanctionKind.OFF_DUTY_TRAINING:
      return '请所在单位安排其离岗培训，培训期间不安排行政执法工作';
    case SanctionKind.CRITICISM:
      return '请所在单位对其进行批评教育';
  }
}

/** 建议你单位对其给予暂扣行政执法证处理 — the recommendation as the document words it. */
export function recommendation(kind: SanctionKind): string {
  return `根据《昌吉州行政执法监督办法》第三十三条的规定，建议你单位对其给予${SANCTION_KIND_LABEL[kind]}处理`;
}

export interface UnitDecisionFacts {
  decidedOn: string;
  decision: string;
}

/** The unit reports what it decided (004 第三十三条 …处理决定): dated not before the sanction's issue, nor after today. */
export function checkUnitDecision(input: UnitDecisionFacts, issuedOn: LocalDate, today: LocalDate, recorded: boolean): UnitDecisionFacts {
  const p = new InputProblems();
  p.check(!recorded, 'decision', '所在单位的处理决定已登记');
  const decision = input.decision?.trim() ?? '';
  p.check(decision.length > 0, 'decision', '请填写所在单位的处理决定');
  p.check(decision.length <= FACTS_MAX, 'decision', `处理决定不能超过 ${FACTS_MAX} 字`);
  if (!isLocalDate(input.decidedOn)) p.add('decidedOn', '决定日期格式应为 YYYY-MM-DD');
  else {
    p.check(!isBefore(input.decidedOn, issuedOn), 'decidedOn', `决定日期不能早于处理建议书的发文日期 ${issuedOn}`);
    p.check(!isAfter(input.decidedOn, today), 'decidedOn', '决定日期不能晚于今天');
  }
  p.throwIfAny();
  return { decidedOn: input.decidedOn, decision };
}

/** The day before `d` (for messages about periods). */
export const dayBefore = (d: LocalDate): LocalDate => addDays(d, -1);
