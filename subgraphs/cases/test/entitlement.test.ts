/**
 * The cases side of 持证上岗 (004 第十一条; 003 第4条): `checkEntitlements` against a real personnel subgraph on
 * PostgreSQL, `requireEntitled`'s refusals, and failing closed when personnel cannot answer.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DomainError, loadSeed000, seedIds } from '@jiandu/kit';
import { startSubgraphForTest, TEST_TODAY, testDate, type SubgraphUnderTest } from '../../../e2e/support/subgraph.js';
import { ok } from '../../../e2e/support/graphql.js';
import { createPersonnelOrm, SCHEMA as PERSONNEL } from '../../personnel/src/orm.js';
import { buildPersonnelSchema } from '../../personnel/src/schema.js';
import { createLoaders as personnelLoaders } from '../../personnel/src/loaders.js';
import { seedPersonnel } from '../../personnel/src/seed/seed.js';
import { assertEntitled, checkEntitlements, requireEntitled, type Entitlement } from '../src/entitlement/entitlement.client.js';

const seed = loadSeed000();
const FIELD = seed.officers[0]!.field; // 机关事务管理
const AGENCY = seedIds.agency(seed.agency.name);
const officer = (i: number) => seedIds.officer(seed.officers[i]!.certificateNumber);
const SUSPENDED = officer(0);
const SUSPENDED_NAME = seed.officers[0]!.name;
const UNKNOWN = '0f000000-0000-4000-8000-0000000000ff';

let personnel: SubgraphUnderTest;
let personnelStopped = false;
let bearer: string; // the caller's own Authorization header, as cases' context holds it

/** The error a promise or function throws (fails the test when it throws none). */
async function refusal(fn: () => unknown): Promise<DomainError> {
  try {
    await fn();
  } catch (e) {
    return e as DomainError;
  }
  throw new Error('expected a refusal');
}

