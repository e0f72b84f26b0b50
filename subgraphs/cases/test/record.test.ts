/**
 * 全过程记录 (004 第十五条; 002 三项制度 (三)) on the real PostgreSQL: appending (handlers only, in the case's stage,
 * files from the content-addressed store), the hash chain and its verification after tampering in SQL, concurrent
 * appends, the 音像记录 question closing asks (第十五条 second paragraph), the record as a paged field, and the
 * file routes. Cases are inserted directly (registration is the lead's tests'); personnel's live entitlement check
 * is answered by a stand-in that entitles everyone (tested in the lead's and the entitlement helper's tests).
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  agencyProjectionHandlers, eventEnvelope, handleOnce, LocalBlobStore, newId, sqlCounter, type Clock, type EventType, type Identity,
} from '@jiandu/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startSubgraphForTest, TEST_TODAY, type SubgraphUnderTest } from '../../../e2e/support/subgraph.js';
import { codes, gql, ok } from '../../../e2e/support/graphql.js';
import { sql } from '../../../e2e/support/db.js';
import { createCasesOrm, SCHEMA } from '../src/orm.js';
import { buildCasesSchema } from '../src/schema.js';
import { loadersFor } from '../src/loaders.js';
import { CaseHandler, EnforcementCase } from '../src/cases/case.entity.js';
import { CaseStage } from '../src/cases/case.enums.js';
import { MatterCategory } from '../src/matters/matter.entity.js';
import { useFileStore } from '../src/record/file-store.js';
import { hasAudiovisualRecord } from '../src/record/record.service.js';
import { fileRoutes } from '../src/record/files.routes.js';

const ROOT = '73000000-0000-4000-8000-000000000001';
const AGENCY = '73000000-0000-4000-8000-000000000002';
const OTHER = '73000000-0000-4000-8000-000000000004';
const MATTER = '73000000-0000-4000-8000-0000000000aa';
const officerId = (n: number) => `74000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [PAN, YAO, STRANGER] = [officerId(1), officerId(2), officerId(9)];
const facts = (id: string, parentId: string | null, p: string, name: string) => ({ id, parentId, path: p, name, published: true, confirmed: true });

const store = new LocalBlobStore(fs.mkdtempSync(path.join(os.tmpdir(), 'jiandu-record-')));
/** Entitles every officer it is asked about (personnel's answer is not what these tests are about). */
const createLoaders = (em: EntityManager, identity: Identity, clock: Clock, authorization: string | null) => ({
  ...loadersFor('http://127.0.0.1:9/graphql')(em, identity, clock, authorization),
  entitlements: {
    require: async (_agencyId: string, _field: string | null, ids: readonly string[]) =>
      new Map(ids.map((id) => [id, { officerId: id, officerName: '执法人员', certificateNumber: null }])),
  },
});

let s: SubgraphUnderTest;
let base: string;
const t: Record<string, string> = {};
let seq = 0;

const feed = (type: EventType, payload: unknown) =>
  handleOnce(s.orm, SCHEMA, eventEnvelope('personnel', type, s.clock.now(), payload), agencyProjectionHandlers(SCHEMA)[type]!);

async function insertCase(o: { agencyId?: string; stage?: CaseStage } = {}): Promise<string> {
  const em = s.orm.em.fork();
  const id = newId();
  const now = s.clock.now();
  seq += 1;
  em.create(EnforcementCase, {
    id, number: `〔2026〕${String(seq).padStart(4, '0')}号`, year: 2026, seq, agencyId: o.agencyId ?? AGENCY, matterId: MATTER, category: MatterCategory.PUNISHMENT,
    field: '节能', cause: '未按规定开展能源审计', registeredOn: TEST_TODAY, registeredAt: now, stage: o.stage ?? CaseStage.INVESTIGATION, stageEnteredAt: now,
  });
  await em.flush();
  em.create(CaseHandler, { id: newId(), caseId: id, officerId: PAN, officerName: '潘铤', certificateNumber: '31000036001', lead: true, assignedAt: now });
  em.create(CaseHandler, { id: newId(), caseId: id, officerId: YAO, officerName: '姚建军', certificateNumber: '31000036008', lead: false, assignedAt: now });
  await em.flush();
  return id;
}

