/**
 * The authorization matrix (issue 7; DESIGN "Who uses it"): every root query and mutation, every entity
 * reference path and every contributed or protected field, for every caller × target, through the gateway
 * and straight at the owning subgraph (`_entities` included). The rows are in `support/authz-matrix.ts`;
 * this file builds the tree, logs the callers in, runs the rows, and fails on any field of the supergraph
 * that no row covers — so a new field or type cannot be added without its row.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildSchema, getNamedType, isObjectType, Kind, parse, type ObjectTypeDefinitionNode } from 'graphql';
import { DEMO_PASSWORD } from '@jiandu/kit';
import { startTestPlatform, type TestPlatform } from './support/platform.js';
import { gql, ok } from './support/graphql.js';
import { sql } from './support/db.js';
import { testDate } from './support/subgraph.js';
import { CALLERS, MATRIX, PROTECTED_FIELD, TARGETS, type Caller, type Fixture, type Node, type Row, type Target } from './support/authz-matrix.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let p: TestPlatform;
let fixture: Fixture;
const tokens = new Map<Caller, string | undefined>();

const LEVELS = { R: 'REGION', P: 'PREFECTURE', A: 'COUNTY', C: 'TOWNSHIP', S: 'COUNTY' } as const;

async function buildTree(): Promise<Fixture> {
  const node = (key: Node['key'], parent: Node | null, i: number): Node => ({
    key,
    agencyId: randomUUID(),
    agencyName: `矩阵执法主体${key}`,
    level: LEVELS[key],
    parentId: parent?.agencyId ?? null,
    officerId: randomUUID(),
    officerName: `矩阵人员${key}`,
    certificateId: randomUUID(),
    certificateNumber: `MX${String(i).padStart(9, '0')}`,
    complaintId: randomUUID(),
    crossComplaintId: randomUUID(),
    matterId: randomUUID(),
    matterName: `矩阵执法事项${key}`,
    catalogueEntryId: randomUUID(),
    caseId: randomUUID(),
    decidedCaseId: randomUUID(),
    publicationId: randomUUID(),
    filingId: randomUUID(),
    challengeId: randomUUID(),
    sanctionId: randomUUID(),
    noticeId: randomUUID(),
    decisionId: randomUUID(),
    inspectionId: randomUUID(),
    recusalId: randomUUID(),
    referralId: randomUUID(),
    reviewBatchId: randomUUID(),
    fileReviewId: randomUUID(),
    reviewSheetId: randomUUID(),
    opinionId: randomUUID(),
  });
  const R = node('R', null, 1);
  const P = node('P', R, 2);
  const A = node('A', P, 3);
  const C = node('C', A, 4);
  const S = node('S', P, 5);
  const paths = new Map<string, string>([[R.agencyId, `/${R.agencyId}/`]]);
  for (const n of [P, A, C, S]) paths.set(n.agencyId, `${paths.get(n.parentId!)}${n.agencyId}/`);
  const db = p.databaseUrl;
  for (const [i, n] of [R, P, A, C, S].entries()) {
    await sql(
      db,
      `insert into personnel.agency (id, name, level, parent_id, path, region, fields, qualification_confirmed_at, qualification_confirmed_by, published_at, created_at, updated_at)
       values ($1, $2, $3, $4, $5, '矩阵区', '{矩阵领域}', now(), '司法局矩阵确认人', $6, now(), now())`,
      [n.agencyId, n.agencyName, n.level, n.parentId, paths.get(n.agencyId), n.key === 'C' ? null : new Date('2026-01-01T00:00:00Z')],
    );
    await sql(
      db,
      `insert into personnel.officer (id, name, id_number, agency_id, region, fields, duties, created_at, updated_at)
       values ($1, $2, $3, $4, '矩阵区', '{矩阵领域}', '{ENFORCEMENT}', now(), now())`,
      [n.officerId, n.officerName, `65010119900101${String(1000 + i)}`, n.agencyId],
    );
    await sql(
      db,
      `insert into personnel.certificate (id, number, officer_id, fields, region, issued_on, valid_until, created_at, updated_at)
       values ($1, $2, $3, '{矩阵领域}', '矩阵区', '2024-01-01', '2029-01-01', now(), now())`,
      [n.certificateId, n.certificateNumber, n.officerId],
    );
    const complaint = `insert into supervision.complaint (id, number, channel, anonymous, complainant_name, complainant_phone, agency_id, officer_id, content, received_at, created_at)
       values ($1, $2, 'PHONE', false, '张三', '13812345678', $3, $4, '矩阵投诉', now(), now())`;
    await sql(db, complaint, [n.complaintId, `MX-${n.key}`, n.agencyId, n.officerId]);
    // a complaint about A naming this node's officer (recorded before officers were checked against agencies)
    await sql(db, complaint, [n.crossComplaintId, `MX-A-${n.key}`, A.agencyId, n.officerId]);
    // the complaint names the node's case, gives an address and an e-mail; all the tree's complaints share one
    // complainant fingerprint (a repeat complainant)
    await sql(db, `update supervision.complaint set case_id = $2, complainant_address = '矩阵市矩阵路1号', complainant_email = 'zhangsan@example.com' where id = $1`, [n.complaintId, n.caseId]);
    await sql(db, `update supervision.complaint set complainant_fingerprint = 'matrix-fingerprint' where id in ($1, $2)`, [n.complaintId, n.crossComplaintId]);
    // A 批评教育 sanction on this node's officer (004 第三十三条), naming the node's complaint.
    await sql(
      db,
      `insert into supervision.sanction (id, number, issuer_id, issuer_name, officer_id, agency_id, agency_name, ground, kind, facts, related_complaint_ids, related_case_ids, effective_on, issued_on, issued_at, issued_by, created_at, updated_at)
       values ($1, $2, $3, '矩阵监督机关', $4, $3, $5, 'UNLAWFUL_PROCEDURE', 'CRITICISM', '矩阵处理', $6::uuid[], '{}', now(), now(), now(), '矩阵监督员', now(), now())`,
      [n.sanctionId, `矩阵监处〔2026〕${i + 1}号`, n.agencyId, n.officerId, n.agencyName, [n.complaintId]],
    );
    await sql(
      db,
      `insert into cases.enforcement_matter (id, name, category, agency_id, legal_basis, created_at) values ($1, $2, 'PUNISHMENT', $3, '矩阵依据', now())`,
      [n.matterId, n.matterName, n.agencyId],
    );
    await sql(
      db,
      `insert into cases.major_review_entry (id, agency_id, kind, minimum_yuan, source_text, created_at) values ($1, $2, 'FINE_AMOUNT', 50000, '罚款五万元以上的', now())`,
      [n.catalogueEntryId, n.agencyId],
    );
    // A case of this agency, handled by its officer (and a second, unattached one), with a person as party.
    await sql(
      db,
      `insert into cases.enforcement_case (id, number, year, seq, agency_id, matter_id, category, field, cause, registered_on, registered_at, stage, stage_entered_at)
       values ($1, '〔2026〕0001号', 2026, 1, $2, $3, 'PUNISHMENT', null, '矩阵案件', '2026-01-02', now(), 'REGISTERED', now())`,
      [n.caseId, n.agencyId, n.matterId],
    );
    await sql(db, `insert into cases.case_handler (id, case_id, officer_id, officer_name, lead, assigned_at) values ($1, $2, $3, $4, true, now()), ($5, $2, $6, '矩阵协办人', false, now())`, [randomUUID(), n.caseId, n.officerId, n.officerName, randomUUID(), randomUUID()]);
    await sql(db, `insert into cases.case_party (id, case_id, seq, kind, name, id_number, address, phone) values ($1, $2, 1, 'PERSON', '矩阵当事人', '11010519491231002X', '新疆乌鲁木齐市天山区光明路12号', '13812345678')`, [randomUUID(), n.caseId]);
    // A decided major case of the node handled by its officer, a pending 诉讼 against it (复议/诉讼 rows), its
    // publication (published) and its filing record (公示/备案 rows).
    const decidedOn = testDate({ days: -30 });
    await sql(
      db,
      `insert into cases.enforcement_case (id, number, year, seq, agency_id, matter_id, category, field, cause, registered_on, registered_at, stage, stage_entered_at, major, decision_kinds, decision_content, fine_yuan, decided_on, decided_at)
       values ($1, $2, $3, 2, $4, $5, 'PUNISHMENT', '矩阵领域', '矩阵案由', $6, now(), 'DECISION', now(), true, '{FINE}', '矩阵决定：处罚款一千元。', 1000, $6, now())`,
      [n.decidedCaseId, `矩阵〔${decidedOn.slice(0, 4)}〕0002号`, Number(decidedOn.slice(0, 4)), n.agencyId, n.matterId, decidedOn],
    );
    await sql(db, `insert into cases.case_handler (id, case_id, officer_id, officer_name, certificate_number, lead, assigned_at) values ($1, $2, $3, $4, $5, true, now())`, [
      randomUUID(), n.decidedCaseId, n.officerId, n.officerName, n.certificateNumber,
    ]);
    await sql(db, `insert into cases.case_challenge (id, case_id, kind, body, filed_on, recorded_by, recorded_at) values ($1, $2, 'LITIGATION', '矩阵法院', $3, '矩阵', now())`, [n.challengeId, n.decidedCaseId, decidedOn]);
    await sql(
      db,
      `insert into cases.case_publication (id, case_id, agency_id, case_number, category, decided_on, due_on, provisional, rule, calendar_basis, status, published_at, published_on, published_text, agency_name, matter_name, created_at)
       values ($1, $2, $3, '矩阵案号', 'PUNISHMENT', $6::date, $6::date + 9, false, '矩阵规则', '矩阵日历', 'PUBLISHED', now(), $6::date, '矩阵决定：给予警告。', $4, $5, now())`,
      [n.publicationId, n.decidedCaseId, n.agencyId, n.agencyName, n.matterName, decidedOn],
    );
    await sql(
      db,
      `insert into cases.case_filing (id, case_id, agency_id, case_number, decided_on, due_on, provisional, rule, period_source, calendar_basis, recipient, created_at)
       values ($1, $2, $3, '矩阵案号', $4::date, $4::date + 15, false, '矩阵规则', '默认期限', '矩阵日历', '本级司法行政机关和上一级行政执法主管部门', now())`,
      [n.filingId, n.decidedCaseId, n.agencyId, decidedOn],
    );
    // A 监督通知书 to the node about its decided case, received 40 days ago and unrectified (004 第二十四条), a 责令改正
    // 监督决定书 on it (004 第二十五条), and a correction mark on the node's other case (cases' correction field; not on
    // the decided one, whose publication rows must stay publishable).
    const receivedOn = testDate({ days: -40 });
    const stored = (dueOn: string, amount: number) => JSON.stringify({ dueOn, provisional: false, rule: '矩阵规则', calendarBasis: '矩阵日历', period: { start: receivedOn, amount, unit: 'NATURAL_DAYS' } });
    await sql(
      db,
      `insert into supervision.supervision_notice (id, number, year, seq, issuer_id, issuer_name, agency_id, grounds, facts, requirement, status, issued_on, issued_at, issued_by, received_on,
         rectify_due_on, rectify_deadline, objection_due_on, objection_deadline)
       values ($1, $2, $3, $4, $5, '矩阵监督机关', $6, '{OTHER_VIOLATION}', '矩阵事实', '矩阵整改要求', 'RECEIVED', $7, now(), '矩阵监督员', $7, $8, $9, $10, $11)`,
      [n.noticeId, `矩阵监通${i}`, Number(receivedOn.slice(0, 4)), i + 1, R.agencyId, n.agencyId, receivedOn, testDate({ days: -10 }), stored(testDate({ days: -10 }), 30), testDate({ days: -33 }), stored(testDate({ days: -33 }), 7)],
    );
    await sql(db, `insert into supervision.notice_case (id, notice_id, case_id, agency_id, issued_at, seq) values ($1, $2, $3, $4, now(), 0)`, [randomUUID(), n.noticeId, n.decidedCaseId, n.agencyId]);
    await sql(
      db,
      `insert into supervision.supervision_decision (id, number, year, seq, issuer_id, issuer_name, notice_id, agency_id, type, case_id, reasons, decided_on, issued_at, issued_by)
       values ($1, $2, $3, $4, $5, '矩阵监督机关', $6, $7, 'ORDER_CORRECTION', $8, '矩阵理由', $9, now(), '矩阵监督员')`,
      [n.decisionId, `矩阵监决${i}`, Number(receivedOn.slice(0, 4)), i + 1, R.agencyId, n.noticeId, n.agencyId, n.decidedCaseId, testDate({})],
    );
    await sql(
      db,
      `update cases.enforcement_case set correction = 'CONFIRMED_ILLEGAL', corrected_by_number = '矩阵监决', corrected_by_body = '矩阵监督机关', corrected_by_decision_id = $2, corrected_on = $3,
         correction_reason = '矩阵理由', corrected_at = now() where id = $1`,
      [n.caseId, randomUUID(), testDate({})],
    );
  }
  for (const [i, n] of [R, P, A, C, S].entries()) {
    // 现场监督 planned for yesterday, a pending 回避 application about this node's officer on it, a draft 移送 (004 第二十二条, 第二十一条, 第三十一条)
    await sql(
      db,
      `insert into supervision.inspection (id, title, agency_id, supervising_agency_id, date, place, subject, supervisor_ids, supervisor_checks, status, created_by, created_at)
       values ($1, '矩阵现场监督', $2, $2, $3, '矩阵地点', '矩阵事项', $4, '[]', 'PLANNED', '矩阵', now())`,
      [n.inspectionId, n.agencyId, testDate({ days: -1 }), [n.officerId, randomUUID()]],
    );
    await sql(
      db,
      `insert into supervision.recusal (id, officer_id, officer_name, subject_type, subject_id, agency_id, way, status, grounds, applicant_kind, applicant_name, applied_on, recorded_by, recorded_at)
       values ($1, $2, $3, 'INSPECTION', $4, $5, 'APPLIED', 'PENDING', '矩阵申请理由', 'COMPLAINANT', '张三', $6, '矩阵', now())`,
      [n.recusalId, n.officerId, n.officerName, n.inspectionId, n.agencyId, testDate({ days: -1 })],
    );
    await sql(
      db,
      `insert into supervision.referral (id, clue_kind, offence, recipient_kind, recipient_name, agency_id, officer_ids, summary, status, created_by, created_at)
       values ($1, 'DUTY_OFFENCE', 'DERELICTION', 'SUPERVISORY_COMMISSION', '矩阵监察委员会', $2, $3, '矩阵线索摘要：失职渎职', 'DRAFT', '矩阵', now())`,
      [n.referralId, n.agencyId, [n.officerId]],
    );
    // 案卷评查: a batch scoped at the node sampling its case, the case's review file with one sheet, and a 监督意见书 to the node.
    await sql(
      db,
      `insert into supervision.case_review_batch (id, title, agency_id, year, quarter, period_from, period_to, criteria_version, seed, seed_given, sample_policy, candidate_ids, sample_ids, reviewers, created_at, created_by)
       values ($1, '矩阵评查', $2, 2026, 4, '2026-10-01', '2026-12-31', 1, 'mx', true, '指定', $3::text[], $3::text[], '[]', now(), '矩阵')`,
      [n.reviewBatchId, n.agencyId, [n.caseId]],
    );
    await sql(db, `insert into supervision.case_file_review (id, batch_id, position, case_id, case_number, agency_id, handler_ids, recusals, created_at) values ($1, $2, 1, $3, '〔2026〕0001号', $4, '{}', '[]', now())`, [n.fileReviewId, n.reviewBatchId, n.caseId, n.agencyId]);
    await sql(db, `insert into supervision.review_sheet (id, batch_id, review_id, reviewer_id, reviewer_name) values ($1, $2, $3, $4, '矩阵评查人')`, [n.reviewSheetId, n.reviewBatchId, n.fileReviewId, randomUUID()]);
    await sql(
      db,
      `insert into supervision.supervision_opinion (id, number, year, seq, batch_id, agency_id, agency_name, issuer_id, issuer_name, findings, requirements, issued_on, issued_at, issued_by, due_on, provisional, rule, calendar_basis, period, reports)
       values ($1, $2, 2026, $3, $4, $5, $6, $5, '矩阵监督机关', '[]', '矩阵整改要求', $7::date, now(), '矩阵', $7::date + 30, false, '矩阵规则', '矩阵日历', $8::jsonb, '[]')`,
      [n.opinionId, `监意〔2026〕${i + 1}号`, i + 1, n.reviewBatchId, n.agencyId, n.agencyName, testDate({}), JSON.stringify({ start: testDate({}), amount: 30, unit: 'NATURAL_DAYS' })],
    );
  }
  const passwordHash = (await sql<{ password_hash: string }>(db, `select password_hash from personnel.user_account where username = 'supervisor'`))[0]!.password_hash;
  let certAdminUserId = '';
  for (const c of CALLERS) {
    if (c === 'anonymous') continue;
    const id = randomUUID();
    if (c === 'CERT_ADMIN') certAdminUserId = id;
    await sql(
      db,
      `insert into personnel.user_account (id, username, password_hash, display_name, roles, agency_id, officer_id, created_at) values ($1, $2, $3, $4, $5, $6, $7, now())`,
      [id, `matrix_${c.toLowerCase()}`, passwordHash, `矩阵${c}`, [c], A.agencyId, c === 'OFFICER' ? A.officerId : null],
    );
  }
  // The tree went in through SQL, past personnel's events: republish it (SYSTEM_ADMIN) and wait until cases and
  // supervision have it in their agency projections (DESIGN "Scope"), as they would after each change.
  const sys = (await ok(p.gatewayUrl, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: 'sysadmin', p: DEMO_PASSWORD })).login.token;
  await ok(p.gatewayUrl, 'mutation { republishAgencies }', {}, sys);
  const ids = [R, P, A, C, S].map((n) => n.agencyId);
  for (const s of ['cases', 'supervision']) {
    const until = Date.now() + 30_000;
    for (;;) {
      const [row] = await sql<{ n: number }>(db, `select count(*)::int as n from ${s}.agency_projection where id = any($1::uuid[])`, [ids]);
      if (row!.n === ids.length) break;
      if (Date.now() > until) throw new Error(`${s} did not receive the agency tree within 30 s`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const matters = await ok(p.gatewayUrl, '{ matters { items { id } } }');
  return { nodes: { own: A, child: C, parent: P, sibling: S, root: R }, matterId: matters.matters.items[0].id, certAdminUserId };
}

beforeAll(async () => {
  p = await startTestPlatform({ label: 'authz' });
  fixture = await buildTree();
  tokens.set('anonymous', undefined);
  for (const c of CALLERS.filter((x) => x !== 'anonymous')) {
    const d = await ok(p.gatewayUrl, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: `matrix_${c.toLowerCase()}`, p: DEMO_PASSWORD });
    tokens.set(c, d.login.token);
  }
  // one recorded reveal, so that the per-viewer log has something to show
  await ok(p.gatewayUrl, 'mutation($id: ID!) { revealIdNumber(officerId: $id, reason: "矩阵准备：核对身份") { idNumber } }', { id: fixture.nodes.own.officerId }, tokens.get('CERT_ADMIN'));
}, 240_000);
afterAll(() => p?.stop());

async function pool<T>(jobs: (() => Promise<T>)[], size = 6): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(size, jobs.length) }, async () => {
      while (next < jobs.length) {
        const i = next++;
        out[i] = await jobs[i]!();
      }
    }),
  );
  return out;
}

/** Runs one row for every caller × target on each of its endpoints; the mismatches, in words. */
async function run(row: Row): Promise<string[]> {
  const endpoints: [string, string][] = [];
  if (row.gateway) endpoints.push(['gateway', p.gatewayUrl]);
  if (row.subgraph) endpoints.push([row.subgraph, `${p.subgraphUrls[row.subgraph]}/graphql`]);
  const targets: readonly Target[] = row.targeted ? TARGETS : ['own'];
  const jobs: (() => Promise<string | null>)[] = [];
  for (const [where, url] of endpoints) {
    for (const c of CALLERS) {
      for (const t of targets) {
        jobs.push(async () => {
          const op = row.op(fixture, t);
          const r = await gql(url, op.query, op.variables ?? {}, tokens.get(c));
          const got = r.errors?.length ? String(r.errors[0]!.extensions?.code) : op.classify ? op.classify(r.data) : 'OK';
          const want = row.expect(c, t);
          return got === want ? null : `${where} · ${c} · ${row.targeted ? t : '-'}: expected ${want}, got ${got}${r.errors?.length ? ` (${r.errors[0]!.message})` : ''}`;
        });
      }
    }
  }
  return (await pool(jobs)).filter((x): x is string => x !== null);
}

