import { describe, expect, it } from '@jest/globals';
import { maskIdNumber } from '@jiandu/kit';
import { isLateReport, isValidIdNumber, leavesEnforcement } from './officer.rules.js';
import { parseCsv, readOfficerRows, toCsv } from './officer.csv.js';

describe('officer rules', () => {
  it('DESIGN: the ID number is shown masked as 6501**********1234', () => {
    expect(maskIdNumber('650102198001011234')).toBe('6501**********1234');
    expect(maskIdNumber(null)).toBeNull();
    expect(maskIdNumber('1234')).toBe('****');
  });

  it('GB 11643: the check character of an ID number is verified', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('11010519491231002x')).toBe(true);
    expect(isValidIdNumber('110105194912310021')).toBe(false);
    expect(isValidIdNumber('1101051949123100')).toBe(false);
  });

  it('004 第十一条: a report entered after the 10-day deadline is late; leaving the post ends enforcement', () => {
    expect(isLateReport('2026-11-21', '2026-11-20')).toBe(true);
    expect(isLateReport('2026-11-20', '2026-11-20')).toBe(false);
    expect(leavesEnforcement('TRANSFERRED')).toBe(true);
    expect(leavesEnforcement('LEFT')).toBe(true);
    expect(leavesEnforcement('ON_DUTY')).toBe(false);
  });
});

describe('officers CSV', () => {
  it('parses quotes, escaped quotes, CRLF and a BOM; writes what it reads', () => {
    const rows = [['姓名', '说明'], ['张三', '含,逗号'], ['李四', '含"引号"\n换行']];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
    expect(parseCsv('\uFEFFa,b\r\n1,2\r\n\r\n')).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('reports a missing column, and unknown labels by row', () => {
    expect(readOfficerRows([['姓名']]).headerProblem).toContain('缺少列');
    const r = readOfficerRows(parseCsv('姓名,身份证号,执法主体,岗位,执法区域,执法领域,岗位职责,法律职业资格\n张三,,某局,,全疆,市场监管,行政执法;巡逻,也许\n'));
    expect(r.rows[0]!.row).toBe(2);
    expect(r.rows[0]!.duties).toEqual(['ENFORCEMENT']);
    expect(r.rows[0]!.problems.map((p) => p.field)).toEqual(['duties', 'legalProfessionQualification']);
  });
});
