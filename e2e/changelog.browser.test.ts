/**
 * 变更记录 in the console: an officer's and an agency's change log as a tab of their pages — who changed which
 * field and when, newest first, the field by its Chinese label, before → after, the ID number masked, paged
 * like a list. Also from the new-user walkthrough: the first visit shows the login page with no red
 * "请登录后继续" toast, and a new agency with no officer shows 持证率 "—", not 0%（0 / 0 人）.
 * Set-up goes through the API as the agency administrator; the officer's edit goes through the console form.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, loadSeed000, seedIds } from '@jiandu/kit';
import { eventually, inFreshPage as fresh, launchBrowser, submitLogin } from './support/browser.js';
import { ok } from './support/graphql.js';
import { startTestPlatform, type TestPlatform } from './support/platform.js';

const OFFICER = '变更测试员';
const ID_NUMBER = '11010519491231002X';
const AGENCY = '变更记录测试局';
const ACTOR = '机关事务管理局执法部门管理员';
/** 12 phone edits after the creation: 13 entries, two pages of 10. */
const PHONE_EDITS = 12;

let p: TestPlatform;
let browser: Browser;
let officerId: string;
let agencyId: string;

const login = async (u: string) =>
  (await ok(p.gatewayUrl, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u, p: DEMO_PASSWORD })).login.token as string;

beforeAll(async () => {
  p = await startTestPlatform({ label: 'console_changelog' });
  browser = await launchBrowser();
  const agencyadmin = await login('agencyadmin');
  const seedAgency = seedIds.agency(loadSeed000().agency.name);
  officerId = (
    await ok(p.gatewayUrl, 'mutation($i: OfficerInput!) { createOfficer(input: $i) { id } }', {
      i: { name: OFFICER, idNumber: ID_NUMBER, post: '科员', agencyId: seedAgency, region: '全疆', fields: ['机关事务管理'], duties: ['ENFORCEMENT'] },
    }, agencyadmin)
  ).createOfficer.id;
  const input = { name: AGENCY, level: 'PREFECTURE', parentId: seedAgency, region: '乌鲁木齐市', fields: ['机关事务管理'] };
  let agency = (await ok(p.gatewayUrl, 'mutation($i: AgencyInput!) { createAgency(input: $i) { id version } }', { i: input }, agencyadmin)).createAgency;
  agencyId = agency.id;
  for (let n = 1; n <= PHONE_EDITS; n++) {
    agency = (
      await ok(p.gatewayUrl, 'mutation($id: ID!, $i: AgencyInput!, $v: Int!) { updateAgency(id: $id, input: $i, version: $v) { id version } }', {
        id: agencyId,
        i: { ...input, supervisionPhone: `0991-12345${String(n).padStart(2, '0')}` },
        v: agency.version,
      }, agencyadmin)
    ).updateAgency;
  }
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await p?.stop();
});

const inFreshPage = (body: (page: Page) => Promise<void>) => fresh(browser, body, { width: 1440, height: 900 });

