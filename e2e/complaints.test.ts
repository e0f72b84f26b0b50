/**
 * Complaints (004 第八条) through the real gateway, every subgraph in its own process: a complaint linked to a case
 * shows in `EnforcementCase.complaints`, its handler is a 执法监督人员 personnel answers for (004 第二十条、第二十二条),
 * the complained-of agency's administrator sees it with the complainant masked — and when personnel is down
 * (the last test stops it) no handler is assigned.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestPlatform, sqlStatements, type TestPlatform } from './support/platform.js';
import { codes, gql, ok } from './support/graphql.js';
import { TEST_TODAY } from './support/subgraph.js';
import { createSupervisorOfficer, login, registerDemoCase, SEED_AGENCY } from './support/complaints.js';

let p: TestPlatform;
const tokens: Record<string, string> = {};
let handler: string;
let caseRef: { id: string; number: string };
let complaintId: string;

const FIELDS = 'id number status version complainantName complainantPhone handlerName handler { id name } case { id number } availableActions steps { kind status actorName handlerName }';
const step = async (mutation: string, args: string, vars: Record<string, unknown>, token = tokens.supervisor!) => {
  const { complaint } = await ok(p.gatewayUrl, 'query($id: ID!) { complaint(id: $id) { version } }', { id: complaintId }, token);
  return gql(p.gatewayUrl, `mutation($id: ID!, $v: Int!${args ? `, ${args}` : ''}) { ${mutation}(id: $id, version: $v${Object.keys(vars).map((k) => `, ${k}: $${k}`).join('')}) { ${FIELDS} } }`, { id: complaintId, v: complaint.version, ...vars }, token);
};

beforeAll(async () => {
  p = await startTestPlatform({ label: 'complaints' });
  for (const u of ['officer', 'supervisor', 'agencyadmin', 'certadmin', 'sysadmin']) tokens[u] = await login(p.gatewayUrl, u);
  handler = await createSupervisorOfficer(p.gatewayUrl, { agencyadmin: tokens.agencyadmin!, certadmin: tokens.certadmin! }, '监督员甲', 'JD00000001');
  caseRef = await registerDemoCase(p.gatewayUrl, tokens.officer!);
}, 180_000);
afterAll(async () => {
  if (process.env.SHOW_LOGS) console.log(p?.logs().join('\n'));
  await p?.stop();
});

describe('a complaint about a case, handled through the gateway (004 第八条)', () => {
  it('registered with the case it concerns; the case shows it in EnforcementCase.complaints', async () => {
    const c = await ok(
      p.gatewayUrl,
      `mutation($i: CreateComplaintInput!) { createComplaint(input: $i) { ${FIELDS} } }`,
      { i: { channel: 'VISIT', complainantName: '张三', complainantPhone: '+86 138 1234 5678', agencyId: SEED_AGENCY, caseId: caseRef.id, content: '对该案件的处罚决定有异议' } },
      tokens.supervisor,
    );
    complaintId = c.createComplaint.id;
    expect(c.createComplaint).toMatchObject({ status: 'RECEIVED', complainantPhone: '13812345678', case: { id: caseRef.id, number: caseRef.number } });
    const onCase = await ok(p.gatewayUrl, 'query($id: ID!) { case(id: $id) { number complaints { total items { id complainantName } } } }', { id: caseRef.id }, tokens.supervisor);
    expect(onCase.case).toEqual({ number: caseRef.number, complaints: { total: 1, items: [{ id: complaintId, complainantName: '张三' }] } });
  });

  it('the complained-of agency\'s administrator sees it on the case — the complainant masked, and not whether he complained before', async () => {
    const d = await ok(p.gatewayUrl, 'query($id: ID!) { case(id: $id) { complaints { items { complainantName complainantPhone repeat sameComplainantCount availableActions } } } }', { id: caseRef.id }, tokens.agencyadmin);
    expect(d.case.complaints.items).toEqual([{ complainantName: '张*', complainantPhone: '138****5678', repeat: null, sameComplainantCount: null, availableActions: [] }]);
    // the handling officers of the case see none (they are not complaint readers)
    expect((await ok(p.gatewayUrl, 'query($id: ID!) { case(id: $id) { complaints { total } } }', { id: caseRef.id }, tokens.officer)).case.complaints.total).toBe(0);
  });

  it('004 第二十条: the handler picker lists the officers with the supervision duty (personnel\'s officers filter)', async () => {
    const d = await ok(p.gatewayUrl, '{ officers(filter: { duty: SUPERVISION }, limit: 200) { total items { id duties } } }', {}, tokens.supervisor);
    expect(d.officers.items.map((o: any) => o.id)).toEqual([handler]);
    expect((await ok(p.gatewayUrl, '{ officers(filter: { duty: ENFORCEMENT }, limit: 200) { total } }', {}, tokens.supervisor)).officers.total).toBeGreaterThanOrEqual(15);
  });

  it('accepted, given a 执法监督人员 as handler (his name through personnel), investigated and concluded with the reply', async () => {
    expect((await step('acceptComplaint', '', {})).data?.acceptComplaint.status).toBe('ACCEPTED');
    const assigned = (await step('assignComplaintHandler', '$officerId: ID!', { officerId: handler })).data?.assignComplaintHandler;
    expect(assigned).toMatchObject({ handlerName: '监督员甲', handler: { id: handler, name: '监督员甲' } });
    expect((await step('startComplaintInvestigation', '', {})).data?.startComplaintInvestigation.status).toBe('INVESTIGATING');
    const done = await step('concludeComplaint', '$input: ConcludeComplaintInput!', { input: { finding: 'PARTLY_SUBSTANTIATED', reply: '经调查核实，反映情况部分属实，已督促改正。', repliedVia: 'LETTER', repliedOn: TEST_TODAY } });
    expect(done.errors).toBeUndefined();
    expect(done.data?.concludeComplaint.steps.map((s: any) => s.kind)).toEqual(['REGISTERED', 'ACCEPTED', 'HANDLER_ASSIGNED', 'INVESTIGATION_STARTED', 'CONCLUDED']);
    expect(done.data?.concludeComplaint.steps[2]).toMatchObject({ handlerName: '监督员甲', actorName: '执法监督人员' });
  });

  it('an agency administrator may not handle complaints, through either door', async () => {
    const c = (await ok(p.gatewayUrl, 'mutation($i: CreateComplaintInput!) { createComplaint(input: $i) { id version } }', { i: { channel: 'PHONE', anonymous: true, agencyId: SEED_AGENCY, content: '匿名反映' } }, tokens.supervisor)).createComplaint;
    complaintId = c.id;
    const q = 'mutation($id: ID!, $v: Int!) { acceptComplaint(id: $id, version: $v) { id } }';
    expect(codes(await gql(p.gatewayUrl, q, { id: c.id, v: c.version }, tokens.agencyadmin))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(`${p.subgraphUrls.supervision}/graphql`, q, { id: c.id, v: c.version }, tokens.agencyadmin))).toEqual(['FORBIDDEN']);
  });

  it('EnforcementCase.complaints through the gateway: the same number of SQL statements for 1 case as for 3 (each with a named complaint)', async () => {
    for (const cause of ['第二个案件', '第三个案件']) {
      const other = await registerDemoCase(p.gatewayUrl, tokens.officer!, `某公共机构${cause}`);
      await ok(p.gatewayUrl, 'mutation($i: CreateComplaintInput!) { createComplaint(input: $i) { id } }', { i: { channel: 'LETTER', complainantName: '李四', complainantPhone: '13900001111', agencyId: SEED_AGENCY, caseId: other.id, content: `关于${cause}` } }, tokens.supervisor);
    }
    const q = 'query($n: Int!) { cases(limit: $n) { items { number complaints { total items { number complainantName repeat } } } } }';
    const count = async (n: number) => {
      const before = await sqlStatements(p);
      const d = await ok(p.gatewayUrl, q, { n }, tokens.supervisor);
      expect(d.cases.items).toHaveLength(n);
      return (await sqlStatements(p)) - before;
    };
    expect(await count(3)).toBe(await count(1));
  });

  it('fails closed: with personnel down, assigning a handler is DEPENDENCY_UNAVAILABLE and nothing changes', async () => {
    await step('acceptComplaint', '', {});
    await p.stopSubgraph('personnel');
    const r = await step('assignComplaintHandler', '$officerId: ID!', { officerId: handler });
    expect(codes(r)).toEqual(['DEPENDENCY_UNAVAILABLE']);
    expect(r.errors?.[0]?.message).toBe('人员子图暂不可用，请稍后重试');
    const after = await ok(p.gatewayUrl, 'query($id: ID!) { complaint(id: $id) { status handlerName steps { kind } } }', { id: complaintId }, tokens.supervisor);
    expect(after.complaint).toEqual({ status: 'ACCEPTED', handlerName: null, steps: [{ kind: 'REGISTERED' }, { kind: 'ACCEPTED' }] });
  });
});
