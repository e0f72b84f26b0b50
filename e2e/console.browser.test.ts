/**
 * The console in a real browser against the whole platform: sign-in through the login form, the officers
 * list of the seed (15 officers), the public certificate lookup (亮证查询) with no login, and the server's
 * message for a wrong password. Selectors are roles, labels and visible text, as a clerk sees the page.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, loadSeed000, seedIds } from '@jiandu/kit';
import { eventually, inFreshPage as fresh, inputMessage, launchBrowser, submitLogin } from './support/browser.js';
import { startTestPlatform, type TestPlatform } from './support/platform.js';
import { TEST_NOW } from './support/subgraph.js';
import { ok } from './support/graphql.js';

let p: TestPlatform;
let browser: Browser;

beforeAll(async () => {
  p = await startTestPlatform({ label: 'console' });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await p?.stop();
});

const inFreshPage = (body: (page: Page) => Promise<void>, at?: Date) => fresh(browser, body, { width: 1440, height: 900 }, at);
const signIn = (page: Page, username: string, password: string) => submitLogin(page, p.baseUrl, username, password);

describe('the console in a browser', () => {
  it('a certificate administrator signs in and sees the 15 officers with their certificates', async () => {
    await inFreshPage(async (page) => {
      await signIn(page, 'certadmin', DEMO_PASSWORD);
      await page.getByRole('heading', { name: /欢迎/ }).waitFor();

      await page.getByRole('menuitem', { name: '执法人员' }).click();
      await page.waitForURL(/#\/officers/);
      const table = page.getByRole('table');
      await table.getByRole('cell', { name: '潘铤', exact: true }).waitFor();
      const rows = table.locator('tbody').getByRole('row');
      await eventually(async () => (await rows.count()) === 15);
      expect(await rows.count()).toBe(15);
      expect(await table.getByRole('cell', { name: '31000036001', exact: true }).count()).toBe(1);
      expect(await page.getByText('第 1-15 条，共 15 条').isVisible()).toBe(true);
    });
  }, 90_000);

  it('the public lookup shows a certificate with no login (亮证查询)', async () => {
    await inFreshPage(async (page) => {
      await page.goto(`${p.baseUrl}/#/public?number=31000036001`);
      await page.getByRole('heading', { name: '亮证查询' }).waitFor();
      await page.getByText('潘铤', { exact: true }).waitFor();
      expect(await page.getByText('有效', { exact: true }).isVisible()).toBe(true);
      expect(await page.getByText('新疆维吾尔自治区机关事务管理局').isVisible()).toBe(true);

      await page.getByRole('textbox', { name: '证件号' }).fill('99999999999');
      await page.getByRole('button', { name: '查询' }).click();
      await page.getByText(/未找到该证件/).waitFor();
      expect(await page.getByText('潘铤', { exact: true }).count()).toBe(0);

      // the form's own check: no lookup without a number
      await page.getByRole('textbox', { name: '证件号' }).fill('');
      await page.getByRole('button', { name: '查询' }).click();
      await page.getByText('请输入证件号').waitFor();
      expect(page.url()).toContain('number=99999999999');
    });
  }, 60_000);

  it("a policy dialog checks its value itself, and shows the server's range refusal on the value input (changing nothing)", async () => {
    await inFreshPage(async (page) => {
      await signIn(page, 'certadmin', DEMO_PASSWORD);
      await page.getByRole('heading', { name: /欢迎/ }).waitFor();
      await page.goto(`${p.baseUrl}/#/agencies/${seedIds.agency(loadSeed000().agency.name)}/show`);
      await page.getByRole('tab', { name: '政策参数' }).click();
      const row = page.locator('[data-policy="SUSPENSION_MONTHS"]');
      expect(await row.textContent()).toContain('3 个月');
      await page.getByRole('button', { name: '修改「暂扣行政执法证期限」' }).click();
      const dialog = page.getByRole('dialog', { name: /暂扣行政执法证期限/ });
      const value = dialog.getByRole('spinbutton', { name: /^取值/ });
      await value.fill('');
      await dialog.getByRole('button', { name: '保存' }).click();
      expect(await inputMessage(page, value)).toBe('必填');

      // BAD_USER_INPUT with problems [{ field: 'value' }]: the message lands on that input, the dialog stays open
      await value.fill('100000');
      await dialog.getByRole('textbox', { name: /^依据/ }).fill('测试依据');
      await dialog.getByRole('button', { name: '保存' }).click();
      await eventually(async () => /^暂扣行政执法证期限应在 1 到 24/.test((await inputMessage(page, value)) ?? ''));
      await dialog.getByRole('button', { name: '取消' }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(await row.textContent()).toContain('3 个月');
    });
  }, 60_000);

  it('DESIGN "Rules are data": the policy dialog sends the version it saw — a second change works, a change made meanwhile is refused (changing nothing)', async () => {
    const agencyId = seedIds.agency(loadSeed000().agency.name);
    await inFreshPage(async (page) => {
      await signIn(page, 'certadmin', DEMO_PASSWORD);
      await page.getByRole('heading', { name: /欢迎/ }).waitFor();
      await page.goto(`${p.baseUrl}/#/agencies/${agencyId}/show`);
      await page.getByRole('tab', { name: '政策参数' }).click();
      const row = page.locator('[data-policy="TRAINING_HOURS_PER_YEAR"]');
      const dialog = page.getByRole('dialog', { name: /年度培训学时/ });
      const open = async (value: string) => {
        await page.getByRole('button', { name: '修改「年度培训学时」' }).click();
        await dialog.getByRole('spinbutton', { name: /^取值/ }).fill(value);
        await dialog.getByRole('textbox', { name: /^依据/ }).fill('测试依据 第一条');
      };
      await open('50');
      await dialog.getByRole('button', { name: '保存' }).click();
      await eventually(async () => (await row.textContent())!.includes('50 学时'));
      await dialog.waitFor({ state: 'hidden' });
      await open('55'); // the agency's own override now exists: this save must carry its version
      await dialog.getByRole('button', { name: '保存' }).click();
      await eventually(async () => (await row.textContent())!.includes('55 学时'));
      await dialog.waitFor({ state: 'hidden' });

      await open('40');
      // meanwhile another administrator changes it
      const token = (await ok(p.gatewayUrl, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: 'sysadmin', p: DEMO_PASSWORD })).login.token;
      const seen = (await ok(p.gatewayUrl, 'query($id: ID!) { agency(id: $id) { policies { key version } } }', { id: agencyId }, token)).agency.policies.find((x: any) => x.key === 'TRAINING_HOURS_PER_YEAR').version;
      await ok(p.gatewayUrl, 'mutation($a: ID!, $v: Int) { setPolicy(agencyId: $a, key: TRAINING_HOURS_PER_YEAR, value: 70, source: "另一人的依据", version: $v) { value } }', { a: agencyId, v: seen }, token);
      await dialog.getByRole('button', { name: '保存' }).click();
      await page.getByText(/请刷新后重新操作/).first().waitFor();
      const now = (await ok(p.gatewayUrl, 'query($id: ID!) { agency(id: $id) { policies { key value } } }', { id: agencyId }, token)).agency.policies.find((x: any) => x.key === 'TRAINING_HOURS_PER_YEAR');
      expect(now.value).toBe(70);
    });
  }, 90_000);

  it('a wrong password shows the server message 用户名或密码错误', async () => {
    await inFreshPage(async (page) => {
      await signIn(page, 'certadmin', 'not-the-password');
      await page.getByText('用户名或密码错误').waitFor();
      expect(page.url()).toMatch(/#\/login/);
    });
  }, 60_000);
});

describe('the session: the server judges it, not the browser\'s clock', () => {
  it('a browser whose clock is a year ahead of the platform stays signed in while the server accepts the token', async () => {
    const yearAhead = new Date(new Date(TEST_NOW).getTime() + 366 * 24 * 3600 * 1000);
    await inFreshPage(async (page) => {
      await signIn(page, 'certadmin', DEMO_PASSWORD);
      await page.getByRole('heading', { name: /欢迎/ }).waitFor();
      await page.getByRole('menuitem', { name: '执法人员' }).click();
      await page.getByRole('table').getByRole('cell', { name: '潘铤', exact: true }).waitFor();
      await page.reload();
      await page.getByRole('table').getByRole('cell', { name: '潘铤', exact: true }).waitFor();
      expect(page.url()).toMatch(/#\/officers/);
    }, yearAhead);
  }, 60_000);

  it('a token the server refuses (UNAUTHENTICATED) signs the console out to the login page', async () => {
    await inFreshPage(async (page) => {
      await signIn(page, 'certadmin', DEMO_PASSWORD);
      await page.getByRole('heading', { name: /欢迎/ }).waitFor();
      // the stored token's signature no longer matches: the gateway answers UNAUTHENTICATED
      await page.evaluate(() => {
        const session = JSON.parse(localStorage.getItem('jiandu.session') ?? '{}');
        session.token = `${session.token.slice(0, -6)}${session.token.endsWith('AAAAAA') ? 'BBBBBB' : 'AAAAAA'}`;
        localStorage.setItem('jiandu.session', JSON.stringify(session));
      });
      await page.getByRole('menuitem', { name: '执法人员' }).click();
      await page.waitForURL(/#\/login/);
      await page.getByRole('button', { name: '登录' }).waitFor();
      expect(await page.evaluate(() => localStorage.getItem('jiandu.session'))).toBeNull();
    });
  }, 60_000);
});
