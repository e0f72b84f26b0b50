/**
 * The complaints workbench in the console (004 第八条): a supervisor registers a complaint about a case, accepts
 * it, assigns a 执法监督人员 as handler (004 第二十条: picked among officers with the supervision duty; personnel
 * checks his 执法监督证), starts the investigation and concludes it with the reply after a confirmation — the
 * buttons at each step exactly the server's availableActions, the timeline showing every dated step. The
 * complained-of agency's administrator then sees the complaint with the complainant masked and no action; the
 * case page lists it in its 投诉举报 tab.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@jiandu/kit';
import { eventually, inFreshPage as fresh, inputMessage, launchBrowser, submitLogin } from './support/browser.js';
import { ok } from './support/graphql.js';
import { sql } from './support/db.js';
import { startTestPlatform, type TestPlatform } from './support/platform.js';
import { TEST_NOW, TEST_YEAR } from './support/subgraph.js';
import { createSupervisorOfficer, login as apiLogin, registerDemoCase, SEED_AGENCY } from './support/complaints.js';

const CONTENT = '浏览器测试：执法人员检查时未出示行政执法证';
const REPLY = '经调查核实，反映情况属实，已责令改正并对当事执法人员批评教育。';
const SHOTS = process.env.SHOT_DIR; // test support may read the environment: screenshots for a human look
let p: TestPlatform;
let browser: Browser;
let caseRef: { id: string; number: string };
let complaintId: string;
let complaintNumber: string;

beforeAll(async () => {
  p = await startTestPlatform({ label: 'console_complaints' });
  browser = await launchBrowser();
  const tokens = { agencyadmin: await apiLogin(p.gatewayUrl, 'agencyadmin'), certadmin: await apiLogin(p.gatewayUrl, 'certadmin') };
  await createSupervisorOfficer(p.gatewayUrl, tokens, '监督员甲', 'JD00000011');
  await eventually(async () => (await sql<{ confirmed: boolean }>(p.databaseUrl, 'select confirmed from cases.agency_projection where id = $1', [SEED_AGENCY]))[0]?.confirmed === true);
  caseRef = await registerDemoCase(p.gatewayUrl, await apiLogin(p.gatewayUrl, 'officer'), '浏览器测试：被投诉的案件');
  // an earlier complaint of the same complainant (his phone written another way), received ten days ago
  const received = new Date(new Date(TEST_NOW).getTime() - 10 * 86_400_000).toISOString();
  await ok(p.gatewayUrl, 'mutation($i: CreateComplaintInput!) { createComplaint(input: $i) { id } }', {
    i: { channel: 'LETTER', complainantName: '张三', complainantPhone: '138-1234-5678', agencyId: SEED_AGENCY, content: '浏览器测试：较早的一件投诉', receivedAt: received },
  }, await apiLogin(p.gatewayUrl, 'supervisor'));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await p?.stop();
});

const inFreshPage = (body: (page: Page) => Promise<void>) => fresh(browser, body, { width: 1440, height: 900 });
const shot = (page: Page, name: string) => (SHOTS ? page.screenshot({ path: `${SHOTS}/complaints-${name}.png`, fullPage: true }) : Promise.resolve());

async function login(page: Page, username: string) {
  await submitLogin(page, p.baseUrl, username, DEMO_PASSWORD);
  await page.getByRole('heading', { name: /欢迎/ }).waitFor();
}

const statusShown = (page: Page, status: string) => page.locator('[data-testid="complaint-status"]').first().filter({ hasText: new RegExp(`^${status}$`) }).waitFor();

/** The buttons of the page equal what the server offers this caller now. */
async function expectButtonsAreAvailableActions(page: Page) {
  const token = await page.evaluate(() => JSON.parse(localStorage.getItem('jiandu.session')!).token as string);
  const { complaint } = await ok(p.gatewayUrl, 'query($id: ID!) { complaint(id: $id) { availableActions } }', { id: complaintId }, token);
  const expected = [...(complaint.availableActions as string[])].sort();
  await eventually(async () => {
    const shown = await page.getByTestId('complaint-action').evaluateAll((els) => els.map((e) => e.getAttribute('data-action')!).sort());
    return JSON.stringify(shown) === JSON.stringify(expected);
  });
  return expected;
}

