/**
 * 现场监督 and 回避 in the console (004 第二十二条, 第二十一条): a supervisor plans an inspection with two supervisors —
 * the picker shows each one's 执法监督证 for the date and counts them against the ≥ 2 rule, a suspended one is
 * marked — then declares his own 回避 on its page, which marks him 已回避; carrying it out with him is refused by the
 * server (RECUSED). Then the 问题线索移送函 of a sent referral prints as the official document (004 第三十一条).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, loadSeed000, seedIds } from '@jiandu/kit';
import { eventually, inFreshPage as fresh, launchBrowser, submitLogin } from './support/browser.js';
import { ok } from './support/graphql.js';
import { sql } from './support/db.js';
import { startTestPlatform, type TestPlatform } from './support/platform.js';
import { TEST_TODAY, TEST_YEAR, testDate } from './support/subgraph.js';

const seed = loadSeed000();
const ROOT = seedIds.agency(seed.agency.name);
const TITLE = '浏览器测试：证件使用管理现场监督';
let p: TestPlatform;
let browser: Browser;
const S = { a: '', b: '', c: '' }; // a: the `supervisor` account's own record; c: 执法监督证 暂扣 from today

const login = async (u: string) => (await ok(p.gatewayUrl, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u, p: DEMO_PASSWORD })).login.token as string;

async function makeSupervisor(tokens: { agencyadmin: string; certadmin: string }, name: string, number: string): Promise<string> {
  const officerId = (await ok(p.gatewayUrl, 'mutation($i: OfficerInput!) { createOfficer(input: $i) { id } }', { i: { name, agencyId: ROOT, region: '全疆', fields: ['执法监督'], duties: ['SUPERVISION'] } }, tokens.agencyadmin)).createOfficer.id;
  await ok(p.gatewayUrl, 'mutation($i: ExamInput!) { recordExam(input: $i) { id } }', { i: { officerId, examName: '行政执法监督资格考试', examOn: testDate({ days: -60 }), passed: true } }, tokens.agencyadmin);
  await ok(p.gatewayUrl, 'mutation($i: TrainingInput!) { recordTraining(input: $i) { id } }', { i: { officerId, type: 'PUBLIC_LAW', title: '执法监督业务培训', trainedOn: TEST_TODAY, hours: 60 } }, tokens.agencyadmin);
  await ok(p.gatewayUrl, 'mutation($i: IssueCertificateInput!) { issueCertificate(input: $i) { id } }', { i: { officerId, number, kind: 'SUPERVISION' } }, tokens.certadmin);
  return officerId;
}

beforeAll(async () => {
  p = await startTestPlatform({ label: 'console_onsite' });
  browser = await launchBrowser();
  const tokens = { agencyadmin: await login('agencyadmin'), certadmin: await login('certadmin') };
  S.a = await makeSupervisor(tokens, '监督员甲', 'JD1000000001');
  S.b = await makeSupervisor(tokens, '监督员乙', 'JD1000000002');
  S.c = await makeSupervisor(tokens, '监督员丙', 'JD1000000003');
  const cert = (await ok(p.gatewayUrl, 'query($id: ID!) { officer(id: $id) { certificates { id version } } }', { id: S.c }, tokens.certadmin)).officer.certificates[0];
  await ok(p.gatewayUrl, 'mutation($id: ID!, $v: Int!, $i: SuspendCertificateInput!) { suspendCertificate(id: $id, version: $v, input: $i) { id } }', {
    id: cert.id, v: cert.version, i: { ground: 'MISUSED', startsOn: TEST_TODAY, reason: '将执法监督证用于执法监督以外的活动' },
  }, tokens.certadmin);
  // the demo account is the first supervisor's own (the link the development seed makes to its demo supervisor)
  await sql(p.databaseUrl, `update personnel.user_account set officer_id = $1 where username = 'supervisor'`, [S.a]);
  await eventually(async () => (await sql(p.databaseUrl, 'select 1 from supervision.agency_projection where id = $1', [ROOT])).length === 1);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await p?.stop();
});

const inFreshPage = (body: (page: Page) => Promise<void>) => fresh(browser, body, { width: 1440, height: 1000 });

async function signIn(page: Page, username: string) {
  await submitLogin(page, p.baseUrl, username, DEMO_PASSWORD);
  await page.getByRole('heading', { name: /欢迎/ }).waitFor();
}

/** Picks a supervisor in the picker by name. */
async function pick(page: Page, name: string) {
  await page.getByRole('combobox', { name: /^执法监督人员/ }).click();
  await page.getByRole('option', { name: new RegExp(name) }).click();
  await page.keyboard.press('Escape');
}

