/**
 * The certificate lifecycle in the console (the issue's acceptance): a certificate administrator issues a
 * certificate to an officer whose exam and training were recorded (the dialog first refuses an empty number
 * by itself, then shows the server's refusal of a number already taken on that input), suspends it for 3 months and sees the
 * end the server computes before confirming, then the status and the history entry; a citizen on the
 * public page, with no login, sees it suspended; the list's quick filter 暂扣中 finds exactly it.
 * The set-up goes through the API as the agency administrator (as the e2e API tests do). The platform's
 * clock and the browser's are pinned at TEST_NOW (by default 2026-11-24T10:00+08:00, so 3 months from
 * 2026-11-24 end on 2027-02-24).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { addNaturalMonths, DEMO_PASSWORD, loadSeed000, seedIds } from '@jiandu/kit';
import { eventually, inFreshPage as fresh, inputMessage, launchBrowser, submitLogin } from './support/browser.js';
import { ok } from './support/graphql.js';
import { startTestPlatform, type TestPlatform } from './support/platform.js';
import { TEST_TODAY, testDate } from './support/subgraph.js';

const NUMBER = '31000036100';
const HOLDER = '证件测试员';
/** 003 第4条: 3 months from today, on the plain calendar date. */
const ENDS = addNaturalMonths(TEST_TODAY, 3, { extendToWorkingDay: false });

let p: TestPlatform;
let browser: Browser;
let officerId: string;
/** An officer with neither exam nor training: 核发 is refused with what is missing. */
let untrainedId: string;

const login = async (u: string) =>
  (await ok(p.gatewayUrl, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u, p: DEMO_PASSWORD })).login.token as string;

beforeAll(async () => {
  p = await startTestPlatform({ label: 'console_certificates' });
  browser = await launchBrowser();
  // An officer of the seed agency with what 核发 requires (003 第4条: a passed exam; 第3条: 60 hours).
  const agencyadmin = await login('agencyadmin');
  const agencyId = seedIds.agency(loadSeed000().agency.name);
  officerId = (
    await ok(p.gatewayUrl, 'mutation($i: OfficerInput!) { createOfficer(input: $i) { id } }', {
      i: { name: HOLDER, agencyId, region: '全疆', fields: ['机关事务管理'], duties: ['ENFORCEMENT'] },
    }, agencyadmin)
  ).createOfficer.id;
  untrainedId = (
    await ok(p.gatewayUrl, 'mutation($i: OfficerInput!) { createOfficer(input: $i) { id } }', {
      i: { name: '未考试人员', agencyId, region: '全疆', fields: ['机关事务管理'], duties: ['ENFORCEMENT'] },
    }, agencyadmin)
  ).createOfficer.id;
  await ok(p.gatewayUrl, 'mutation($i: ExamInput!) { recordExam(input: $i) { id } }', { i: { officerId, examName: '全国统一行政执法证件考试', examOn: testDate({ days: -60 }), passed: true, score: 86 } }, agencyadmin);
  await ok(p.gatewayUrl, 'mutation($i: TrainingInput!) { recordTraining(input: $i) { id } }', { i: { officerId, type: 'PUBLIC_LAW', title: '年度轮训', trainedOn: TEST_TODAY, hours: 60 } }, agencyadmin);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await p?.stop();
});

const inFreshPage = (body: (page: Page) => Promise<void>) => fresh(browser, body);
async function signIn(page: Page, username: string): Promise<void> {
  await submitLogin(page, p.baseUrl, username, DEMO_PASSWORD);
  await page.getByRole('heading', { name: /欢迎/ }).waitFor();
}

