/**
 * Next year's calendar in the console (issue 7 item 9; DESIGN "Statutory time"): a system administrator
 * enters 2027 from the 国务院办公厅 notice; the stored provisional 年审 due date is recounted and final.
 *
 * TEST DATA: the 2027 arrangement is constructed for this test (春节 正月初一 is 2027-02-06); it is not the
 * State Council's notice for 2027.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@jiandu/kit';
import { inFreshPage as fresh, inputMessage, launchBrowser, submitLogin } from './support/browser.js';
import { startTestPlatform, type TestPlatform } from './support/platform.js';
import { ok } from './support/graphql.js';

let p: TestPlatform;
let browser: Browser;
/** The scenario is December 2026 by its nature (chinese-days 1.5.7 ends with 2026): platform and browser pinned there. */
const SCENARIO = '2026-11-24T10:00:00+08:00';

beforeAll(async () => {
  p = await startTestPlatform({ label: 'calendar-browser', env: { CLOCK_NOW: SCENARIO } });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await p?.stop();
});

const inFreshPage = (body: (page: Page) => Promise<void>) => fresh(browser, body, { width: 1440, height: 1000 }, SCENARIO);
const login = async (username: string) =>
  (await ok(p.gatewayUrl, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: username, p: DEMO_PASSWORD })).login.token as string;

const HOLIDAYS: [string, string][] = [
  ['2027-01-01', '2027-01-03'], // 元旦
  ['2027-02-05', '2027-02-13'], // 春节
  ['2027-04-03', '2027-04-05'], // 清明节
  ['2027-05-01', '2027-05-05'], // 劳动节
  ['2027-06-09', '2027-06-09'], // 端午节
  ['2027-09-15', '2027-09-15'], // 中秋节
  ['2027-10-01', '2027-10-07'], // 国庆节
];
const MAKE_UP_DAYS = ['2027-01-31', '2027-02-20', '2027-04-25', '2027-05-08', '2027-09-26', '2027-10-09'];

describe('the holiday calendar in a browser (DESIGN "Statutory time")', () => {
  it('a system administrator enters 2027; the provisional 年审 due date becomes final', async () => {
    // a 年审 with a 5-month cycle on 2026-11-24 is due Sat 2027-04-24 → Mon 04-26 on weekends alone
    const cert = await login('certadmin');
    const { officers } = await ok(p.gatewayUrl, '{ officers(limit: 1) { items { agency { id } certificate { id } } } }', {}, cert);
    const [officer] = officers.items;
    await ok(p.gatewayUrl, 'mutation($a: ID!) { setPolicy(agencyId: $a, key: REVIEW_CYCLE_MONTHS, value: 5, source: "测试") { value } }', { a: officer.agency.id }, cert);
    const { certificate } = await ok(p.gatewayUrl, 'query($id: ID!) { certificate(id: $id) { version } }', { id: officer.certificate.id }, cert);
    const reviewed = await ok(p.gatewayUrl, 'mutation($id: ID!, $v: Int!) { reviewCertificate(id: $id, version: $v) { review { dueOn provisional } } }', { id: officer.certificate.id, v: certificate.version }, cert);
    expect(reviewed.reviewCertificate.review).toEqual({ dueOn: '2027-04-26', provisional: true });

    await inFreshPage(async (page) => {
      await submitLogin(page, p.baseUrl, 'sysadmin', DEMO_PASSWORD);
      await page.getByRole('heading', { name: /欢迎/ }).waitFor();
      await page.getByRole('menuitem', { name: '节假日安排' }).click();
      await page.waitForURL(/#\/calendar/);
      await page.getByText(/已覆盖 2004-01-01 至 2026-12-31/).waitFor();
      await page.getByRole('cell', { name: '2026', exact: true }).waitFor();

      await page.getByRole('link', { name: '录入年度安排' }).click();
      await page.waitForURL(/#\/calendar\/create/);
      await page.getByRole('spinbutton', { name: /^年度/ }).fill('2027');
      await page.getByRole('textbox', { name: /^依据通知/ }).fill('国办发明电〔2026〕测试号');
      // the form starts with one row per statutory holiday (元旦 … 国庆节)
      const from = page.getByLabel(/^放假首日/);
      const to = page.getByLabel(/^放假末日/);
      await from.first().waitFor();
      expect(await from.count()).toBe(7);
      for (const [i, [a, b]] of HOLIDAYS.entries()) {
        await from.nth(i).fill(a);
        await to.nth(i).fill(b);
      }
      const addMakeUp = page.locator('.ra-input-makeUpDayRows').getByRole('button', { name: '添加' });
      for (const [i, d] of MAKE_UP_DAYS.entries()) {
        await addMakeUp.click();
        await page.getByLabel(/^日期/).nth(i).fill(d);
      }
      // a weekday as make-up day: the server's refusal lands on that input; once corrected, the form saves
      const firstMakeUp = page.getByLabel(/^日期/).first();
      await firstMakeUp.fill('2027-02-15');
      await page.getByRole('button', { name: '保存' }).click();
      expect(await inputMessage(page, firstMakeUp)).toContain('不是周六或周日');
      await firstMakeUp.fill(MAKE_UP_DAYS[0]!);
      await page.getByRole('button', { name: '保存' }).click();
      await page.getByText('2027 年节假日安排已保存，重新计算了 1 个暂定期限').waitFor();
      await page.getByText('管理员录入').first().waitFor();
    });

    const after = await ok(p.gatewayUrl, 'query($id: ID!) { certificate(id: $id) { review { dueOn provisional } history(limit: 200) { items { kind reason } } } }', { id: officer.certificate.id }, cert);
    expect(after.certificate.review).toEqual({ dueOn: '2027-04-25', provisional: false });
    expect(after.certificate.history.items.find((h: any) => h.kind === 'DEADLINE_RECOMPUTED').reason).toContain('公布2027年节假日安排，重新计算期限');
  }, 120_000);

  it('issue 7 item 9: where an entry and the package disagree, the console shows the dates', async () => {
    const sys = await login('sysadmin');
    // an entry for 2026 (which the package covers) leaving out 10-07 and the make-up day 10-10
    await ok(p.gatewayUrl, 'mutation($i: CalendarYearInput!) { setCalendarYear(year: 2026, input: $i) { calendarYear { source } } }', {
      i: { notice: '国办发明电〔2025〕测试号', holidays: [{ name: '国庆节', from: '2026-10-01', to: '2026-10-06' }], makeUpDays: [] },
    }, sys);
    await inFreshPage(async (page) => {
      await submitLogin(page, p.baseUrl, 'supervisor', DEMO_PASSWORD);
      await page.getByRole('heading', { name: /欢迎/ }).waitFor();
      await page.goto(`${p.baseUrl}/#/calendar`);
      const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: '2026', exact: true }) });
      await row.getByText('两者皆有').waitFor();
      await row.getByText(/天不一致/).waitFor();
      expect(await page.getByRole('link', { name: '录入年度安排' }).count()).toBe(0); // not a system administrator
      await row.getByRole('cell', { name: '2026', exact: true }).click();
      await page.getByTestId('calendar-disagreements').waitFor();
      const table = page.locator('table').filter({ hasText: '按录入安排' });
      await table.getByRole('cell', { name: '2026-10-07', exact: true }).waitFor();
      expect(await table.getByRole('cell', { name: '2026-10-10', exact: true }).count()).toBe(1);
    });
  }, 120_000);
});
