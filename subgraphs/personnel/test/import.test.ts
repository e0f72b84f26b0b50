/** Officers CSV import (every row validated, all or nothing) and export, against a real PostgreSQL. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadSeed000, seedIds } from '@jiandu/kit';
import { startSubgraphForTest, type SubgraphUnderTest } from '../../../e2e/support/subgraph.js';
import { codes, gql, ok } from '../../../e2e/support/graphql.js';
import { createPersonnelOrm, SCHEMA } from '../src/orm.js';
import { buildPersonnelSchema } from '../src/schema.js';
import { createLoaders } from '../src/loaders.js';
import { seedPersonnel } from '../src/seed/seed.js';

const seed = loadSeed000();
const AGENCY = seed.agency.name;
const HEADER = '姓名,身份证号,执法主体,岗位,执法区域,执法领域,岗位职责,法律职业资格';
const IMPORT = 'mutation($csv: String!, $dry: Boolean!) { importOfficers(csv: $csv, dryRun: $dry) { rows imported dryRun problems { row field message } } }';
let s: SubgraphUnderTest;
let admin: string;

beforeAll(async () => {
  s = await startSubgraphForTest({ label: 'import', createOrm: createPersonnelOrm, schemaName: SCHEMA, buildSchema: buildPersonnelSchema, createLoaders, seed: (em, now) => seedPersonnel(em, now, { demoUsers: false }) });
  admin = await s.token(['AGENCY_ADMIN'], { agencyId: seedIds.agency(AGENCY), name: '导入管理员' });
});
afterAll(() => s?.stop());

const total = async () => (await ok(s.url, '{ officers { total } }', {}, admin)).officers.total;

describe('officers CSV import', () => {
  it('reports every invalid row with its row number, and imports nothing when any row is invalid', async () => {
    const csv = [
      HEADER,
      `王一,11010519491231002X,${AGENCY},科员,全疆,机关事务管理,行政执法,否`,
      `,110105194912310021,${AGENCY},,全疆,机关事务管理,行政执法,是`,
      `王三,,不存在的局,,全疆,,巡查,否`,
      `王四,11010519491231002X,${AGENCY},,全疆,机关事务管理,法制审核,是`,
    ].join('\n');
    const r = (await ok(s.url, IMPORT, { csv, dry: false }, admin)).importOfficers;
    expect(r).toMatchObject({ rows: 4, imported: 0 });
    expect(r.problems.map((p: any) => [p.row, p.field])).toEqual([
      [3, 'name'],
      [3, 'idNumber'],
      [4, 'duties'],
      [4, 'fields'],
      [4, 'duties'],
      [4, 'agency'],
      [5, 'idNumber'],
    ]);
    expect(r.problems.find((p: any) => p.row === 5).message).toBe('身份证号与第 2 行重复');
    expect(await total()).toBe(15);
  });

  it('a dry run validates only; a clean file is imported in one go', async () => {
    const csv = `\uFEFF${HEADER}\r\n王一,11010519491231002X,${AGENCY},科员,全疆,机关事务管理,行政执法;法制审核,是\r\n"王,二",,${AGENCY},,全疆,机关事务管理,行政执法,否\r\n`;
    expect((await ok(s.url, IMPORT, { csv, dry: true }, admin)).importOfficers).toEqual({ rows: 2, imported: 0, dryRun: true, problems: [] });
    expect(await total()).toBe(15);
    expect((await ok(s.url, IMPORT, { csv, dry: false }, admin)).importOfficers).toMatchObject({ rows: 2, imported: 2 });
    expect(await total()).toBe(17);
    // importing the same ID number again is caught
    const again = (await ok(s.url, IMPORT, { csv, dry: true }, admin)).importOfficers;
    expect(again.problems).toEqual([{ row: 2, field: 'idNumber', message: '该身份证号已登记' }]);
  });

  it('each imported officer has his 新建 entry in the change log, as one created by hand — the ID number masked', async () => {
    const d = await ok(s.url, '{ officers(filter: { search: "王一" }) { items { name changeLog { total items { action actorName changes { field after } } } } } }', {}, admin);
    const [o] = d.officers.items;
    expect(o.changeLog.total).toBe(1);
    expect(o.changeLog.items[0]).toMatchObject({ action: '新建', actorName: '导入管理员' });
    expect(o.changeLog.items[0].changes).toEqual(expect.arrayContaining([{ field: 'name', after: '王一' }, { field: 'idNumber', after: '1101**********002X' }, { field: 'agencyId', after: seedIds.agency(AGENCY) }]));
    expect(JSON.stringify(o.changeLog)).not.toContain('11010519491231002X');
  });

  it('a file without the expected header is refused as a whole', async () => {
    expect(codes(await gql(s.url, IMPORT, { csv: '姓名,电话\n张三,1', dry: true }, admin))).toEqual(['BAD_USER_INPUT']);
  });

  it('an agency administrator cannot import into an agency outside his subtree', async () => {
    const other = await s.token(['AGENCY_ADMIN'], { agencyId: '77777777-7777-4777-8777-777777777777' });
    const r = (await ok(s.url, IMPORT, { csv: `${HEADER}\n赵一,,${AGENCY},,全疆,机关事务管理,行政执法,否`, dry: true }, other)).importOfficers;
    expect(r.problems).toEqual([{ row: 2, field: 'agency', message: `无权在执法主体「${AGENCY}」登记人员` }]);
  });
});

describe('officers CSV export', () => {
  it('exports what the caller sees, ID numbers masked, with certificate status', async () => {
    const csv: string = (await ok(s.url, '{ officersCsv }', {}, admin)).officersCsv;
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe(`${HEADER},证件号,证件状态,有效期至`);
    expect(lines).toHaveLength(18);
    expect(lines[1]).toBe(`潘铤,,${AGENCY},,全疆,机关事务管理,行政执法,否,31000036001,有效,2027-12-04`);
    expect(csv).toContain('1101**********002X');
    expect(csv).not.toContain('11010519491231002X');
  });
});