describe('certificates in the console', () => {
  it('a certificate administrator issues a certificate, suspends it for 3 months and sees the end and the history; the public page shows it suspended', async () => {
    await inFreshPage(async (page) => {
      await signIn(page, 'certadmin');

      // 核发
      await page.goto(`${p.baseUrl}/#/officers/${officerId}/show`);
      await page.getByText(HOLDER, { exact: true }).first().waitFor();
      await page.getByRole('button', { name: '核发证件' }).click();
      const issue = page.getByRole('dialog', { name: /核发证件/ });
      const numberInput = issue.getByRole('textbox', { name: /^证件号/ });
      await numberInput.waitFor();
      // the form's own check: nothing is sent without a number
      await issue.getByRole('button', { name: '核发证件' }).click();
      expect(await inputMessage(page, numberInput)).toBe('必填');
      // the server's check, shown on the input it names: the number of 潘铤's certificate is taken (DUPLICATE, field number)
      await numberInput.fill('31000036001');
      await issue.getByRole('button', { name: '核发证件' }).click();
      await eventually(async () => (await inputMessage(page, numberInput)) === '证件号已存在，证件号必须唯一');
      expect(page.url()).toMatch(/#\/officers\//);
      await numberInput.fill(NUMBER);
      await issue.getByRole('button', { name: '核发证件' }).click();

      // the certificate page opens
      await page.waitForURL(/#\/certificates\/[^/]+\/show/);
      await page.getByText(NUMBER, { exact: true }).first().waitFor();
      await page.locator('[data-status="VALID"]').first().waitFor();
      expect(await page.locator('svg[data-url]').getAttribute('data-url')).toBe(`${p.baseUrl}/#/public?number=${NUMBER}`);

      // 暂扣3个月: the end is shown before confirming
      await page.getByRole('button', { name: '暂扣3个月' }).click();
      const suspend = page.getByRole('dialog', { name: /暂扣3个月/ });
      await suspend.getByRole('radio', { name: '将行政执法证交由他用' }).check();
      await suspend.getByLabel(/暂扣起始日/).fill(TEST_TODAY);
      // the facts are required: 下一步 stays on the form and says so on the input
      const facts = suspend.getByRole('textbox', { name: /事实与理由/ });
      await suspend.getByTestId('suspension-preview').getByText(ENDS).waitFor();
      await suspend.getByRole('button', { name: '下一步' }).click();
      expect(await inputMessage(page, facts)).toBe('必填');
      expect(await suspend.getByTestId('suspension-confirmation').count()).toBe(0);
      await facts.fill('将行政执法证交由他人使用');
      const preview = suspend.getByTestId('suspension-preview');
      await preview.getByText(`暂扣期间：${TEST_TODAY} 至 ${ENDS}（3个月）`).waitFor();
      await suspend.getByRole('button', { name: '下一步' }).click();
      const confirmation = suspend.getByTestId('suspension-confirmation');
      await confirmation.getByText(ENDS).waitFor();
      expect(await confirmation.textContent()).toContain('将行政执法证交由他用');
      await suspend.getByRole('button', { name: '确认暂扣' }).click();
      await suspend.waitFor({ state: 'hidden' });

      // the page shows 暂扣, the end of the suspension in force, and the history entry
      await page.locator('[data-status="SUSPENDED"]').first().waitFor();
      expect(await page.locator('[data-status="SUSPENDED"]').first().textContent()).toBe('暂扣');
      await page.getByTestId('active-suspension').getByText(ENDS).waitFor();
      const entry = page.getByTestId('certificate-history').locator('li[data-kind="SUSPENDED"]');
      await entry.waitFor();
      const text = (await entry.textContent()) ?? '';
      expect(text).toContain(ENDS);
      expect(text).toContain('将行政执法证交由他用');
      expect(text).toContain('003 第4条');
      // a suspension cannot be suspended again: the console now offers to lift it instead
      await page.getByRole('button', { name: '提前恢复' }).waitFor();
      expect(await page.getByRole('button', { name: '暂扣3个月' }).count()).toBe(0);
    });

    // a citizen, no login
    await inFreshPage(async (page) => {
      await page.goto(`${p.baseUrl}/#/public?number=${NUMBER}`);
      await page.getByRole('heading', { name: '亮证查询' }).waitFor();
      await page.getByText(HOLDER, { exact: true }).waitFor();
      const status = page.locator('[data-status="SUSPENDED"]');
      await status.waitFor();
      expect(await status.textContent()).toBe('暂扣');
    });
  }, 120_000);

  it('核发 to an officer without exam and training: the dialog lists what is missing (PRECONDITION_FAILED) and the server says why', async () => {
    await inFreshPage(async (page) => {
      await signIn(page, 'certadmin');
      await page.goto(`${p.baseUrl}/#/officers/${untrainedId}/show`);
      await page.getByText('未考试人员', { exact: true }).first().waitFor();
      await page.getByRole('button', { name: '核发证件' }).click();
      const issue = page.getByRole('dialog', { name: /核发证件/ });
      await issue.getByRole('textbox', { name: /^证件号/ }).fill('31000036199');
      await issue.getByRole('button', { name: '核发证件' }).click();
      const missing = issue.getByRole('list', { name: '尚不具备以下条件：' });
      await missing.waitFor();
      const items = await missing.getByRole('listitem').allTextContents();
      expect(items.some((i) => i.includes('003 第4条'))).toBe(true);
      expect(items.some((i) => i.includes('003 第3条'))).toBe(true);
      // the notification carries the server's message; nothing was issued, the dialog stays open
      await page.getByText(/^不能核发：/).waitFor();
      expect(page.url()).toMatch(/#\/officers\//);
      expect(await issue.isVisible()).toBe(true);
    });
  }, 90_000);

  it('the quick filter 暂扣中 of the certificates list shows exactly the suspended certificate', async () => {
    await inFreshPage(async (page) => {
      await signIn(page, 'certadmin');
      await page.getByRole('menuitem', { name: '行政执法证' }).click();
      await page.waitForURL(/#\/certificates/);
      const table = page.getByRole('table');
      await table.getByRole('cell', { name: '31000036001', exact: true }).waitFor();

      await page.getByRole('button', { name: '暂扣中' }).click();
      const rows = table.locator('tbody').getByRole('row');
      await eventually(async () => (await rows.count()) === 1 && (await table.getByRole('cell', { name: NUMBER, exact: true }).count()) === 1);
      expect(await rows.count()).toBe(1);
      expect(await rows.first().locator('[data-status="SUSPENDED"]').count()).toBe(1);
      expect(await page.getByText('第 1-1 条，共 1 条').isVisible()).toBe(true);
    });
  }, 90_000);
});
