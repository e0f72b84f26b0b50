/**
 * 行政执法统计年报 in the console (issue 8 item 13): a case decided through the gateway (registered by 潘铤 with
 * 姚建军, advanced to 陈述申辩, decided with 警告) shows in the agency administrator's 年报 of the server's year
 * (000 二(六), 001 三(四): due by Jan 31 of the next year), the CSV export downloads through the gateway with
 * its header row, and the case is listed under 潘铤's 承办案件 (with his 主办 chip) and the agency's 案件 tab.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, loadSeed000, seedIds } from '@jiandu/kit';
import { eventually, inFreshPage as fresh, launchBrowser, submitLogin } from './support/browser.js';
import { ok } from './support/graphql.js';
import { sql } from './support/db.js';
import { startTestPlatform, type TestPlatform } from './support/platform.js';
import { TEST_TODAY, TEST_YEAR } from './support/subgraph.js';

const seed = loadSeed000();
const agencyId = seedIds.agency(seed.agency.name);
const PAN = seedIds.officer('31000036001');
const YAO = seedIds.officer('31000036008');
const CAUSE = '浏览器测试：未按规定开展能源审计';
let p: TestPlatform;
let browser: Browser;
let caseId: string;
let caseNumber: string;

const login = async (username: string) =>
  (await ok(p.gatewayUrl, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: username, p: DEMO_PASSWORD })).login.token as string;

beforeAll(async () => {
  p = await startTestPlatform({ label: 'console_statistics' });
  browser = await launchBrowser();
  // cases learns the seed agency's confirmed 主体资格 (004 第十条) from personnel's snapshot event
  await eventually(async () => (await sql<{ confirmed: boolean }>(p.databaseUrl, 'select confirmed from cases.agency_projection where id = $1', [agencyId]))[0]?.confirmed === true);
  const officer = await login('officer');
  const officer2 = await login('officer2');
  const matters = await ok(p.gatewayUrl, '{ matters(filter: { category: PUNISHMENT }) { items { id agencyId } } }');
  const matterId = matters.matters.items.find((m: any) => m.agencyId === agencyId).id;
  const registered = (await ok(p.gatewayUrl, 'mutation($i: RegisterCaseInput!) { registerCase(input: $i) { id number version } }', {
    i: {
      matterId,
      cause: CAUSE,
      parties: [{ kind: 'ORGANISATION', name: '某公共机构' }],
      handlerIds: [PAN, YAO],
      leadOfficerId: PAN,
    },
  }, officer)).registerCase;
  caseId = registered.id;
  caseNumber = registered.number;
  let version: number = registered.version;
  for (const [to, token] of [['INVESTIGATION', officer], ['NOTIFICATION', officer2], ['STATEMENT', officer]] as const) {
    version = (await ok(p.gatewayUrl, 'mutation($id: ID!, $v: Int!, $to: CaseStage!) { advanceCase(id: $id, version: $v, to: $to) { version } }', { id: caseId, v: version, to }, token)).advanceCase.version;
  }
  const decided = (await ok(p.gatewayUrl, 'mutation($id: ID!, $v: Int!, $i: DecisionInput!) { decideCase(id: $id, version: $v, input: $i) { stage decidedOn } }', {
    id: caseId,
    v: version,
    i: { kinds: ['WARNING'], content: '对当事人给予警告，责令限期改正。', decidedOn: TEST_TODAY },
  }, officer)).decideCase;
  expect(decided.decidedOn).toBe(TEST_TODAY);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await p?.stop();
});

const inFreshPage = (body: (page: Page) => Promise<void>) => fresh(browser, body, { width: 1440, height: 1000 });

describe('行政执法统计年报 and the case lists in the console', () => {
  it('the agency administrator sees this year\'s figures with the due date (000 二(六); 001 三(四)), prints and exports the CSV', async () => {
    await inFreshPage(async (page) => {
      await submitLogin(page, p.baseUrl, 'agencyadmin', DEMO_PASSWORD);
      await page.getByRole('heading', { name: /欢迎/ }).waitFor();
      await page.getByRole('menuitem', { name: '统计年报' }).click();
      await page.waitForURL(/#\/statistics/);
      const report = page.getByTestId('statistics-report');
      await report.waitFor();
      // his own agency and the server's year, by default
      await report.getByRole('heading', { name: `${seed.agency.name} ${TEST_YEAR} 年度行政执法统计年报` }).waitFor();
      expect(await page.getByTestId('statistics-due').textContent()).toBe(`报送期限 ${TEST_YEAR + 1}-01-31`);
      expect(await page.getByTestId('stat-registered').locator('span').last().textContent()).toBe('1');
      expect(await page.getByTestId('stat-decided').locator('span').last().textContent()).toBe('1');
      expect(await page.getByTestId('stat-closed').locator('span').last().textContent()).toBe('0');
      const outcomes = page.getByTestId('statistics-by-outcome');
      await outcomes.getByRole('columnheader', { name: '警告、通报批评' }).waitFor();
      expect(await outcomes.locator('tbody tr').first().textContent()).toBe('行政处罚1');
      await page.screenshot({ path: '/tmp/console3-statistics.png', fullPage: true });
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('button', { name: '打印' }).isVisible()).toBe(false);
      await page.screenshot({ path: '/tmp/console3-statistics-print.png', fullPage: true });
      await page.emulateMedia({ media: 'screen' });

      // 导出 CSV: through the gateway with the token, saved under the server's file name
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV' }).click()]);
      expect(download.suggestedFilename()).toBe(`statistics-${agencyId}-${TEST_YEAR}.csv`);
      const lines = fs.readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
      expect(lines[0]).toBe('agency_id,year,includes_subtree,metric,label,category,decision_kind,value');
      expect(lines).toContain(`${agencyId},${TEST_YEAR},false,registered,立案数,,,1`);

      // the year before has none of it (the selector offers the server's year and the ones before)
      await page.getByRole('combobox', { name: '统计年度' }).click();
      await page.getByRole('option', { name: `${TEST_YEAR - 1} 年` }).click();
      await report.getByRole('heading', { name: `${seed.agency.name} ${TEST_YEAR - 1} 年度行政执法统计年报` }).waitFor();
      expect(await page.getByTestId('stat-registered').locator('span').last().textContent()).toBe('0');
    });
  });

  it('潘铤\'s 承办案件 tab lists the case he leads, with the count in the label; the agency\'s 案件 tab links to its 年报', async () => {
    await inFreshPage(async (page) => {
      await submitLogin(page, p.baseUrl, 'agencyadmin', DEMO_PASSWORD);
      await page.getByRole('heading', { name: /欢迎/ }).waitFor();
      await page.goto(`${p.baseUrl}/#/officers/${PAN}/show`);
      await page.getByRole('tab', { name: '承办案件（1）' }).click();
      const list = page.getByTestId('officer-cases');
      const row = list.getByTestId('case-row');
      await row.getByRole('link', { name: caseNumber }).waitFor();
      expect(await row.count()).toBe(1);
      expect(await row.textContent()).toContain(CAUSE);
      expect(await row.textContent()).toContain('决定');
      expect(await row.textContent()).toContain('主办');
      expect(await row.getByRole('link', { name: caseNumber }).getAttribute('href')).toBe(`#/cases/${caseId}/show`);
      await page.screenshot({ path: '/tmp/console3-officer-cases.png', fullPage: true });
      // 协办 only: he assists in none
      await list.getByRole('combobox', { name: '承办角色' }).click();
      await page.getByRole('option', { name: '协办' }).click();
      await list.getByText('没有符合条件的案件').waitFor();

      await page.goto(`${p.baseUrl}/#/agencies/${agencyId}/show/cases`);
      const agencyCases = page.getByTestId('agency-cases');
      await agencyCases.getByTestId('case-row').getByRole('link', { name: caseNumber }).waitFor();
      await page.screenshot({ path: '/tmp/console3-agency-cases.png', fullPage: true });
      await agencyCases.getByRole('link', { name: '查看本主体年报' }).click();
      await page.waitForURL(/#\/statistics\?agencyId=/);
      await page.getByTestId('statistics-report').getByRole('heading', { name: new RegExp(`^${seed.agency.name} ${TEST_YEAR} 年度`) }).waitFor();
    });
  });
});