const ADD = 'mutation($c: ID!, $i: RecordEntryInput!) { addRecordEntry(caseId: $c, input: $i) { id seq stage kind description fileSha256 fileName fileSize mediaType fileUrl officerId actorName recordedAt prevHash hash } }';
const VERIFY = 'query($c: ID!) { verifyRecord(caseId: $c) { ok entries firstBrokenSeq firstBrokenId reason headHash } }';
const text = (description: string) => ({ kind: 'TEXT', description });
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
/** The status of a download, its body read (an unread body would hold the connection open). */
const statusOf = async (r: Promise<Response>) => {
  const res = await r;
  await res.arrayBuffer();
  return res.status;
};

beforeAll(async () => {
  useFileStore(store);
  s = await startSubgraphForTest({ label: 'cases-record', createOrm: createCasesOrm, schemaName: SCHEMA, buildSchema: buildCasesSchema, createLoaders, routes: fileRoutes });
  base = s.url.replace(/\/graphql$/, '');
  await feed('agency.snapshot', {
    rev: 1,
    agencies: [facts(ROOT, null, `/${ROOT}/`, '州司法局'), facts(AGENCY, ROOT, `/${ROOT}/${AGENCY}/`, '州机关事务管理局'), facts(OTHER, null, `/${OTHER}/`, '他处')],
  });
  await s.orm.em.getConnection().execute(`insert into cases.enforcement_matter (id, agency_id, name, category, legal_basis, list_seq, created_at, updated_at, version)
    values (?, ?, '对公共机构节能的监督检查', 'PUNISHMENT', '《公共机构节能条例》', 1, now(), now(), 1)`, [MATTER, AGENCY]);
  const at = { agencyId: AGENCY, agencyPath: `/${ROOT}/${AGENCY}/` };
  t.pan = await s.token(['OFFICER'], { ...at, officerId: PAN, name: '潘铤' });
  t.yao = await s.token(['OFFICER'], { ...at, officerId: YAO, name: '姚建军' });
  t.stranger = await s.token(['OFFICER'], { ...at, officerId: STRANGER, name: '非承办人' });
  t.otherOfficer = await s.token(['OFFICER'], { agencyId: OTHER, agencyPath: `/${OTHER}/`, officerId: PAN });
  t.supervisor = await s.token(['SUPERVISOR'], { agencyId: ROOT, agencyPath: `/${ROOT}/` });
  t.otherSupervisor = await s.token(['SUPERVISOR'], { agencyId: OTHER, agencyPath: `/${OTHER}/` });
}, 120_000);
afterAll(() => s?.stop());

