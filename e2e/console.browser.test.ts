/**
 * The console in a real browser against the whole platform: sign-in through the login form, the officers
 * list of the seed (15 officers), the public certificate lookup (亮证查询) with no login, and the server's
 * message for a wrong password. Selectors are roles, labels and visible text, as a clerk sees the page.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@jiandu/kit';
import { launchBrowser } from './support/browser.js';
import { startTestPlatform, type TestPlatform } from './support/platform.js';

const TIMEOUT = 30_000;

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

/** A fresh browser context (no session, no stored locale), closed after the body ran. */
async function inFreshPage(body: (page: Page) => Promise<void>): Promise<void> {
  const context: BrowserContext = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    await body(page);
  } finally {
    await context.close();
  }
}

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto(`${p.baseUrl}/`);
  await page.getByRole('textbox', { name: /^用户名/ }).fill(username);
  await page.getByRole('textbox', { name: /^密码/ }).fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

/** Polls until `check` holds or the timeout passes (jest's expect does not retry). */
async function eventually(check: () => Promise<boolean>, timeout = TIMEOUT): Promise<void> {
  const until = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`condition not met within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

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
    });
  }, 60_000);

  it('a wrong password shows the server message 用户名或密码错误', async () => {
    await inFreshPage(async (page) => {
      await signIn(page, 'certadmin', 'not-the-password');
      await page.getByText('用户名或密码错误').waitFor();
      expect(page.url()).toMatch(/#\/login/);
    });
  }, 60_000);
});
