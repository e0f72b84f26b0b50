/**
 * 全过程记录 through the real gateway (004 第十五条; 002 三项制度 (三)): a handler uploads a file (POST /files,
 * streamed through the gateway to cases' content-addressed store), records it as an entry of the case's
 * hash-chained record, downloads it back; a stranger cannot; an entry edited in SQL is named by verifyRecord.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD, loadSeed000, parseEnv, seedIds, TokenIssuer } from '@jiandu/kit';
import { startTestPlatform, type TestPlatform } from './support/platform.js';
import { codes, gql, ok } from './support/graphql.js';
import { sql } from './support/db.js';
import { TEST_NOW } from './support/subgraph.js';

const seed = loadSeed000();
const agencyId = seedIds.agency(seed.agency.name);
const MAX = 64 * 1024;
let p: TestPlatform;
let officer: string;
let stranger: string;
let caseId = '';

const login = async (u: string) => (await ok(p.gatewayUrl, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u, p: DEMO_PASSWORD })).login.token as string;
const upload = (body: Buffer, o: { token?: string; type?: string; name?: string } = {}) =>
  fetch(`${p.baseUrl}/files`, {
    method: 'POST',
    headers: {
      ...(o.token ? { authorization: `Bearer ${o.token}` } : {}),
      'content-type': o.type ?? 'image/jpeg',
      'x-file-name': encodeURIComponent(o.name ?? '现场照片 1.jpg'),
    },
    body: new Uint8Array(body),
  });
const download = (sha256: string, token?: string) => fetch(`${p.baseUrl}/files/${sha256}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

const ADD = 'mutation($c: ID!, $i: RecordEntryInput!) { addRecordEntry(caseId: $c, input: $i) { id seq stage kind fileSha256 fileName fileSize mediaType fileUrl actorName prevHash hash } }';
const VERIFY = 'query($c: ID!) { verifyRecord(caseId: $c) { ok entries firstBrokenSeq firstBrokenId reason headHash } }';

/** A case of the seed agency registered by 潘铤 (the demo officer, lead) with 姚建军, moved on to investigation. */
async function registerCase(): Promise<string> {
  const matters = await ok(p.gatewayUrl, '{ matters(filter: { category: PUNISHMENT }) { items { id agencyId } } }');
  const matterId = matters.matters.items.find((m: any) => m.agencyId === agencyId).id;
  const handlers = [seedIds.officer('31000036001'), seedIds.officer('31000036008')];
  const i = { matterId, cause: '全过程记录测试案件', parties: [{ kind: 'ORGANISATION', name: '某公共机构' }], handlerIds: handlers, leadOfficerId: handlers[0] };
  const c = (await ok(p.gatewayUrl, 'mutation($i: RegisterCaseInput!) { registerCase(input: $i) { id version } }', { i }, officer)).registerCase;
  await ok(p.gatewayUrl, 'mutation($id: ID!, $v: Int!) { advanceCase(id: $id, version: $v, to: INVESTIGATION) { id } }', { id: c.id, v: c.version }, officer);
  return c.id;
}

beforeAll(async () => {
  p = await startTestPlatform({ label: 'record', env: { FILE_MAX_BYTES: String(MAX) } });
  officer = await login('officer');
  const issuer = await TokenIssuer.create(parseEnv(process.env).jwt);
  // a supervisor of an agency elsewhere in the tree (not above the seed agency): he may read none of its cases
  stranger = (await issuer.sign({ sub: randomUUID(), username: 'stranger', name: '他处监督人员', roles: ['SUPERVISOR'], agencyId: randomUUID(), agencyPath: null, officerId: null }, new Date(TEST_NOW))).token;
  caseId = await registerCase();
}, 180_000);
afterAll(() => p?.stop());

