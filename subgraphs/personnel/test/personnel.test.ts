import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD, loadSeed000, parseEnv, pendingSchemaDiff, seedIds, TokenIssuer } from '@jiandu/kit';
import { SEED_VALID_UNTIL, startSubgraphForTest, TEST_NOW, type SubgraphUnderTest } from '../../../e2e/support/subgraph.js';
import { codes, gql, ok } from '../../../e2e/support/graphql.js';
import { createPersonnelOrm, SCHEMA } from '../src/orm.js';
import { buildPersonnelSchema } from '../src/schema.js';
import { createLoaders } from '../src/loaders.js';
import { seedPersonnel } from '../src/seed/seed.js';
import { useTokenIssuer } from '../src/accounts/account.resolver.js';

const seed = loadSeed000();
const agencyId = seedIds.agency(seed.agency.name);
let s: SubgraphUnderTest;
let admin: string;

beforeAll(async () => {
  useTokenIssuer(await TokenIssuer.create(parseEnv(process.env).jwt));
  s = await startSubgraphForTest({
    label: 'personnel',
    createOrm: createPersonnelOrm,
    schemaName: SCHEMA,
    buildSchema: buildPersonnelSchema,
    createLoaders,
    seed: (em, now) => seedPersonnel(em, now, { demoUsers: true }),
  });
  admin = await s.token(['CERT_ADMIN']);
});
afterAll(() => s?.stop());

describe('migrations and seed', () => {
  it('the migrations produce exactly the schema the entities describe', async () => {
    expect(await pendingSchemaDiff(s.orm)).toBe('');
  });

  it('seed 000 附件2 is loaded once: 15 officers, 15 certificates, a second run changes nothing', async () => {
    const again = await seedPersonnel(s.orm.em.fork(), s.clock.now(), { demoUsers: true });
    expect(again).toEqual({ agencies: 0, officers: 0, certificates: 0, users: 0 });
    const data = await ok(s.url, '{ officers(limit: 100) { total } certificates(limit: 100) { total } agencies { items { officerCount } } }', {}, admin);
    expect(data.officers.total).toBe(15);
    expect(data.agencies.items).toEqual([{ officerCount: 15 }]);
    expect(data.certificates.total).toBe(15);
  });
});

describe('login', () => {
  it('a demo user logs in and gets a token that identifies him', async () => {
    const { login } = await ok(s.url, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token user { username roles agencyId } } }', { u: 'agencyadmin', p: DEMO_PASSWORD });
    expect(login.user).toEqual({ username: 'agencyadmin', roles: ['AGENCY_ADMIN'], agencyId });
    const me = await ok(s.url, '{ me { username displayName } }', {}, login.token);
    expect(me.me.username).toBe('agencyadmin');
    // DESIGN "Scope": the token names the agency and its path (bounded), never the subtree's ids
    const claims = JSON.parse(Buffer.from(login.token.split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({ iss: 'jiandu', aud: 'jiandu', roles: ['AGENCY_ADMIN'], agencyId, agencyPath: `/${agencyId}/` });
    expect(claims.scope).toBeUndefined();
    const cert = await ok(s.url, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: 'certadmin', p: DEMO_PASSWORD });
    expect(JSON.parse(Buffer.from(cert.login.token.split('.')[1], 'base64url').toString()).agencyPath).toBeUndefined();
  });

  it('a wrong password and an unknown user get the same INVALID_CREDENTIALS answer', async () => {
    const q = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
    const wrong = await gql(s.url, q, { u: 'certadmin', p: 'nope' });
    const unknown = await gql(s.url, q, { u: 'nobody', p: 'nope' });
    expect(codes(wrong)).toEqual(['INVALID_CREDENTIALS']);
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
    expect(wrong.errors?.[0]?.message).toBe('用户名或密码错误');
  });
});

