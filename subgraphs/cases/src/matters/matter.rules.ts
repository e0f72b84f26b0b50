/**
 * The rules of the 执法事项清单 and the 重大执法决定法制审核目录 — pure functions, tested by article
 * (matter.rules.test.ts).
 */
import { DomainError, ErrorCode, InputProblems } from '@jiandu/kit';
import { MajorReviewKind } from './major-review.entity.js';
import type { MatterCategory } from './matter.entity.js';

export const NAME_MAX = 200;
export const TEXT_MAX = 4000;
export const SHORT_MAX = 100;
export const REASON_MIN = 4;

export interface MatterFields {
  name: string;
  category: MatterCategory;
  unit?: string | null;
  field?: string | null;
  legalBasis: string;
  listSeq?: number | null;
}

const blankToNull = (v: string | null | undefined) => (v == null || v.trim() === '' ? null : v.trim());

/**
 * A matter as published (004 第三条: 执法类别, 实施主体, 承办机构, 执法领域, 法律依据): a name and a legal basis
 * are required, unit and field optional; every problem at once.
 */
export function checkMatter(input: MatterFields): Required<MatterFields> {
  const name = input.name?.trim() ?? '';
  const legalBasis = input.legalBasis?.trim() ?? '';
  const unit = blankToNull(input.unit);
  const field = blankToNull(input.field);
  const listSeq = input.listSeq ?? null;
  new InputProblems()
    .check(name.length > 0, 'name', '请填写事项名称')
    .check(name.length <= NAME_MAX, 'name', `事项名称不超过 ${NAME_MAX} 字`)
    .check(legalBasis.length > 0, 'legalBasis', '请填写法律依据（004 第三条：执法事项应列明依据）')
    .check(legalBasis.length <= TEXT_MAX, 'legalBasis', `法律依据不超过 ${TEXT_MAX} 字`)
    .check((unit ?? '').length <= SHORT_MAX, 'unit', `承办机构不超过 ${SHORT_MAX} 字`)
    .check((field ?? '').length <= SHORT_MAX, 'field', `执法领域不超过 ${SHORT_MAX} 字`)
    .check(listSeq === null || (Number.isInteger(listSeq) && listSeq > 0), 'listSeq', '清单序号应为正整数')
    .throwIfAny();
  return { name, category: input.category, unit, field, legalBasis, listSeq };
}

/** A reason for retiring a matter: at least 4 characters, as for the platform's other final acts. */
export function checkReason(reason: string): string {
  const r = reason?.trim() ?? '';
  new InputProblems().check(r.length >= REASON_MIN, 'reason', `请填写停用原因（至少 ${REASON_MIN} 个字）`).check(r.length <= TEXT_MAX, 'reason', `停用原因不超过 ${TEXT_MAX} 字`).throwIfAny();
  return r;
}

/** 004 第十条: only an agency whose 主体资格 is confirmed holds enforcement matters. */
export function requireConfirmedAgency(agency: { confirmed: boolean } | null): void {
  if (!agency?.confirmed) {
    throw new DomainError(ErrorCode.PRECONDITION_FAILED, '该执法主体尚未经主体资格确认，不得承担执法事项（004 第十条）', { field: 'agencyId' });
  }
}

/** A retired matter is kept as it was: it can be neither edited nor retired again. */
export function requireCurrent(matter: { retiredAt: Date | null; name: string }): void {
  if (matter.retiredAt) throw new DomainError(ErrorCode.PRECONDITION_FAILED, `执法事项“${matter.name}”已停用，不能再修改或停用`);
}

export interface CatalogueEntryFields {
  kind: MajorReviewKind;
  matterId?: string | null;
  minimumYuan?: number | null;
  sourceText: string;
}

/** An entry names a matter (kind MATTER) or a minimum amount in yuan (kind FINE_AMOUNT), never both; with its wording. */
export function checkCatalogueEntry(input: CatalogueEntryFields): { kind: MajorReviewKind; matterId: string | null; minimumYuan: number | null; sourceText: string } {
  const sourceText = input.sourceText?.trim() ?? '';
  const matterId = input.kind === MajorReviewKind.MATTER ? (input.matterId ?? null) : null;
  const minimumYuan = input.kind === MajorReviewKind.FINE_AMOUNT ? (input.minimumYuan ?? null) : null;
  new InputProblems()
    .check(sourceText.length > 0, 'sourceText', '请填写目录原文')
    .check(sourceText.length <= TEXT_MAX, 'sourceText', `目录原文不超过 ${TEXT_MAX} 字`)
    .check(input.kind !== MajorReviewKind.MATTER || matterId !== null, 'matterId', '请选择列入目录的执法事项')
    .check(input.kind !== MajorReviewKind.MATTER || input.minimumYuan == null, 'minimumYuan', '按事项列入的条目不填数额')
    .check(input.kind !== MajorReviewKind.FINE_AMOUNT || (minimumYuan !== null && Number.isInteger(minimumYuan) && minimumYuan > 0), 'minimumYuan', '请填写罚款数额标准（正整数，元）')
    .check(input.kind !== MajorReviewKind.FINE_AMOUNT || input.matterId == null, 'matterId', '按数额列入的条目不选事项')
    .throwIfAny();
  return { kind: input.kind, matterId, minimumYuan, sourceText };
}

export interface CatalogueEntry {
  kind: MajorReviewKind;
  matterId: string | null;
  minimumYuan: number | null;
}

export interface DecisionFacts {
  matterId?: string | null;
  /** The fine the decision imposes, in yuan; none or 0 when it imposes none. */
  fineAmount?: number | null;
}

/** The catalogue's entries that make a decision major (004 第十六条 last paragraph). */
export function catalogueGrounds<E extends CatalogueEntry>(catalogue: readonly E[], facts: DecisionFacts): E[] {
  return catalogue.filter((e) => {
    if (e.kind === MajorReviewKind.MATTER) return !!facts.matterId && e.matterId === facts.matterId;
    // 以上 includes the amount itself (立法法 usage: 以上、以下 包括本数).
    return e.minimumYuan !== null && facts.fineAmount != null && facts.fineAmount > 0 && facts.fineAmount >= e.minimumYuan;
  });
}

/**
 * Whether the agency's 重大执法决定法制审核目录 makes a decision major (004 第十六条 last paragraph): its matter
 * is listed, or its fine reaches a listed amount. The case-level grounds of 第十六条 are judged at registration.
 */
export function isMajorByCatalogue(catalogue: readonly CatalogueEntry[], facts: DecisionFacts): boolean {
  return catalogueGrounds(catalogue, facts).length > 0;
}
