/**
 * 执法事项清单 in the console (issue 8 item 1): the agency administrator adds a matter to his agency's list
 * through the create form, sees it on the published list, and retires it with a reason after a confirmation;
 * the retired matter leaves the list (shown again, flagged, with 包括已停用) and its page says why.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, loadSeed000, seedIds } from '@jiandu/kit';
import { eventually, inFreshPage as fresh, inputMessage, launchBrowser, submitLogin } from './support/browser.js';
import { ok } from './support/graphql.js';
import { sql } from './support/db.js';
import { startTestPlatform, type TestPlatform } from './support/platform.js';

const MATTER = '对浏览器测试违法行为的处罚';
const REASON = '法律依据已废止';
let p: TestPlatform;
let browser: Browser;
const seedAgency = seedIds.agency(loadSeed000().agency.name);

beforeAll(async () => {
  p = await startTestPlatform({ label: 'console_matters' });
  browser = await launchBrowser();
  // cases learns the seed agency's confirmed 主体资格 (004 第十条) from personnel's snapshot event
  await eventually(async () => (await sql<{ confirmed: boolean }>(p.databaseUrl, 'select confirmed from cases.agency_projection where id = $1', [seedAgency]))[0]?.confirmed === true);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await p?.stop();
});

const inFreshPage = (body: (page: Page) => Promise<void>) => fresh(browser, body, { width: 1440, height: 900 });

describe('执法事项清单 in the console', () => {
  it('the agency administrator creates a matter for his agency, then retires it with a reason after confirming', async () => {
    await inFreshPage(async (page) => {
      await submitLogin(page, p.baseUrl, 'agencyadmin', DEMO_PASSWORD);
      await page.getByRole('heading', { name: /欢迎/ }).waitFor();
      await page.goto(`${p.baseUrl}/#/matters/create?agencyId=${seedAgency}`);
      const name = page.getByRole('textbox', { name: /^事项名称/ });
      await name.fill(MATTER);
      // the legal basis is required: the form says so before anything is sent
      await page.getByRole('button', { name: '保存' }).click();
      expect(await inputMessage(page, page.getByRole('textbox', { name: /^法律依据/ }))).toBe('必填');
      await page.getByRole('textbox', { name: /^法律依据/ }).fill('《浏览器测试条例》第一条');
      await page.getByRole('textbox', { name: /^执法领域/ }).fill('机关事务管理');
      await page.getByRole('button', { name: '保存' }).click();
      await page.waitForURL(/\/matters\/[^/]+\/show$/);
      await page.getByText('《浏览器测试条例》第一条').waitFor();
      const id = page.url().match(/\/matters\/([^/]+)\/show$/)![1]!;

      // 停用: a reason, a confirmation stating the consequences, then the page flags it
      await page.getByRole('button', { name: '停用' }).click();
      const dialog = page.getByRole('dialog', { name: /停用执法事项/ });
      await dialog.getByRole('textbox', { name: /停用原因/ }).fill(REASON);
      await dialog.getByRole('button', { name: '下一步' }).click();
      expect(await dialog.getByTestId('command-confirmation').textContent()).toContain('不再出现在公布的执法事项清单中');
      await dialog.getByRole('button', { name: '停用' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByTestId('matter-retired').getByText(REASON, { exact: false }).waitFor();
      expect(await page.getByRole('button', { name: '停用' }).count()).toBe(0);

      // the published list leaves it out; 包括已停用 shows it again, flagged
      const list = await ok(p.gatewayUrl, 'query($a: ID!, $r: Boolean) { matters(filter: { agencyId: $a, includeRetired: $r }) { items { id retired } } }', { a: seedAgency });
      expect(list.matters.items.map((m: { id: string }) => m.id)).not.toContain(id);
      await page.goto(`${p.baseUrl}/#/matters?filter=${encodeURIComponent(JSON.stringify({ search: MATTER, includeRetired: true }))}`);
      // (the row's cell: the 已停用 notification may still name the matter)
      await page.getByRole('cell', { name: MATTER }).waitFor();
      await page.getByTestId('retired-chip').first().waitFor();
      await page.getByLabel('包括已停用').uncheck();
      await eventually(async () => (await page.getByRole('cell', { name: MATTER }).count()) === 0);
    });
  });
});