describe('the authorization matrix (DESIGN "Who uses it": a node sees itself and below, nothing beside or above; 004 第五条 tree)', () => {
  for (const [name, row] of Object.entries(MATRIX)) {
    it(name, async () => {
      expect(await run(row)).toEqual([]);
    });
  }
});

describe('the matrix covers the whole graph', () => {
  it('every Query and Mutation field, every entity type of every subgraph, and every field that leads to records, takes arguments or holds protected data has a row', () => {
    const api = buildSchema(fs.readFileSync(path.join(root, 'gateway/api-schema.graphql'), 'utf8'));
    const supergraph = parse(fs.readFileSync(path.join(root, 'gateway/supergraph.graphql'), 'utf8'));
    const required = new Set<string>();
    for (const op of [api.getQueryType(), api.getMutationType()]) for (const f of Object.keys(op?.getFields() ?? {})) required.add(`${op!.name}.${f}`);
    const entities = new Set<string>();
    for (const def of supergraph.definitions) {
      if (def.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
      for (const d of (def as ObjectTypeDefinitionNode).directives ?? []) {
        if (d.name.value !== 'join__type') continue;
        const arg = (n: string) => d.arguments?.find((a) => a.name.value === n)?.value;
        const graph = arg('graph');
        const resolvable = arg('resolvable');
        if (!arg('key') || (resolvable?.kind === Kind.BOOLEAN && !resolvable.value)) continue;
        entities.add(def.name.value);
        required.add(`_entities:${(graph as { value: string }).value.toLowerCase()}.${def.name.value}`);
      }
    }
    for (const type of Object.values(api.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || type.name === 'Query' || type.name === 'Mutation') continue;
      for (const field of Object.values(type.getFields())) {
        const leadsToRecords = entities.has(type.name) && isObjectType(getNamedType(field.type));
        if (field.args.length || leadsToRecords || PROTECTED_FIELD.test(field.name)) required.add(`${type.name}.${field.name}`);
      }
    }
    const covered = new Set(Object.values(MATRIX).flatMap((r) => r.covers));
    expect([...required].filter((c) => !covered.has(c)).sort()).toEqual([]);
    // and no row claims something the graph does not have (a renamed field must move its row)
    const exists = (c: string) => {
      if (c.startsWith('_entities:')) return required.has(c);
      const [typeName, fieldName] = c.split('.') as [string, string];
      const type = api.getType(typeName);
      return isObjectType(type) && fieldName in type.getFields();
    };
    expect([...covered].filter((c) => !exists(c)).sort()).toEqual([]);
  });
});