describe('全过程记录 through the gateway (004 第十五条)', () => {
  const photo = randomBytes(20_000);
  const digest = createHash('sha256').update(photo).digest('hex');
  let first: any;

  it('004 第十五条: a handler uploads a photo through the gateway; it is stored under its SHA-256', async () => {
    const res = await upload(photo, { token: officer });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ sha256: digest, size: photo.length, mediaType: 'image/jpeg', fileName: '现场照片 1.jpg' });
  });

  it('004 第十五条: the photo becomes an entry of the case\'s record, in the case\'s stage, chained from 64 zeros', async () => {
    const d = await ok(p.gatewayUrl, ADD, { c: caseId, i: { kind: 'PHOTO', description: '现场检查照片', fileSha256: digest, fileName: '现场照片 1.jpg', mediaType: 'image/jpeg' } }, officer);
    first = d.addRecordEntry;
    expect(first).toMatchObject({ seq: 1, stage: 'INVESTIGATION', kind: 'PHOTO', fileSha256: digest, fileSize: photo.length, fileUrl: `/files/${digest}`, actorName: '潘铤', prevHash: '0'.repeat(64) });
    const text = await ok(p.gatewayUrl, ADD, { c: caseId, i: { kind: 'TEXT', description: '当事人拒绝签字，已注明' } }, officer);
    expect(text.addRecordEntry).toMatchObject({ seq: 2, prevHash: first.hash, fileUrl: null });
    const page = await ok(p.gatewayUrl, 'query($c: ID!) { case(id: $c) { record(limit: 1, offset: 1) { total items { seq kind } } } }', { c: caseId }, officer);
    expect(page.case.record).toEqual({ total: 2, items: [{ seq: 2, kind: 'TEXT' }] });
  });

  it('a file not uploaded, or of another kind, is refused and nothing is recorded', async () => {
    const missing = await gql(p.gatewayUrl, ADD, { c: caseId, i: { kind: 'VIDEO', description: '录像', fileSha256: 'f'.repeat(64), fileName: 'a.mp4', mediaType: 'video/mp4' } }, officer);
    expect(codes(missing)).toEqual(['BAD_USER_INPUT']);
    expect(missing.errors![0]!.message).toContain('文件尚未上传');
    const wrongKind = await gql(p.gatewayUrl, ADD, { c: caseId, i: { kind: 'AUDIO', description: '录音', fileSha256: digest, fileName: 'a.jpg', mediaType: 'image/jpeg' } }, officer);
    expect(codes(wrongKind)).toEqual(['BAD_USER_INPUT']);
    expect((await ok(p.gatewayUrl, VERIFY, { c: caseId }, officer)).verifyRecord).toMatchObject({ ok: true, entries: 2 });
  });

  it('a reader of the case downloads the same bytes with its type and name; a stranger and anonymous callers get 404', async () => {
    const res = await download(digest, officer);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('现场照片 1.jpg')}`);
    expect(Buffer.from(await res.arrayBuffer()).equals(photo)).toBe(true);
    for (const token of [stranger, undefined]) {
      const r = await download(digest, token);
      expect(r.status).toBe(404);
      expect(((await r.json()) as any).errors[0].extensions.code).toBe('NOT_FOUND');
    }
    // uploaded but named by no entry: nobody downloads it
    const orphan = randomBytes(100);
    expect((await upload(orphan, { token: officer })).status).toBe(201);
    const unnamed = await download(createHash('sha256').update(orphan).digest('hex'), officer);
    expect(unnamed.status).toBe(404);
    await unnamed.arrayBuffer();
  });

  it('uploads: officers only, a type and a name required, at most FILE_MAX_BYTES (413 PAYLOAD_TOO_LARGE)', async () => {
    const supervisor = await login('supervisor');
    const errorOf = async (r: Response) => [r.status, ((await r.json()) as any).errors[0].extensions.code];
    expect(await errorOf(await upload(photo))).toEqual([401, 'UNAUTHENTICATED']);
    expect(await errorOf(await upload(photo, { token: supervisor }))).toEqual([403, 'FORBIDDEN']);
    expect(await errorOf(await upload(photo, { token: officer, type: 'jpeg' }))).toEqual([400, 'BAD_USER_INPUT']);
    expect(await errorOf(await upload(photo, { token: officer, name: '../etc/passwd' }))).toEqual([400, 'BAD_USER_INPUT']);
    expect(await errorOf(await upload(randomBytes(MAX + 1), { token: officer }))).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    expect(await errorOf(await upload(photo, { token: `${officer}x` }))).toEqual([401, 'UNAUTHENTICATED']);
  });

  it('a streamed upload that says no length is refused once it passes FILE_MAX_BYTES, and nothing is stored', async () => {
    const big = randomBytes(MAX + 4096);
    const chunks = [big.subarray(0, 16_384), big.subarray(16_384, 40_000), big.subarray(40_000)];
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next) controller.enqueue(new Uint8Array(next));
        else controller.close();
      },
    });
    const res = await fetch(`${p.baseUrl}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${officer}`, 'content-type': 'video/mp4', 'x-file-name': 'big.mp4' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const refused = await ok(p.gatewayUrl, ADD, { c: caseId, i: { kind: 'VIDEO', description: '超限录像', fileSha256: createHash('sha256').update(big).digest('hex'), fileName: 'big.mp4', mediaType: 'video/mp4' } }, officer).catch((e: Error) => e.message);
    expect(refused).toContain('文件尚未上传');
  });

  it('004 第十五条: an entry edited in SQL is named by verifyRecord through the gateway', async () => {
    expect((await ok(p.gatewayUrl, VERIFY, { c: caseId }, officer)).verifyRecord).toMatchObject({ ok: true, entries: 2, firstBrokenSeq: null });
    // the table refuses updates (append-only trigger) …
    await expect(sql(p.databaseUrl, `update cases.case_record_entry set description = '改过' where id = $1`, [first.id])).rejects.toThrow(/append-only/);
    // … so the tamper goes round it, as the owner of the table could
    await sql(p.databaseUrl, `alter table cases.case_record_entry disable trigger append_only`);
    await sql(p.databaseUrl, `update cases.case_record_entry set description = '现场检查照片（事后修改）' where id = $1`, [first.id]);
    await sql(p.databaseUrl, `alter table cases.case_record_entry enable trigger append_only`);
    const v = (await ok(p.gatewayUrl, VERIFY, { c: caseId }, await login('supervisor'))).verifyRecord;
    expect(v).toMatchObject({ ok: false, entries: 2, firstBrokenSeq: 1, firstBrokenId: first.id });
    expect(v.reason).toContain('第 1 条记录的内容与其哈希值不符');
    expect(codes(await gql(p.gatewayUrl, VERIFY, { c: caseId }, stranger))).toEqual(['NOT_FOUND']);
  });
});
