/**
 * Officers as CSV (the clerk's spreadsheet): parsing (RFC 4180: quotes, escaped quotes, CRLF, a BOM)
 * and writing, with the column headers in Chinese as clerks keep them.
 */
import { Duty } from './officer.entity.js';

export const CSV_COLUMNS = ['姓名', '身份证号', '执法主体', '岗位', '执法区域', '执法领域', '岗位职责', '法律职业资格'] as const;

export const DUTY_LABEL: Record<Duty, string> = { ENFORCEMENT: '行政执法', LEGAL_REVIEW: '法制审核', SUPERVISION: '执法监督' };
const DUTY_OF_LABEL = new Map(Object.entries(DUTY_LABEL).map(([k, v]) => [v, k as Duty]));

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export function toCsv(rows: string[][]): string {
  // A BOM so that spreadsheet programs open the Chinese text as UTF-8.
  return `\uFEFF${rows.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`;
}

export interface CsvOfficerRow {
  row: number;
  name: string;
  idNumber: string | null;
  agencyName: string;
  post: string | null;
  region: string;
  fields: string[];
  duties: Duty[];
  legalProfessionQualification: boolean;
  problems: { field: string; message: string }[];
}

const split = (v: string) => v.split(/[;；、]/).map((x) => x.trim()).filter(Boolean);

/** Maps the spreadsheet rows to officer inputs; header problems and unknown labels are row problems. */
export function readOfficerRows(rows: string[][]): { header: string[] | null; rows: CsvOfficerRow[]; headerProblem: string | null } {
  const [header, ...data] = rows;
  if (!header) return { header: null, rows: [], headerProblem: '文件为空' };
  const h = header.map((c) => c.trim());
  const missing = CSV_COLUMNS.filter((c) => !h.includes(c));
  if (missing.length) return { header: h, rows: [], headerProblem: `缺少列：${missing.join('、')}（第 1 行应为表头：${CSV_COLUMNS.join(',')}）` };
  const col = (r: string[], name: (typeof CSV_COLUMNS)[number]) => (r[h.indexOf(name)] ?? '').trim();
  return {
    header: h,
    headerProblem: null,
    rows: data.map((r, i) => {
      const problems: { field: string; message: string }[] = [];
      const dutyLabels = split(col(r, '岗位职责'));
      const duties = dutyLabels.map((l) => DUTY_OF_LABEL.get(l));
      dutyLabels.forEach((l, j) => duties[j] === undefined && problems.push({ field: 'duties', message: `岗位职责「${l}」无法识别（可填：${Object.values(DUTY_LABEL).join('、')}）` }));
      const q = col(r, '法律职业资格');
      if (q && !['是', '否'].includes(q)) problems.push({ field: 'legalProfessionQualification', message: '法律职业资格应填「是」或「否」' });
      return {
        row: i + 2,
        name: col(r, '姓名'),
        idNumber: col(r, '身份证号') || null,
        agencyName: col(r, '执法主体'),
        post: col(r, '岗位') || null,
        region: col(r, '执法区域'),
        fields: split(col(r, '执法领域')),
        duties: duties.filter((d): d is Duty => d !== undefined),
        legalProfessionQualification: q === '是',
        problems,
      };
    }),
  };
}