describe('appending to the record (004 第十五条)', () => {
  let caseId: string;
  beforeAll(async () => {
    caseId = await insertCase();
  });

  it('004 第十五条: a handler records text; the entry takes the case\'s stage, his name, the time, seq 1 and a hash chained from 64 zeros', async () => {
    const e = (await ok(s.url, ADD, { c: caseId, i: text('  现场检查：当事人在场，出示执法证件。 ') }, t.pan)).addRecordEntry;
    expect(e).toMatchObject({ seq: 1, stage: 'INVESTIGATION', kind: 'TEXT', description: '现场检查：当事人在场，出示执法证件。', fileSha256: null, fileUrl: null, officerId: PAN, actorName: '潘铤', recordedAt: s.clock.now().toISOString(), prevHash: '0'.repeat(64) });
    expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('004 第十五条: a photo names a file already in the store, by digest; its size comes from the store; entries chain on', async () => {
    const bytes = randomBytes(3000);
    const { sha256 } = await store.put(bytes);
    const before = (await ok(s.url, VERIFY, { c: caseId }, t.pan)).verifyRecord;
    const e = (await ok(s.url, ADD, { c: caseId, i: { kind: 'PHOTO', description: '现场照片：能源计量器具', fileSha256: sha256, fileName: '计量器具.jpg', mediaType: 'image/jpeg' } }, t.yao)).addRecordEntry;
    expect(e).toMatchObject({ seq: 2, kind: 'PHOTO', fileSha256: sha256, fileName: '计量器具.jpg', fileSize: 3000, mediaType: 'image/jpeg', fileUrl: `/files/${sha256}`, actorName: '姚建军', prevHash: before.headHash });
    expect((await ok(s.url, VERIFY, { c: caseId }, t.pan)).verifyRecord).toEqual({ ok: true, entries: 2, firstBrokenSeq: null, firstBrokenId: null, reason: null, headHash: e.hash });
  });

  it('a file another subtree\'s case holds cannot be attached by someone who may not read that case: refused as not uploaded', async () => {
    const held = (await ok(s.url, `query($c: ID!) { case(id: $c) { record { items { fileSha256 } } } }`, { c: caseId }, t.pan)).case.record.items.find((x: any) => x.fileSha256).fileSha256;
    const elsewhere = await insertCase({ agencyId: OTHER });
    const r = await gql(s.url, ADD, { c: elsewhere, i: { kind: 'PHOTO', description: '借用他案照片', fileSha256: held, fileName: 'x.jpg', mediaType: 'image/jpeg' } }, t.otherOfficer);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.message).toContain('文件尚未上传');
  });

  it('a file not in the store, or of the wrong family for the kind, is BAD_USER_INPUT naming the field; nothing is recorded', async () => {
    const missing = await gql(s.url, ADD, { c: caseId, i: { kind: 'VIDEO', description: '录像', fileSha256: sha(Buffer.from('从未上传')), fileName: 'a.mp4', mediaType: 'video/mp4' } }, t.pan);
    expect(codes(missing)).toEqual(['BAD_USER_INPUT']);
    expect(missing.errors![0]).toMatchObject({ message: expect.stringContaining('文件尚未上传'), extensions: { field: 'fileSha256' } });
    const { sha256 } = await store.put(Buffer.from('一段录音'));
    const wrong = await gql(s.url, ADD, { c: caseId, i: { kind: 'VIDEO', description: '录像', fileSha256: sha256, fileName: 'a.mp3', mediaType: 'audio/mpeg' } }, t.pan);
    expect(wrong.errors![0]!.extensions!.field).toBe('mediaType');
    expect((await ok(s.url, VERIFY, { c: caseId }, t.pan)).verifyRecord.entries).toBe(2);
  });

  it('004 第十五条: only the case\'s current handlers record: another officer FORBIDDEN, other roles FORBIDDEN, another subtree NOT_FOUND, anonymous UNAUTHENTICATED', async () => {
    expect(codes(await gql(s.url, ADD, { c: caseId, i: text('非承办人记录') }, t.stranger))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(s.url, ADD, { c: caseId, i: text('监督人员记录') }, t.supervisor))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(s.url, ADD, { c: caseId, i: text('他处人员记录') }, t.otherOfficer))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(s.url, ADD, { c: caseId, i: text('匿名记录') }))).toEqual(['UNAUTHENTICATED']);
    expect((await ok(s.url, VERIFY, { c: caseId }, t.pan)).verifyRecord.entries).toBe(2);
  });

  it('000 二(四): an archived case takes no more entries', async () => {
    const closed = await insertCase({ stage: CaseStage.CLOSED });
    const r = await gql(s.url, ADD, { c: closed, i: text('归档后补记') }, t.pan);
    expect(codes(r)).toEqual(['ILLEGAL_TRANSITION']);
    expect(r.errors![0]!.message).toContain('已结案归档');
  });

  it('004 第十五条: two appends at once take turns on the case row: seq 1 and 2, one chain', async () => {
    const fresh = await insertCase();
    const [a, b] = await Promise.all([
      ok(s.url, ADD, { c: fresh, i: text('同时记录之一') }, t.pan),
      ok(s.url, ADD, { c: fresh, i: text('同时记录之二') }, t.yao),
    ]);
    expect([a.addRecordEntry.seq, b.addRecordEntry.seq].sort()).toEqual([1, 2]);
    const [first, second] = [a.addRecordEntry, b.addRecordEntry].sort((x, y) => x.seq - y.seq);
    expect(second.prevHash).toBe(first.hash);
    expect((await ok(s.url, VERIFY, { c: fresh }, t.pan)).verifyRecord).toMatchObject({ ok: true, entries: 2 });
  });
});

