/**
 * The full ID number in the console (DESIGN "Personnel and credentials": shown masked everywhere; the full
 * number only through an explicit reveal of one officer, with a reason, by a role that needs it, recorded —
 * who, when, whose, why). A certificate administrator opens an officer, is asked for a reason, sees the
 * number, and then finds his view with its reason in the officer's personal-data log.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, loadSeed000, seedIds } from '@jiandu/kit';
import { inFreshPage as fresh, launchBrowser, submitLogin } from './support/browser.js';
import { ok } from './support/graphql.js';
import { startTestPlatform, type TestPlatform } from './support/platform.js';

const NAME = '身份证测试员';
const ID_NUMBER = '11010519491231002X';

let p: TestPlatform;
let browser: Browser;
let officerId: string;

beforeAll(async () => {
  p = await startTestPlatform({ label: 'console_personal_data' });
  browser = await launchBrowser();
  const agencyadmin = (await ok(p.gatewayUrl, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: 'agencyadmin', p: DEMO_PASSWORD })).login.token;
  officerId = (
    await ok(p.gatewayUrl, 'mutation($i: OfficerInput!) { createOfficer(input: $i) { id } }', {
      i: { name: NAME, idNumber: ID_NUMBER, agencyId: seedIds.agency(loadSeed000().agency.name), region: '全疆', fields: ['机关事务管理'], duties: ['ENFORCEMENT'] },
    }, agencyadmin)
  ).createOfficer.id;
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await p?.stop();
});

const inFreshPage = (body: (page: Page) => Promise<void>) => fresh(browser, body);

describe('the full ID number in the console', () => {
  it('DESIGN "Personnel and credentials": masked on the page; revealed only with a reason, and the view shows in the log with its reason', async () => {
    await inFreshPage(async (page) => {
      await submitLogin(page, p.baseUrl, 'certadmin', DEMO_PASSWORD);
      await page.getByRole('heading', { name: /欢迎/ }).waitFor();
      await page.goto(`${p.baseUrl}/#/officers/${officerId}/show`);
      await page.getByText('1101**********002X').first().waitFor();
      expect(await page.getByText(ID_NUMBER).count()).toBe(0);

      await page.getByRole('button', { name: '查看完整身份证号' }).click();
      const dialog = page.getByRole('dialog', { name: /查看完整身份证号/ });
      // no reason: refused on the spot, nothing sent
      await dialog.getByRole('button', { name: '查看' }).click();
      await dialog.getByText('必填').first().waitFor();
      expect(await dialog.getByTestId('full-id-number').count()).toBe(0);
      await dialog.getByRole('textbox', { name: /查看事由/ }).fill('核发证件前核对身份');
      await dialog.getByRole('button', { name: '查看' }).click();
      expect(await dialog.getByTestId('full-id-number').textContent()).toBe(ID_NUMBER);
      await dialog.getByRole('button', { name: '关闭' }).click();

      await page.getByRole('tab', { name: '个人信息查看记录' }).click();
      const log = page.getByRole('table', { name: '个人信息查看记录' });
      await log.getByText('核发证件前核对身份').waitFor();
      expect(await log.getByText('完整身份证号').count()).toBe(1);
    });
  });
});