/** Opens the action `button`, lets `fill` fill its dialog, sends it with `submit` (through `confirm` when asked), waits for it to close. */
async function act(page: Page, button: string, submit: string, fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>, confirm?: string) {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: confirm ? '下一步' : submit, exact: true }).click();
  if (confirm) {
    await dialog.getByTestId('command-confirmation').getByText(confirm).waitFor();
    await dialog.getByRole('button', { name: submit, exact: true }).click();
  }
  await dialog.waitFor({ state: 'hidden' });
}

describe('投诉举报工作台 in the console (004 第八条)', () => {
  it('a supervisor registers a complaint about a case, with a +86 phone, from the workbench', async () => {
    await inFreshPage(async (page) => {
      await login(page, 'supervisor');
      await page.getByRole('menuitem', { name: /投诉举报/ }).click();
      await page.waitForURL(/\/complaints/);
      await page.getByRole('link', { name: '登记投诉举报' }).click();
      await page.waitForURL(/\/complaints\/create$/);
      await page.getByRole('textbox', { name: /^投诉人姓名/ }).fill('张三');
      await page.getByRole('textbox', { name: /^投诉人电话/ }).fill('+86 138 1234 5678');
      await page.getByRole('combobox', { name: /^被投诉执法主体/ }).fill('机关事务');
      await page.getByRole('option', { name: /机关事务管理局/ }).first().click();
      await page.getByRole('combobox', { name: /^关联案件/ }).click();
      await page.getByRole('option', { name: caseRef.number }).click();
      // the server's message lands on the input: content is required
      await page.getByRole('button', { name: '保存' }).click();
      expect(await inputMessage(page, page.getByRole('textbox', { name: /^投诉内容/ }))).toContain('请填写投诉内容');
      await page.getByRole('textbox', { name: /^投诉内容/ }).fill(CONTENT);
      await shot(page, 'create');
      await page.getByRole('button', { name: '保存' }).click();
      await page.waitForURL(/\/complaints\/[^/]+\/show$/);
      complaintId = page.url().match(/\/complaints\/([^/]+)\/show$/)![1]!;
      complaintNumber = (await page.getByTestId('complaint-number').textContent())!.trim();
      expect(complaintNumber).toMatch(new RegExp(`^TS${TEST_YEAR}-\\d{6}$`));
      await statusShown(page, '已登记');
      expect(await page.getByTestId('complainant-phone').textContent()).toBe('13812345678');
      expect(await page.getByTestId('complaint-case').textContent()).toContain(caseRef.number);
      expect(await expectButtonsAreAvailableActions(page)).toEqual(['ACCEPT', 'LINK_CASE', 'REJECT']);
      // the same complainant complained before: recognised by his phone, shown without showing how
      expect(await page.getByTestId('repeat-chip').textContent()).toBe('重复投诉（另有 1 件）');
      await page.getByRole('tab', { name: '同一投诉人' }).click();
      await page.getByText('浏览器测试：较早的一件投诉').waitFor();
    });
  });

  it('accept, assign a handler, investigate and conclude with the reply; only the allowed steps are offered', async () => {
    await inFreshPage(async (page) => {
      await login(page, 'supervisor');
      await page.goto(`${p.baseUrl}/#/complaints`);
      // the workbench: open complaints, oldest first — the earlier one of the same complainant on top
      const rows = page.locator('tbody tr');
      await rows.filter({ hasText: complaintNumber }).waitFor();
      expect(await rows.first().textContent()).toContain('浏览器测试：较早的一件投诉');
      await shot(page, 'workbench');
      await rows.filter({ hasText: complaintNumber }).click();
      await page.getByTestId('complaint-number').getByText(complaintNumber).waitFor();

      await act(page, '受理', '受理', async (d) => {
        await d.getByRole('textbox', { name: /^说明/ }).fill('属于行政执法监督范围');
      });
      await statusShown(page, '已受理');
      expect(await expectButtonsAreAvailableActions(page)).toEqual(['ASSIGN_HANDLER', 'LINK_CASE']);

      await act(page, '指定承办人', '指定', async (d) => {
        await d.getByRole('combobox', { name: /^承办人/ }).fill('监督员');
        await page.getByRole('option', { name: '监督员甲' }).click();
      });
      await page.getByText('承办人：监督员甲').first().waitFor();
      expect(await expectButtonsAreAvailableActions(page)).toEqual(['ASSIGN_HANDLER', 'LINK_CASE', 'START_INVESTIGATION']);

      await act(page, '开始调查核实', '开始调查核实');
      await statusShown(page, '调查核实中');

      // the reply needs at least 4 characters before anything is sent
      await page.getByRole('button', { name: '办结并答复', exact: true }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('textbox', { name: /^答复内容/ }).fill('属实');
      await dialog.getByRole('button', { name: '下一步' }).click();
      expect(await inputMessage(page, dialog.getByRole('textbox', { name: /^答复内容/ }))).toContain('至少 4 个字');
      await dialog.getByRole('button', { name: '取消' }).click();
      await act(
        page,
        '办结并答复',
        '办结',
        async (d) => {
          await d.getByRole('textbox', { name: /^答复内容/ }).fill(REPLY);
          await d.getByRole('combobox', { name: /^答复方式/ }).click();
          await page.getByRole('option', { name: '电话答复' }).click();
          await shot(page, 'conclude-dialog');
        },
        '确定以“属实”办结',
      );
      await statusShown(page, '已办结');
      expect(await expectButtonsAreAvailableActions(page)).toEqual([]);
      expect(await page.getByTestId('complaint-conclusion').textContent()).toContain(REPLY);
      await shot(page, 'concluded');

      await page.getByRole('tab', { name: '办理过程' }).click();
      await eventually(async () => (await page.getByTestId('complaint-step').count()) === 5);
      expect(await page.getByTestId('complaint-step').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')))).toEqual([
        'REGISTERED', 'ACCEPTED', 'HANDLER_ASSIGNED', 'INVESTIGATION_STARTED', 'CONCLUDED',
      ]);
      expect(await page.getByTestId('complaint-step').nth(2).textContent()).toContain('监督员甲（行政执法监督证 JD00000011）');
      await shot(page, 'timeline');
      await page.getByRole('tab', { name: '变更记录' }).click();
      await eventually(async () => (await page.getByTestId('change-log-entry').count()) === 5);
      expect(await page.getByTestId('change-log').textContent()).not.toContain('13812345678');
    });
  });

  it('the complained-of agency\'s administrator sees it masked, with no action; the case page lists it', async () => {
    await inFreshPage(async (page) => {
      await login(page, 'agencyadmin');
      await page.goto(`${p.baseUrl}/#/complaints/${complaintId}/show`);
      await page.getByTestId('complaint-number').getByText(complaintNumber).waitFor();
      expect(await page.getByTestId('complainant-name').textContent()).toBe('张*');
      expect(await page.getByTestId('complainant-phone').textContent()).toBe('138****5678');
      await page.getByTestId('complainant-masked').waitFor();
      expect(await page.getByTestId('complaint-action').count()).toBe(0);
      await shot(page, 'masked');

      await page.getByTestId('complaint-case').getByRole('link').click();
      await page.waitForURL(new RegExp(`/cases/${caseRef.id}/show`));
      await page.getByRole('tab', { name: '投诉举报' }).click();
      const row = page.getByTestId('case-complaint').filter({ hasText: complaintNumber });
      await row.waitFor();
      expect(await row.textContent()).toContain('张*');
      expect(await row.textContent()).toContain('已办结');
      await shot(page, 'case-tab');
    });
  });
});
