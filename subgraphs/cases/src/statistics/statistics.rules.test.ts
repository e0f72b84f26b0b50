import { describe, expect, it } from '@jest/globals';
import { ErrorCode } from '@jiandu/kit';
import { MatterCategory } from '../matters/matter.entity.js';
import { DecisionKind } from '../cases/case.enums.js';
import { CaseStatistics } from './statistics.types.js';
import { checkYear, EXPORT_COLUMNS, exportRows, metricCatalogue, reportDueOn, SCALAR_METRICS, toCsv } from './statistics.rules.js';

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e: any) {
    return e.code;
  }
  return null;
};

describe('年报 (000 二(六), 001 三(四), 002 事后公开 四)', () => {
  it('is due by January 31 of the next year (000 二(六), 001 三(四), 002 事后公开 四)', () => {
    expect(reportDueOn(2026)).toBe('2027-01-31');
    expect(reportDueOn(2024)).toBe('2025-01-31');
  });

  it('covers a whole past or current year only', () => {
    expect(checkYear(2026, '2026-11-24')).toBe(2026);
    expect(checkYear(2025, '2026-01-10')).toBe(2025);
    expect(code(() => checkYear(2027, '2026-11-24'))).toBe(ErrorCode.BAD_USER_INPUT);
    expect(code(() => checkYear(1999, '2026-11-24'))).toBe(ErrorCode.BAD_USER_INPUT);
    expect(code(() => checkYear(2026.5, '2026-11-24'))).toBe(ErrorCode.BAD_USER_INPUT);
  });
});

describe('000 二(六): export of the 年报 (CSV for Excel, JSON for a higher-level system)', () => {
  const s = Object.assign(new CaseStatistics(), {
    agencyId: '11111111-1111-4111-8111-111111111111', year: 2026, includesSubtree: false, dueOn: '2027-01-31', asOf: '2026-11-24',
    ...Object.fromEntries(SCALAR_METRICS.map((m, i) => [m.key, i])),
    publicationsDue: null,
    byCategory: [{ category: MatterCategory.PUNISHMENT, registered: 3, decided: 2, closed: 1 }],
    byOutcome: [{ category: MatterCategory.PUNISHMENT, decisionKind: DecisionKind.FINE, count: 2 }],
  }) as CaseStatistics;

  it('has one row per figure with stable columns; an unavailable figure is empty', () => {
    const rows = exportRows(s);
    expect(rows).toHaveLength(SCALAR_METRICS.length + 3 + 1);
    expect(rows[0]).toMatchObject({ metric: 'registered', value: 0, category: '', decision_kind: '' });
    expect(rows.find((r) => r.metric === 'publications_due')?.value).toBeNull();
    expect(rows.at(-1)).toMatchObject({ metric: 'outcome_count', category: 'PUNISHMENT', decision_kind: 'FINE', value: 2, label: '行政处罚：罚款' });
    expect(new Set(metricCatalogue().map((m) => m.code))).toEqual(new Set(rows.map((r) => r.metric)));
  });

  it('CSV: UTF-8 BOM, a header of the documented column names, CRLF, quoting where needed', () => {
    const csv = toCsv(exportRows(s));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(EXPORT_COLUMNS.map((c) => c.name).join(','));
    expect(lines[1]).toBe('11111111-1111-4111-8111-111111111111,2026,false,registered,立案数,,,0');
    expect(lines.find((l) => l.includes('publications_due'))?.endsWith(',')).toBe(true);
    expect(toCsv([{ ...exportRows(s)[0]!, label: 'a,"b"' }])).toContain('"a,""b"""');
  });
});