describe('identity at the subgraph', () => {
  it('no token: anonymous, protected lists refused with UNAUTHENTICATED', async () => {
    expect(codes(await gql(s.url, '{ officers { total } }'))).toEqual(['UNAUTHENTICATED']);
  });

  it('a forged token (signed with another key) is treated as anonymous', async () => {
    const { generateKeyPair, SignJWT } = await import('jose');
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT({ roles: ['CERT_ADMIN'] }).setProtectedHeader({ alg: 'ES256' }).setSubject('x').setIssuer('jiandu').setAudience('jiandu').setExpirationTime('1h').sign(privateKey);
    expect(codes(await gql(s.url, '{ officers { total } }', {}, forged))).toEqual(['UNAUTHENTICATED']);
    expect((await gql(s.url, '{ me { username } }', {}, forged)).data).toEqual({ me: null });
  });

  it('an expired token is treated as anonymous', async () => {
    const jwt = parseEnv(process.env).jwt;
    const issuer = await TokenIssuer.create(jwt);
    const signedAt = new Date(new Date(TEST_NOW).getTime() - jwt.ttlSeconds * 1000 - 3_600_000); // expired an hour before TEST_NOW
    const { token } = await issuer.sign({ sub: 'x', username: 'x', name: 'x', roles: ['CERT_ADMIN'], agencyId: null, officerId: null }, signedAt);
    expect(codes(await gql(s.url, '{ officers { total } }', {}, token))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('officers: pagination, sorting, filtering', () => {
  it('pages through the list in published order (000 附件2 序号)', async () => {
    const q = 'query($o: Int!, $l: Int!) { officers(offset: $o, limit: $l, orderBy: { field: LIST_SEQ, direction: ASC }) { total items { name listSeq } } }';
    const p1 = await ok(s.url, q, { o: 0, l: 10 }, admin);
    const p2 = await ok(s.url, q, { o: 10, l: 10 }, admin);
    expect(p1.officers.total).toBe(15);
    expect(p1.officers.items.map((o: any) => o.name)).toEqual(seed.officers.slice(0, 10).map((o) => o.name));
    expect(p2.officers.items.map((o: any) => o.name)).toEqual(seed.officers.slice(10).map((o) => o.name));
  });

  it('filters by name and sorts descending', async () => {
    const d = await ok(s.url, '{ officers(filter: { search: "刘" }, orderBy: { field: LIST_SEQ, direction: DESC }) { total items { name } } }', {}, admin);
    expect(d.officers.items.map((o: any) => o.name)).toEqual(['刘众', '刘雨婷', '刘畅']);
  });

  it('refuses a page size over 200 with BAD_USER_INPUT and a message a clerk can act on', async () => {
    const r = await gql(s.url, '{ officers(limit: 500) { total } }', {}, admin);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0]?.message).toContain('每页条数应在 1 到 200 之间');
  });

  it('refuses a malformed id with BAD_USER_INPUT, not a server error', async () => {
    expect(codes(await gql(s.url, '{ officer(id: "42") { name } }', {}, admin))).toEqual(['BAD_USER_INPUT']);
  });

  it('the ID-card number is never returned in full (DESIGN: masked 6501**********1234)', async () => {
    const id = seedIds.officer('31000036001');
    await s.orm.em.fork().getConnection().execute(`update ${SCHEMA}.officer set id_number = '650102198001011234' where id = ?`, [id]);
    const d = await ok(s.url, 'query($id: ID!) { officer(id: $id) { idNumberMasked } }', { id }, admin);
    expect(d.officer.idNumberMasked).toBe('6501**********1234');
  });
});

describe('scoping (DESIGN "Who uses it"; 004 第五条 tree)', () => {
  it('an agency administrator of another agency sees none of these officers', async () => {
    const other = await s.token(['AGENCY_ADMIN'], { agencyId: '11111111-1111-4111-8111-111111111111' });
    const d = await ok(s.url, '{ officers { total } }', {}, other);
    expect(d.officers.total).toBe(0);
    const r = await gql(s.url, 'query($id: ID!) { officer(id: $id) { name } }', { id: seedIds.officer('31000036001') }, other);
    expect(codes(r)).toEqual(['NOT_FOUND']);
  });

  it('the agency\'s own administrator sees its 15 officers', async () => {
    const own = await s.token(['AGENCY_ADMIN'], { agencyId });
    expect((await ok(s.url, '{ officers { total } }', {}, own)).officers.total).toBe(15);
  });
});

describe('public lookup (003 第4条 公开查询; DESIGN "Fixed points")', () => {
  it.each(seed.officers.map((o) => [o.certificateNumber, o.name]))('publicCertificate(%s) answers %s with only the public fields', async (number, name) => {
    const d = await ok(s.url, 'query($n: String!) { publicCertificate(number: $n) { number holderName agencyName fields region status validUntil } }', { n: number });
    expect(d.publicCertificate).toEqual({
      number,
      holderName: name,
      agencyName: '新疆维吾尔自治区机关事务管理局',
      fields: ['机关事务管理'],
      region: '全疆',
      status: 'VALID',
      validUntil: SEED_VALID_UNTIL,
    });
  });

  it('an unknown number answers null', async () => {
    expect(await ok(s.url, '{ publicCertificate(number: "99999999999") { number } }')).toEqual({ publicCertificate: null });
  });

  it('the public type exposes nothing else about the officer', async () => {
    const d = await ok(s.url, '{ __type(name: "PublicCertificate") { fields { name } } }');
    expect(d.__type.fields.map((f: any) => f.name).sort()).toEqual(['agencyName', 'fields', 'holderName', 'number', 'region', 'status', 'validUntil']);
  });
});

describe('certificate status derived from time', () => {
  it('statusAt answers before issue, while valid and after validity', async () => {
    const id = seedIds.certificate('31000036001');
    const q = 'query($id: ID!) { certificate(id: $id) { before: statusAt(at: "2022-12-04T12:00:00+08:00") now: status during: statusAt(at: "2025-06-01T00:00:00Z") after: statusAt(at: "2027-12-05T00:00:00+08:00") } }';
    expect((await ok(s.url, q, { id }, admin)).certificate).toEqual({ before: 'NOT_YET_VALID', now: 'VALID', during: 'VALID', after: 'EXPIRED' });
  });
});