/** A port nothing listens on: a server is opened on a free port and closed again. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  personnel = await startSubgraphForTest({
    label: 'cases-entitlement-personnel', createOrm: createPersonnelOrm, schemaName: PERSONNEL, buildSchema: buildPersonnelSchema, createLoaders: personnelLoaders,
    seed: (em, now) => seedPersonnel(em, now, { demoUsers: false }),
  });
  const certAdmin = await personnel.token(['CERT_ADMIN']);
  bearer = `Bearer ${await personnel.token(['OFFICER'], { agencyId: AGENCY, agencyPath: `/${AGENCY}/` })}`;
  // 003 第4条: 潘铤's certificate (the first of 000 附件2) is suspended from today.
  const certificateId = seedIds.certificate(seed.officers[0]!.certificateNumber);
  const { certificate } = await ok(personnel.url, 'query($id: ID!) { certificate(id: $id) { version } }', { id: certificateId }, certAdmin);
  await ok(
    personnel.url,
    'mutation($id: ID!, $v: Int!, $i: SuspendCertificateInput!) { suspendCertificate(id: $id, version: $v, input: $i) { id } }',
    { id: certificateId, v: certificate.version, i: { ground: 'LENT', startsOn: TEST_TODAY, reason: '将行政执法证交由他人使用' } },
    certAdmin,
  );
});
afterAll(async () => {
  if (!personnelStopped) await personnel?.stop();
});

describe('checkEntitlements: one batched question to personnel at the instant of the step (004 第十一条)', () => {
  it('004 第十一条: answers each officer by id — entitled with the certificate shown, or why not', async () => {
    const map = await checkEntitlements(personnel.url, bearer, { agencyId: AGENCY, field: FIELD, officerIds: [officer(2), SUSPENDED, UNKNOWN], at: personnel.clock.now() });
    expect([...map.keys()]).toEqual([officer(2), SUSPENDED, UNKNOWN]);
    expect(map.get(officer(2))).toEqual({
      officerId: officer(2), officerName: seed.officers[2]!.name, entitled: true, status: 'VALID', certificateNumber: seed.officers[2]!.certificateNumber, reason: null,
    });
    expect(map.get(SUSPENDED)).toMatchObject({ officerName: SUSPENDED_NAME, entitled: false, status: 'SUSPENDED', reason: 'SUSPENDED' });
    expect(map.get(UNKNOWN)).toMatchObject({ officerName: null, entitled: false, reason: 'NO_CERTIFICATE' });
  });

  it('003 第4条: the instant is the step\'s — the day before the suspension the same officer was entitled', async () => {
    const at = new Date(`${testDate({ days: -1 })}T12:00:00+08:00`);
    const map = await checkEntitlements({ subgraphUrls: { personnel: personnel.url } }, null, { agencyId: AGENCY, field: FIELD, officerIds: [SUSPENDED], at });
    expect(map.get(SUSPENDED)).toMatchObject({ entitled: true, status: 'VALID' });
  });

  it('more than 50 officers are asked in batches of 50, every one answered', async () => {
    const ids = Array.from({ length: 60 }, (_, i) => `0f000000-0000-4000-8000-0000000001${String(i).padStart(2, '0')}`);
    const map = await checkEntitlements(personnel.url, bearer, { agencyId: AGENCY, field: FIELD, officerIds: [...ids, officer(3)] });
    expect(map.size).toBe(61);
    expect(map.get(officer(3))?.entitled).toBe(true);
  });

  it('an agency personnel does not know is NOT_FOUND (agencyId)', async () => {
    const e = await refusal(() => checkEntitlements(personnel.url, bearer, { agencyId: UNKNOWN, field: FIELD, officerIds: [officer(2)] }));
    expect(e).toMatchObject({ code: 'NOT_FOUND', details: { field: 'agencyId' } });
  });
});

describe('requireEntitled: a step by an unentitled officer is never accepted (004 第十一条, 003 第4条)', () => {
  const ask = (officerIds: string[], field: string | null = FIELD) => assertEntitled(personnel.url, bearer, { agencyId: AGENCY, field, officerIds, at: personnel.clock.now() }, '承办本案');

  it('004 第十一条: entitled officers pass', async () => {
    await expect(ask([officer(2), officer(3)])).resolves.toBeInstanceOf(Map);
  });

  it('003 第4条: an officer suspended today cannot be added today → CERTIFICATE_SUSPENDED naming him', async () => {
    const e = await refusal(() => ask([officer(2), SUSPENDED]));
    expect(e).toBeInstanceOf(DomainError);
    expect(e.code).toBe('CERTIFICATE_SUSPENDED');
    expect(e.message).toBe(`执法人员${SUSPENDED_NAME}的行政执法证已暂扣，不能承办本案（003 第4条）`);
    expect(e.details).toEqual({ officerId: SUSPENDED, status: 'SUSPENDED', reason: 'SUSPENDED' });
  });

  it('004 第十一条: a field the certificate does not cover → NOT_ENTITLED with the reason', async () => {
    const e = await refusal(() => ask([officer(2)], '生态环境'));
    expect(e.code).toBe('NOT_ENTITLED');
    expect(e.message).toContain(`执法人员${seed.officers[2]!.name}没有在本案执法领域和区域内有效的行政执法证`);
    expect(e.message).toContain('004 第十一条');
    expect(e.details).toEqual({ officerId: officer(2), status: 'VALID', reason: 'FIELD_NOT_COVERED' });
  });

  it('004 第十一条: an unknown officer → NOT_ENTITLED (no certificate); the first refused in the order given is named', async () => {
    const e = await refusal(() => ask([officer(2), UNKNOWN, SUSPENDED]));
    expect(e).toMatchObject({ code: 'NOT_ENTITLED', details: { officerId: UNKNOWN, status: null, reason: 'NO_CERTIFICATE' } });
  });

  it('fails closed: an officer the answer does not hold is refused, not let through', () => {
    const map = new Map<string, Entitlement>();
    expect(() => requireEntitled(map, [UNKNOWN])).toThrow(expect.objectContaining({ code: 'NOT_ENTITLED' }) as never);
  });
});

describe('fails closed when personnel cannot answer (DESIGN "Cases": DEPENDENCY_UNAVAILABLE)', () => {
  const question = { agencyId: AGENCY, field: FIELD, officerIds: [officer(2)] };

  it('an answer that is not one entry per officer asked is no answer → DEPENDENCY_UNAVAILABLE', async () => {
    const fake: Server = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ data: { enforcementEntitlements: [{ officerId: UNKNOWN, entitled: true }] } }));
    });
    await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
    try {
      const e = await refusal(() => checkEntitlements(`http://127.0.0.1:${(fake.address() as AddressInfo).port}/graphql`, bearer, question));
      expect(e).toMatchObject({ code: 'DEPENDENCY_UNAVAILABLE', details: { dependency: '人员子图' } });
    } finally {
      await new Promise((resolve) => fake.close(resolve));
    }
  });

  it('nothing listening on personnel\'s port → DEPENDENCY_UNAVAILABLE (人员子图), no answer invented', async () => {
    const port = await closedPort();
    const e = await refusal(() => checkEntitlements(`http://127.0.0.1:${port}/graphql`, bearer, question));
    expect(e).toMatchObject({ code: 'DEPENDENCY_UNAVAILABLE', details: { dependency: '人员子图' } });
    expect(e.message).toContain('人员子图');
  });

  it('personnel stopped → the check refuses with DEPENDENCY_UNAVAILABLE', async () => {
    await personnel.stop();
    personnelStopped = true;
    const e = await refusal(() => assertEntitled(personnel.url, bearer, question));
    expect(e.code).toBe('DEPENDENCY_UNAVAILABLE');
  });
});
