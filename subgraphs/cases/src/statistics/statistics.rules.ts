import { DomainError, ErrorCode, type LocalDate } from '@jiandu/kit';
import { MATTER_CATEGORY_LABEL, MatterCategory } from '../matters/matter.entity.js';
import { DECISION_KIND_LABEL, DecisionKind } from '../cases/case.enums.js';
import type { CaseStatistics } from './statistics.types.js';

/** The first year the platform can hold figures for; a year before it is a typo. */
export const FIRST_YEAR = 2000;

/**
 * 年报 due date: the previous year's figures are reported (and made public) by January 31 (000 二(六)
 * "每年1月31日前公开上年度行政执法总体情况", 001 三(四), 002 事后公开 四). A fixed calendar date, not a
 * period, so no working-day shift applies.
 */
export function reportDueOn(year: number): LocalDate {
  return `${year + 1}-01-31`;
}

/** A statistics year: a whole number from FIRST_YEAR up to the current year (a later one has no figures yet). */
export function checkYear(year: number, today: LocalDate, field = 'year'): number {
  const current = Number(today.slice(0, 4));
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > current) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `统计年度应为 ${FIRST_YEAR} 至 ${current} 之间的整数年份`, { field });
  }
  return year;
}

/** A statistic as one export row: the columns of the CSV, in order, with what each holds. */
export const EXPORT_COLUMNS = [
  { name: 'agency_id', description: '执法主体编号 (agency id)' },
  { name: 'year', description: '统计年度 (year)' },
  { name: 'includes_subtree', description: '含下级执法主体 (true/false)' },
  { name: 'metric', description: '指标代码 (metric code, stable; see metrics)' },
  { name: 'label', description: '指标名称 (metric name, Chinese)' },
  { name: 'category', description: '执法类别代码 (category code) for by-category and by-outcome metrics, else empty' },
  { name: 'decision_kind', description: '决定种类代码 (decision kind code) for by-outcome metrics, else empty' },
  { name: 'value', description: '数值 (value); empty when the figure is not available' },
] as const;

type Scalar = Exclude<keyof CaseStatistics, 'agencyId' | 'year' | 'includesSubtree' | 'dueOn' | 'asOf' | 'byCategory' | 'byOutcome'>;

/** The scalar metrics, in export order, with their stable codes and labels. */
export const SCALAR_METRICS: readonly { key: Scalar; code: string; label: string }[] = [
  { key: 'registered', code: 'registered', label: '立案数' },
  { key: 'decided', code: 'decided', label: '作出决定数' },
  { key: 'closed', code: 'closed', label: '结案数' },
  { key: 'majorDecided', code: 'major_decided', label: '重大执法决定数' },
  { key: 'legalReviewRounds', code: 'legal_review_rounds', label: '法制审核轮次' },
  { key: 'legalReviewsPassed', code: 'legal_reviews_passed', label: '法制审核通过' },
  { key: 'legalReviewsReturned', code: 'legal_reviews_returned', label: '法制审核退回' },
  { key: 'majorDecidedWithoutReview', code: 'major_decided_without_review', label: '未经法制审核通过的重大决定' },
  { key: 'publicationsDue', code: 'publications_due', label: '应公示决定数' },
  { key: 'publicationsPublished', code: 'publications_published', label: '已公示' },
  { key: 'publicationsOnTime', code: 'publications_on_time', label: '按期公示' },
  { key: 'publicationsOverdue', code: 'publications_overdue', label: '逾期未公示' },
  { key: 'publicationsWithdrawn', code: 'publications_withdrawn', label: '已撤下公示' },
  { key: 'filingsDue', code: 'filings_due', label: '应备案数' },
  { key: 'filingsFiled', code: 'filings_filed', label: '已备案' },
  { key: 'filingsOnTime', code: 'filings_on_time', label: '按期备案' },
  { key: 'challengesFiled', code: 'challenges_filed', label: '复议、诉讼案件数' },
  { key: 'reconsiderationsFiled', code: 'reconsiderations_filed', label: '行政复议' },
  { key: 'litigationsFiled', code: 'litigations_filed', label: '行政诉讼' },
  { key: 'challengesPending', code: 'challenges_pending', label: '复议、诉讼审理中' },
  { key: 'challengesConcluded', code: 'challenges_concluded', label: '复议、诉讼审结' },
  { key: 'challengesCorrected', code: 'challenges_corrected', label: '被纠错（003 第16条）' },
];

export const CATEGORY_METRICS = [
  { key: 'registered', code: 'category_registered', label: '按类别立案数' },
  { key: 'decided', code: 'category_decided', label: '按类别决定数' },
  { key: 'closed', code: 'category_closed', label: '按类别结案数' },
] as const;
export const OUTCOME_METRIC = { code: 'outcome_count', label: '按类别和决定种类的决定数' } as const;

/** Every metric code with its meaning, for the JSON export's documentation. */
export function metricCatalogue() {
  return [
    ...SCALAR_METRICS.map(({ code, label }) => ({ code, label })),
    ...CATEGORY_METRICS.map(({ code, label }) => ({ code, label })),
    { code: OUTCOME_METRIC.code, label: OUTCOME_METRIC.label },
  ];
}

export interface ExportRow {
  agency_id: string;
  year: number;
  includes_subtree: boolean;
  metric: string;
  label: string;
  category: string;
  decision_kind: string;
  value: number | null;
}

/** The statistics as rows of the export, one figure a row (long format: stable columns whatever the categories). */
export function exportRows(s: CaseStatistics): ExportRow[] {
  const base = { agency_id: s.agencyId, year: s.year, includes_subtree: s.includesSubtree };
  const rows: ExportRow[] = SCALAR_METRICS.map(({ key, code, label }) => ({ ...base, metric: code, label, category: '', decision_kind: '', value: s[key] }));
  for (const c of s.byCategory) {
    for (const m of CATEGORY_METRICS) rows.push({ ...base, metric: m.code, label: `${m.label}（${MATTER_CATEGORY_LABEL[c.category]}）`, category: c.category, decision_kind: '', value: c[m.key] });
  }
  for (const o of s.byOutcome) {
    rows.push({ ...base, metric: OUTCOME_METRIC.code, label: `${MATTER_CATEGORY_LABEL[o.category]}：${DECISION_KIND_LABEL[o.decisionKind]}`, category: o.category, decision_kind: o.decisionKind, value: o.count });
  }
  return rows;
}

const csvCell = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** CSV for Excel: UTF-8 with a BOM, CRLF line ends, a header row of the stable column names. */
export function toCsv(rows: readonly ExportRow[]): string {
  const names = EXPORT_COLUMNS.map((c) => c.name);
  const lines = [names.join(','), ...rows.map((r) => names.map((n) => csvCell(r[n])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Categories in the order of 004 第三条 (the enum's order). */
export const CATEGORY_ORDER: readonly MatterCategory[] = Object.values(MatterCategory);
export const DECISION_KIND_ORDER: readonly DecisionKind[] = Object.values(DecisionKind);