const credential = (page: Page, name: string) => page.getByTestId('supervisor-credential').filter({ hasText: name });

describe('现场监督 and 回避 in the console (004 第二十二条, 第二十一条)', () => {
  let inspectionUrl = '';

  it('004 第二十二条: the supervisor plans an inspection with two supervisors, each one\'s 执法监督证 shown for the date', async () => {
    await inFreshPage(async (page) => {
      await signIn(page, 'supervisor');
      await page.getByRole('menuitem', { name: /现场监督/ }).click();
      await page.waitForURL(/\/inspections$/);
      await page.getByRole('link', { name: '新建' }).click();
      await page.getByRole('textbox', { name: /^名称/ }).fill(TITLE);
      await page.getByRole('textbox', { name: /^地点/ }).fill('机关事务管理局执法大厅');
      await page.getByRole('textbox', { name: /^监督事项/ }).fill('检查执法人员持证上岗和证件使用管理');
      await page.getByLabel('执法主体资格、执法人员资格和证件使用管理').check();
      // he is the first supervisor by default: one is not enough (004 第二十二条)
      await credential(page, '监督员甲').waitFor();
      expect(await page.getByTestId('supervisor-rule').textContent()).toContain('已选 1 人，至少需要 2 人');
      // a suspended 执法监督证 is marked for the date
      await pick(page, '监督员丙');
      await expect(credential(page, '监督员丙').getAttribute('data-valid')).resolves.toBe('false');
      expect(await credential(page, '监督员丙').textContent()).toContain('执法监督证当日无效');
      await page.locator('.MuiChip-root', { hasText: '监督员丙' }).locator('.MuiChip-deleteIcon').click();
      await eventually(async () => (await credential(page, '监督员丙').count()) === 0);
      await pick(page, '监督员乙');
      await credential(page, '监督员乙').waitFor();
      expect(await page.getByTestId('supervisor-rule').textContent()).toContain('已选 2 人');
      expect(await page.getByTestId('supervisor-credential').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-valid')))).toEqual(['true', 'true']);
      await page.getByRole('button', { name: '保存' }).click();
      await page.waitForURL(/\/inspections\/[^/]+\/show$/);
      inspectionUrl = page.url();
      await page.getByTestId('inspection-title').getByText(TITLE).waitFor();
      expect(await page.getByTestId('inspection-status').getAttribute('data-status')).toBe('PLANNED');
      await eventually(async () => (await page.getByTestId('inspection-supervisor').count()) === 2);
      expect(await page.getByTestId('inspection-supervisor').allTextContents()).toEqual([expect.stringContaining('JD1000000001'), expect.stringContaining('JD1000000002')]);
    });
  });

  it('004 第二十一条: he declares his own 回避 on its page; he is marked 已回避, and carrying it out with him is refused', async () => {
    await inFreshPage(async (page) => {
      await signIn(page, 'supervisor');
      await page.goto(inspectionUrl);
      await page.getByRole('tab', { name: '回避' }).click();
      await page.getByTestId('recusals-empty').waitFor();
      await page.getByRole('button', { name: '自行回避' }).click();
      const dialog = page.getByRole('dialog', { name: '自行回避' });
      await dialog.getByRole('textbox', { name: /^回避事由/ }).fill('本人近亲属在被监督机关任职');
      await dialog.getByRole('button', { name: '下一步' }).click();
      expect(await dialog.getByTestId('command-confirmation').textContent()).toContain('不能再参加本监督事项');
      await dialog.getByRole('button', { name: '自行回避' }).click();
      await dialog.waitFor({ state: 'hidden' });
      const row = page.getByTestId('recusal-row');
      await row.waitFor();
      expect(await row.getAttribute('data-way')).toBe('SELF_DECLARED');
      expect(await row.getAttribute('data-status')).toBe('IN_EFFECT');
      expect(await row.textContent()).toContain('监督员甲');

      await page.getByRole('tab', { name: '概况' }).click();
      await page.getByTestId('recused-chip').waitFor();
      expect(await page.locator('[data-testid="inspection-supervisor"][data-recused="true"]').textContent()).toContain('监督员甲');
      expect(await page.getByTestId('recused-warning').textContent()).toContain('监督员甲');

      // 登记实施 with him: marked in the dialog, and the server refuses RECUSED with its message
      await page.getByRole('button', { name: '登记实施' }).click();
      const carry = page.getByRole('dialog', { name: /登记现场监督已实施/ });
      await carry.getByTestId('picker-recused').waitFor();
      await carry.getByRole('button', { name: '下一步' }).click();
      await carry.getByRole('button', { name: '登记实施' }).click();
      await page.getByText(/监督员甲已就该监督事项自行回避/).waitFor();
      expect(await page.getByTestId('inspection-status').getAttribute('data-status')).toBe('PLANNED');
    });
  });

  it('004 第三十一条: the 问题线索移送函 of a sent referral prints as the official document', async () => {
    const token = await login('supervisor');
    const r = (await ok(p.gatewayUrl, 'mutation($i: ReferralInput!) { createReferral(input: $i) { id version } }', {
      i: { clueKind: 'DUTY_OFFENCE', offence: 'DERELICTION', recipientKind: 'SUPERVISORY_COMMISSION', recipientName: '新疆维吾尔自治区监察委员会', agencyId: ROOT, officerIds: [seedIds.officer(seed.officers[0]!.certificateNumber)], summary: '现场监督中发现该执法人员对举报的违法行为长期不予查处' },
    }, token)).createReferral;
    await ok(p.gatewayUrl, 'mutation($id: ID!, $v: Int!, $on: String!) { sendReferral(id: $id, version: $v, sentOn: $on) { number } }', { id: r.id, v: r.version, on: TEST_TODAY }, token);
    await inFreshPage(async (page) => {
      await signIn(page, 'supervisor');
      await page.goto(`${p.baseUrl}/#/referrals/${r.id}/show`);
      await page.getByTestId('referral-number').getByText(`监移〔${TEST_YEAR}〕1号`).waitFor();
      await page.getByRole('link', { name: '打印移送函' }).click();
      await page.getByTestId('official-document').waitFor();
      expect(await page.getByTestId('document-number').textContent()).toBe(`监移〔${TEST_YEAR}〕1号`);
      expect(await page.getByTestId('document-title').textContent()).toBe('问题线索移送函');
      expect(await page.getByTestId('document-addressee').textContent()).toBe('新疆维吾尔自治区监察委员会：');
      const body = await page.getByTestId('document-body').textContent();
      expect(body).toContain(`${seed.agency.name}行政执法人员${seed.officers[0]!.name}涉嫌失职渎职问题线索`);
      expect(body).toContain('第三十一条第一款');
      expect(await page.getByTestId('referral-receipt-slip').textContent()).toContain(`（监移〔${TEST_YEAR}〕1号）`);
      // printed, it is the document alone
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByTestId('print-document').isVisible()).toBe(false);
      expect(await page.locator('.MuiAppBar-root').isVisible()).toBe(false);
    });
  });
});