describe('verifyRecord names the first broken link, however the row was changed (004 第十五条 全过程留痕和可回溯)', () => {
  let caseId: string;
  let entries: { id: string; seq: number }[];
  beforeAll(async () => {
    caseId = await insertCase();
    entries = [];
    for (const d of ['询问笔录第一页', '询问笔录第二页', '当事人签字确认', '现场勘验']) entries.push((await ok(s.url, ADD, { c: caseId, i: text(d) }, t.pan)).addRecordEntry);
  });
  const tamper = async (statement: string, params: unknown[]) => {
    await sql(s.databaseUrl, 'alter table cases.case_record_entry disable trigger append_only');
    try {
      await sql(s.databaseUrl, statement, params);
    } finally {
      await sql(s.databaseUrl, 'alter table cases.case_record_entry enable trigger append_only');
    }
  };

  it('004 第十五条: the table itself refuses UPDATE, DELETE and TRUNCATE (append-only trigger)', async () => {
    await expect(sql(s.databaseUrl, `update cases.case_record_entry set description = 'x' where id = $1`, [entries[0]!.id])).rejects.toThrow(/append-only/);
    await expect(sql(s.databaseUrl, `delete from cases.case_record_entry where id = $1`, [entries[0]!.id])).rejects.toThrow(/append-only/);
    await expect(sql(s.databaseUrl, 'truncate cases.case_record_entry')).rejects.toThrow(/append-only/);
  });

  it('004 第十五条: a description edited in SQL is named: seq, id and why; any reader of the case may check, others NOT_FOUND', async () => {
    await tamper(`update cases.case_record_entry set description = '询问笔录第二页（改）' where id = $1`, [entries[1]!.id]);
    const v = (await ok(s.url, VERIFY, { c: caseId }, t.supervisor)).verifyRecord;
    expect(v).toMatchObject({ ok: false, entries: 4, firstBrokenSeq: 2, firstBrokenId: entries[1]!.id, reason: '第 2 条记录的内容与其哈希值不符：记录可能被篡改' });
    expect(codes(await gql(s.url, VERIFY, { c: caseId }, t.otherSupervisor))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(s.url, VERIFY, { c: caseId }))).toEqual(['UNAUTHENTICATED']);
    await tamper(`update cases.case_record_entry set description = '询问笔录第二页' where id = $1`, [entries[1]!.id]);
    expect((await ok(s.url, VERIFY, { c: caseId }, t.pan)).verifyRecord.ok).toBe(true);
  });

  it('004 第十五条: a deleted entry is named at the entry after the gap', async () => {
    await tamper('delete from cases.case_record_entry where id = $1', [entries[2]!.id]);
    const v = (await ok(s.url, VERIFY, { c: caseId }, t.pan)).verifyRecord;
    expect(v).toMatchObject({ ok: false, entries: 3, firstBrokenSeq: 4, firstBrokenId: entries[3]!.id });
    expect(v.reason).toContain('序号不连续');
  });

  it('004 第十五条: a new entry after tampering does not hide it: the chain still breaks at the same place', async () => {
    await ok(s.url, ADD, { c: caseId, i: text('事后补记') }, t.pan);
    expect((await ok(s.url, VERIFY, { c: caseId }, t.pan)).verifyRecord).toMatchObject({ ok: false, firstBrokenSeq: 4 });
  });
});

