/**
 * Officers CSV import and export. Import validates every row and reports problems by row; when any row
 * is invalid nothing is imported (one transaction, all or nothing).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode, InputProblems, maskIdNumber, MAX_PAGE_SIZE, newId, requireRole, type Clock, type Identity, type PageArgs } from '@jiandu/kit';
import { Agency } from '../agencies/agency.entity.js';
import { canKeepRecordsOf } from '../access/access.rules.js';
import { Certificate } from '../certificates/certificate.entity.js';
import { CERTIFICATE_STATUS_LABEL } from '../certificates/certificate.entity.js';
import { currentCertificate } from '../certificates/certificate.rules.js';
import { statusesAt } from '../certificates/certificate.history.js';
import { Officer } from './officer.entity.js';
import { checkOfficer, logCreated } from './officer.actions.js';
import { CSV_COLUMNS, DUTY_LABEL, parseCsv, readOfficerRows, toCsv } from './officer.csv.js';
import { listOfficers } from './officer.service.js';
import type { OfficerFilter } from './officer.inputs.js';

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 5000;

export interface ImportProblem {
  row: number;
  field: string;
  message: string;
}

export interface ImportResult {
  rows: number;
  imported: number;
  dryRun: boolean;
  problems: ImportProblem[];
}

export async function importOfficers(em: EntityManager, identity: Identity, clock: Clock, csv: string, dryRun: boolean): Promise<ImportResult> {
  requireRole(identity, 'AGENCY_ADMIN', 'CERT_ADMIN', 'SYSTEM_ADMIN');
  if (Buffer.byteLength(csv, 'utf8') > MAX_IMPORT_BYTES) throw new DomainError(ErrorCode.BAD_USER_INPUT, '文件过大（上限 2 MB），请分批导入', { field: 'csv' });
  const parsed = readOfficerRows(parseCsv(csv));
  if (parsed.headerProblem) throw new DomainError(ErrorCode.BAD_USER_INPUT, parsed.headerProblem, { field: 'csv' });
  if (parsed.rows.length === 0) throw new DomainError(ErrorCode.BAD_USER_INPUT, '文件中没有数据行', { field: 'csv' });
  if (parsed.rows.length > MAX_IMPORT_ROWS) throw new DomainError(ErrorCode.BAD_USER_INPUT, `一次最多导入 ${MAX_IMPORT_ROWS} 行`, { field: 'csv' });

  const names = [...new Set(parsed.rows.map((r) => r.agencyName).filter(Boolean))];
  const agencies = await em.find(Agency, { name: { $in: names } });
  const byName = new Map(agencies.map((a) => [a.name, a]));
  const problems: ImportProblem[] = [];
  const seenIds = new Map<string, number>();
  const existingIds = new Set(
    (await em.find(Officer, { idNumber: { $in: parsed.rows.map((r) => r.idNumber?.toUpperCase()).filter((x): x is string => !!x) } }, { fields: ['idNumber'] })).map((o) => o.idNumber),
  );
  const valid: { data: ReturnType<typeof checkOfficer>; agencyId: string }[] = [];
  for (const r of parsed.rows) {
    const p = new InputProblems();
    for (const x of r.problems) p.add(x.field, x.message);
    const data = checkOfficer({ name: r.name, idNumber: r.idNumber, agencyId: '', post: r.post, region: r.region, fields: r.fields, duties: r.duties, legalProfessionQualification: r.legalProfessionQualification }, p);
    const agency = byName.get(r.agencyName);
    if (!r.agencyName) p.add('agency', '请填写执法主体名称');
    else if (!agency) p.add('agency', `执法主体「${r.agencyName}」不存在`);
    else if (!canKeepRecordsOf(identity, agency)) p.add('agency', `无权在执法主体「${r.agencyName}」登记人员`);
    if (data.idNumber) {
      if (existingIds.has(data.idNumber)) p.add('idNumber', '该身份证号已登记');
      const first = seenIds.get(data.idNumber);
      if (first) p.add('idNumber', `身份证号与第 ${first} 行重复`);
      else seenIds.set(data.idNumber, r.row);
    }
    for (const x of p.problems) problems.push({ row: r.row, field: x.field, message: x.message });
    if (!p.problems.length && agency) valid.push({ data, agencyId: agency.id });
  }
  if (problems.length || dryRun) return { rows: parsed.rows.length, imported: 0, dryRun, problems };
  // Each officer with his 新建 entry in the change log, as createOfficer writes it — one flush for all.
  await em.transactional(async (tx) => {
    const now = clock.now();
    for (const v of valid) logCreated(tx, identity, now, tx.create(Officer, { id: newId(), ...v.data, agencyId: v.agencyId, createdAt: now, updatedAt: now }));
  });
  return { rows: parsed.rows.length, imported: valid.length, dryRun, problems };
}

/**
 * The officers the caller may see, as CSV (ID numbers masked: an export is not a reason to see them).
 * Page by page: each page's agencies, certificates and statuses are loaded for that page only, so no
 * statement carries an IN-list longer than a page however many officers the export holds.
 */
export async function exportOfficers(em: EntityManager, identity: Identity, clock: Clock, filter: OfficerFilter | null | undefined): Promise<string> {
  const rows = [[...CSV_COLUMNS, '证件号', '证件状态', '有效期至']];
  const now = clock.now();
  for (let offset = 0, total = 1; offset < total; offset += MAX_PAGE_SIZE) {
    const page = await listOfficers(em, identity, filter, null, { offset, limit: MAX_PAGE_SIZE } as PageArgs);
    total = page.total;
    const officers = page.items;
    if (!officers.length) break;
    const agencies = new Map((await em.find(Agency, { id: { $in: [...new Set(officers.map((o) => o.agencyId))] } })).map((a) => [a.id, a.name]));
    const certs = await em.find(Certificate, { officerId: { $in: officers.map((o) => o.id) } });
    const statuses = await statusesAt(em, certs, now);
    const certsOf = new Map<string, Certificate[]>();
    for (const c of certs) certsOf.set(c.officerId, [...(certsOf.get(c.officerId) ?? []), c]);
    for (const o of officers) {
      const c = currentCertificate(certsOf.get(o.id) ?? []);
      rows.push([
        o.name,
        maskIdNumber(o.idNumber) ?? '',
        agencies.get(o.agencyId) ?? '',
        o.post ?? '',
        o.region,
        o.fields.join(';'),
        o.duties.map((d) => DUTY_LABEL[d]).join(';'),
        o.legalProfessionQualification ? '是' : '否',
        c?.number ?? '',
        c ? CERTIFICATE_STATUS_LABEL[statuses.get(c.id)!] : '',
        c?.validUntil ?? '',
      ]);
    }
  }
  return toCsv(rows);
}