describe('变更记录 in the console', () => {
  it("an officer's edit by the agency administrator shows in the officer's 变更记录 tab: actor, field label, before → after; the ID number masked", async () => {
    await inFreshPage(async (page) => {
      await submitLogin(page, p.baseUrl, 'agencyadmin', DEMO_PASSWORD);
      await page.getByRole('heading', { name: /欢迎/ }).waitFor();
      await page.goto(`${p.baseUrl}/#/officers/${officerId}`);
      const post = page.getByRole('textbox', { name: /^职务\/岗位/ });
      await eventually(async () => (await post.inputValue()) === '科员');
      await post.fill('副科长');
      await page.getByRole('button', { name: '保存' }).click();
      await page.waitForURL(/\/show$/);

      await page.getByRole('tab', { name: '变更记录' }).click();
      const log = page.getByTestId('change-log');
      const rows = log.getByTestId('change-log-entry');
      await eventually(async () => (await rows.count()) === 2);
      // newest first: the edit, then the creation
      const edit = rows.nth(0);
      expect(await edit.getByRole('cell').nth(1).textContent()).toBe(ACTOR);
      expect(await edit.getByRole('cell').nth(2).textContent()).toBe('修改');
      expect(await edit.locator('[data-field="post"]').textContent()).toBe('职务/岗位：科员 → 副科长');
      const created = rows.nth(1);
      expect(await created.getByRole('cell').nth(2).textContent()).toBe('新建');
      expect(await created.locator('[data-field="post"]').textContent()).toBe('职务/岗位：（空） → 科员');
      expect(await created.locator('[data-field="duties"]').textContent()).toBe('岗位职责：（空） → 行政执法');
      expect(await created.locator('[data-field="agencyId"]').textContent()).toContain('所属执法主体：（空） → ');
      const idNumber = (await created.locator('[data-field="idNumber"]').textContent()) ?? '';
      expect(idNumber).toMatch(/^身份证号：（空） → /);
      expect(idNumber).not.toContain(ID_NUMBER);
      expect(await page.content()).not.toContain(ID_NUMBER);
    });
  }, 90_000);

  it("an agency's 变更记录 tab is paged like a list, newest first, and a new agency with no officer shows 持证率 —", async () => {
    await inFreshPage(async (page) => {
      await submitLogin(page, p.baseUrl, 'agencyadmin', DEMO_PASSWORD);
      await page.getByRole('heading', { name: /欢迎/ }).waitFor();
      await page.goto(`${p.baseUrl}/#/agencies/${agencyId}/show`);
      await page.getByText(AGENCY).first().waitFor();

      // 0 officers: no rate of nobody
      const certified = page.getByTestId('figure-certified');
      await certified.waitFor();
      expect(await certified.textContent()).toContain('—');
      expect(await certified.textContent()).not.toContain('0%');
      expect(await certified.getAttribute('data-bad')).toBe('false');
      expect(await page.getByTestId('figure-training').textContent()).toContain('—');

      await page.getByRole('tab', { name: '变更记录' }).click();
      const rows = page.getByTestId('change-log').getByTestId('change-log-entry');
      await eventually(async () => (await rows.count()) === 10);
      expect(await page.getByText(`第 1-10 条，共 ${PHONE_EDITS + 1} 条`).isVisible()).toBe(true);
      expect(await rows.nth(0).getByRole('cell').nth(1).textContent()).toBe(ACTOR);
      expect(await rows.nth(0).locator('[data-field="supervisionPhone"]').textContent()).toBe(`监督投诉电话：0991-1234511 → 0991-1234512`);

      await page.getByRole('button', { name: /下一页|next page/i }).click();
      await eventually(async () => (await rows.count()) === PHONE_EDITS + 1 - 10);
      expect(await page.getByText(`第 11-${PHONE_EDITS + 1} 条，共 ${PHONE_EDITS + 1} 条`).isVisible()).toBe(true);
      // the oldest entry last: the creation, with the parent shown by its name
      const created = rows.nth(PHONE_EDITS - 10);
      expect(await created.getByRole('cell').nth(2).textContent()).toBe('新建');
      await eventually(async () => ((await created.locator('[data-field="parentId"]').textContent()) ?? '').includes(loadSeed000().agency.name));
      expect(await created.locator('[data-field="level"]').textContent()).toBe('层级：（空） → 州/市级');
    });
  }, 90_000);

  it('the first visit shows the login page without an error notification', async () => {
    await inFreshPage(async (page) => {
      await page.goto(`${p.baseUrl}/`);
      await page.getByRole('button', { name: '登录' }).waitFor();
      // react-admin's notification would show right after the auth check; give it the time it takes
      await page.waitForTimeout(1500);
      expect(await page.getByText('请登录后继续').count()).toBe(0);
      expect(await page.getByRole('alert').count()).toBe(0);
    });
  }, 60_000);
});