describe('音像记录 for 查封扣押 and 强制拆除 (004 第十五条 second paragraph)', () => {
  it('004 第十五条: only an AUDIO or VIDEO entry of that very stage counts', async () => {
    const caseId = await insertCase({ stage: CaseStage.EXECUTION });
    const em = s.orm.em.fork();
    const photo = await store.put(Buffer.from('查封现场照片'));
    await ok(s.url, ADD, { c: caseId, i: { kind: 'PHOTO', description: '查封现场照片', fileSha256: photo.sha256, fileName: 'p.jpg', mediaType: 'image/jpeg' } }, t.pan);
    expect(await hasAudiovisualRecord(em, caseId, CaseStage.EXECUTION)).toBe(false);
    const video = await store.put(randomBytes(5000));
    await ok(s.url, ADD, { c: caseId, i: { kind: 'VIDEO', description: '查封全过程录像', fileSha256: video.sha256, fileName: '查封.mp4', mediaType: 'video/mp4' } }, t.yao);
    expect(await hasAudiovisualRecord(em, caseId, CaseStage.EXECUTION)).toBe(true);
    expect(await hasAudiovisualRecord(em, caseId, CaseStage.SERVICE)).toBe(false);
  });
});

describe('EnforcementCase.record: paged, oldest first, one query for many cases', () => {
  it('pages each case\'s record; the SQL count does not grow with the number of cases', async () => {
    const mine = [await insertCase(), await insertCase(), await insertCase()];
    for (const [i, c] of mine.entries()) for (let k = 0; k <= i; k++) await ok(s.url, ADD, { c, i: text(`记录${k + 1}`) }, t.pan);
    const Q = 'query($ids: [ID!]) { cases(filter: { ids: $ids }) { items { id record(limit: 2) { total items { seq description } } } } }';
    const run = async (ids: string[]) => {
      const before = sqlCounter.statements;
      const d = await ok(s.url, Q, { ids }, t.supervisor);
      return { d, statements: sqlCounter.statements - before };
    };
    const one = await run(mine.slice(0, 1));
    const three = await run(mine);
    expect(three.statements).toBe(one.statements);
    const byId = new Map(three.d.cases.items.map((c: any) => [c.id, c.record]));
    expect(byId.get(mine[2])).toEqual({ total: 3, items: [{ seq: 1, description: '记录1' }, { seq: 2, description: '记录2' }] });
    expect(byId.get(mine[0])).toEqual({ total: 1, items: [{ seq: 1, description: '记录1' }] });
  });
});

describe('the file routes of the subgraph (POST /files, GET /files/:sha256)', () => {
  it('an officer uploads; a reader of a case whose record names the file downloads it; others 404', async () => {
    const bytes = randomBytes(4096);
    const up = await fetch(`${base}/files`, { method: 'POST', headers: { authorization: `Bearer ${t.pan}`, 'content-type': 'audio/mpeg', 'x-file-name': encodeURIComponent('询问录音.mp3') }, body: new Uint8Array(bytes) });
    expect(up.status).toBe(201);
    const { sha256 } = (await up.json()) as { sha256: string };
    expect(sha256).toBe(sha(bytes));
    expect(await statusOf(fetch(`${base}/files/${sha256}`, { headers: { authorization: `Bearer ${t.pan}` } }))).toBe(404); // named by no entry yet
    const caseId = await insertCase();
    await ok(s.url, ADD, { c: caseId, i: { kind: 'AUDIO', description: '询问录音', fileSha256: sha256, fileName: '询问录音.mp3', mediaType: 'audio/mpeg' } }, t.pan);
    const got = await fetch(`${base}/files/${sha256}`, { headers: { authorization: `Bearer ${t.supervisor}` } });
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('audio/mpeg');
    expect(got.headers.get('content-disposition')).toBe(`inline; filename="____.mp3"; filename*=UTF-8''${encodeURIComponent('询问录音.mp3')}`);
    expect(Buffer.from(await got.arrayBuffer()).equals(bytes)).toBe(true);
    expect(await statusOf(fetch(`${base}/files/${sha256}`, { headers: { authorization: `Bearer ${t.otherSupervisor}` } }))).toBe(404);
    expect(await statusOf(fetch(`${base}/files/${sha256}`))).toBe(404);
    expect(await statusOf(fetch(`${base}/files/not-a-digest`, { headers: { authorization: `Bearer ${t.pan}` } }))).toBe(404);
  });
});
