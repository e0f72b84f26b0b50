/**
 * 行政执法案件 in the console (issue 8 item 13): an officer registers a case with two handlers and a party, moves it
 * through 调查取证 → 告知 → 陈述申辩, marks it major and submits it for legal review (000 二(四); 004 第十六条); the
 * reviewer finds it in the queue and returns it with reasons; the officer resubmits; the reviewer passes it; the
 * officer decides (警告 + 罚款) after a confirmation and serves it — the stepper then shows 送达 active. At every
 * stage the buttons shown are exactly the server's availableActions (a skipped stage is never offered).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, loadSeed000, seedIds } from '@jiandu/kit';
import { eventually, inFreshPage as fresh, inputMessage, launchBrowser, submitLogin } from './support/browser.js';
import { ok } from './support/graphql.js';
import { sql } from './support/db.js';
import { startTestPlatform, type TestPlatform } from './support/platform.js';
import { TEST_TODAY, TEST_YEAR } from './support/subgraph.js';

const seedAgency = seedIds.agency(loadSeed000().agency.name);
const CAUSE = '浏览器测试：未按规定执行节能标准';
const REASONS = '证据不足，请补充能耗检测报告';
let p: TestPlatform;
let browser: Browser;
let caseId: string;
let caseNumber: string;

beforeAll(async () => {
  p = await startTestPlatform({ label: 'console_cases' });
  browser = await launchBrowser();
  // cases learns the seed agency's confirmed 主体资格 (004 第十条) from personnel's snapshot event
  await eventually(async () => (await sql<{ confirmed: boolean }>(p.databaseUrl, 'select confirmed from cases.agency_projection where id = $1', [seedAgency]))[0]?.confirmed === true);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await p?.stop();
});

const inFreshPage = (body: (page: Page) => Promise<void>) => fresh(browser, body, { width: 1440, height: 900 });

async function login(page: Page, username: string) {
  await submitLogin(page, p.baseUrl, username, DEMO_PASSWORD);
  await page.getByRole('heading', { name: /欢迎/ }).waitFor();
}

async function openCase(page: Page) {
  await page.goto(`${p.baseUrl}/#/cases/${caseId}/show`);
  await page.getByTestId('case-number').getByText(caseNumber).waitFor();
}

/** The stage chip of the header shows `stage` (after a step, once the page reloaded the case). */
const stageShown = (page: Page, stage: string) => page.getByTestId('case-stepper').locator('..').getByTestId('stage-chip').filter({ hasText: new RegExp(`^${stage}$`) }).waitFor();

/** The buttons of the page equal what the server offers this caller now (RECORD is the record tab's, not a button). */
async function expectButtonsAreAvailableActions(page: Page) {
  const token = await page.evaluate(() => JSON.parse(localStorage.getItem('jiandu.session')!).token as string);
  const { case: c } = await ok(p.gatewayUrl, 'query($id: ID!) { case(id: $id) { availableActions } }', { id: caseId }, token);
  const expected = (c.availableActions as string[]).filter((a) => a !== 'RECORD').sort();
  await eventually(async () => {
    const shown = await page.getByTestId('case-action').evaluateAll((els) => els.map((e) => e.getAttribute('data-action')!).sort());
    return JSON.stringify(shown) === JSON.stringify(expected);
  });
  return expected;
}

/** Opens the action `button`, lets `fill` fill its dialog, sends it with `submit`, and waits for the dialog to close. */
async function act(page: Page, button: string | RegExp, submit: string, fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) {
  await page.getByRole('button', { name: button, exact: typeof button === 'string' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: submit, exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}

describe('行政执法案件 in the console (000 二(四); 004 第十六条)', () => {
  it('an officer registers a case with two handlers (001) and a party; it gets the next number of the year', async () => {
    await inFreshPage(async (page) => {
      await login(page, 'officer');
      await page.getByRole('menuitem', { name: /行政执法案件/ }).click();
      await page.waitForURL(/\/cases$/);
      await page.getByRole('link', { name: '立案登记' }).waitFor();
      await page.goto(`${p.baseUrl}/#/cases/create`);

      await page.getByRole('combobox', { name: /^执法事项/ }).fill('节能法律');
      await page.getByRole('option', { name: /节能法律/ }).first().click();
      await page.getByRole('textbox', { name: /^案由/ }).fill(CAUSE);
      await page.getByRole('textbox', { name: /^姓名或名称/ }).fill('张三');
      // a wrong check digit: the server's message lands on this party's input (parties.0.idNumber)
      await page.getByRole('textbox', { name: /^身份证号/ }).fill('110105194912310021');
      await page.getByRole('textbox', { name: /^联系电话/ }).fill('13812345678');
      const handlers = page.getByRole('combobox', { name: /^承办人/ });
      // one handler is refused by the form before anything is sent (001: 不得少于两人)
      await handlers.fill('潘铤');
      await page.getByRole('option', { name: '潘铤' }).click();
      await page.getByRole('button', { name: '保存' }).click();
      expect(await inputMessage(page, handlers)).toContain('至少选择两名承办人');
      await handlers.fill('姚建军');
      await page.getByRole('option', { name: '姚建军' }).click();
      await page.getByRole('combobox', { name: /^主办人/ }).click();
      await page.getByRole('option', { name: '潘铤' }).click();
      await page.getByRole('button', { name: '保存' }).click();
      const idInput = page.getByRole('textbox', { name: /^身份证号/ });
      expect(await inputMessage(page, idInput)).toContain('第 1 名当事人的身份证号不正确');
      expect(await sql(p.databaseUrl, 'select 1 from cases.enforcement_case')).toHaveLength(0);
      await idInput.fill('11010519491231002X');
      await page.screenshot({ path: '/tmp/console-cases-create.png', fullPage: true });
      await page.getByRole('button', { name: '保存' }).click();

      await page.waitForURL(/\/cases\/[^/]+\/show$/);
      caseId = page.url().match(/\/cases\/([^/]+)\/show$/)![1]!;
      caseNumber = (await page.getByTestId('case-number').textContent())!.trim();
      expect(caseNumber).toMatch(new RegExp(`^〔${TEST_YEAR}〕\\d{4}号$`));
      const { rows } = { rows: await sql<{ seq: number }>(p.databaseUrl, 'select seq from cases.enforcement_case where agency_id = $1 and year = $2 order by seq', [seedAgency, TEST_YEAR]) };
      expect(caseNumber).toBe(`〔${TEST_YEAR}〕${String(rows.at(-1)!.seq).padStart(4, '0')}号`);
      await stageShown(page, '立案');
      expect(await page.getByTestId('case-handler').allTextContents()).toEqual([expect.stringMatching(/^潘铤（主办）/), expect.stringMatching(/^姚建军/)]);
      expect(await page.getByTestId('case-party').first().textContent()).toContain('11010519491231002X');
    });
  });

  it('the officer moves it 调查取证 → 告知 → 陈述申辩, marks it major and submits it; only the allowed steps are offered', async () => {
    await inFreshPage(async (page) => {
      await login(page, 'officer');
      await openCase(page);
      const atRegistration = await expectButtonsAreAvailableActions(page);
      // from 立案 only 调查取证 is next: no decision, service or review is offered (000 二(四))
      expect(atRegistration).toEqual(expect.arrayContaining(['ADVANCE', 'MARK_MAJOR', 'CHANGE_HANDLERS']));
      expect(atRegistration).not.toContain('DECIDE');
      expect(atRegistration).not.toContain('SUBMIT_FOR_REVIEW');
      for (const stage of ['调查取证', '告知', '陈述申辩']) {
        await act(page, `进入“${stage}”`, '确认进入');
        await stageShown(page, stage);
        await expectButtonsAreAvailableActions(page);
      }
      expect(await page.getByRole('button', { name: /提交法制审核/ }).count()).toBe(0);
      // 陈述申辩 → 决定 directly for a case that is not major: DECIDE is offered, SERVE never
      expect(await page.getByRole('button', { name: '作出决定' }).count()).toBe(1);
      expect(await page.getByRole('button', { name: '送达' }).count()).toBe(0);

      await act(page, '认定为重大执法决定', '认定', async (d) => {
        await d.getByLabel(/案件情况复杂/).check();
        await d.getByRole('textbox', { name: /^重大情形的事实说明/ }).fill('涉及多个用能单位，法律关系复杂');
      });
      await page.getByTestId('major-chip').waitFor();
      const major = await expectButtonsAreAvailableActions(page);
      expect(major).toContain('SUBMIT_FOR_REVIEW');
      expect(major).not.toContain('DECIDE');
      await act(page, '提交法制审核', '提交审核');
      await stageShown(page, '法制审核');
      // the handler cannot review his own case: nothing but the handler changes is left to him
      expect(await expectButtonsAreAvailableActions(page)).toEqual(['CHANGE_HANDLERS']);
      await page.screenshot({ path: '/tmp/console-cases-submitted.png', fullPage: true });
    });
  });

  it('the reviewer finds it in the queue and returns it; a return needs reasons (004 第十六条)', async () => {
    await inFreshPage(async (page) => {
      await login(page, 'reviewer');
      await page.getByRole('menuitem', { name: '法制审核待办' }).click();
      const row = page.getByTestId('review-queue-row').filter({ hasText: caseNumber });
      await row.waitFor();
      expect(await row.textContent()).toContain('当天');
      await page.screenshot({ path: '/tmp/console-cases-queue.png', fullPage: true });
      await row.click();
      await page.getByTestId('case-number').getByText(caseNumber).waitFor();
      expect(await expectButtonsAreAvailableActions(page)).toEqual(['REVIEW']);
      await page.getByRole('button', { name: '法制审核', exact: true }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('退回（提出意见）').check();
      await dialog.getByRole('button', { name: '出具意见' }).click();
      expect(await inputMessage(page, dialog.getByRole('textbox', { name: /^意见和理由/ }))).toContain('退回须写明');
      await dialog.getByRole('textbox', { name: /^意见和理由/ }).fill(REASONS);
      await dialog.getByRole('button', { name: '出具意见' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await stageShown(page, '陈述申辩');
      expect(await expectButtonsAreAvailableActions(page)).toEqual([]);
      await page.getByRole('tab', { name: '法制审核' }).click();
      expect(await page.getByTestId('case-review-round').first().textContent()).toContain(REASONS);
    });
  });

  it('the officer resubmits; the reviewer passes it', async () => {
    await inFreshPage(async (page) => {
      await login(page, 'officer');
      await openCase(page);
      await act(page, '提交法制审核', '提交审核');
      await stageShown(page, '法制审核');
    });
    await inFreshPage(async (page) => {
      await login(page, 'reviewer');
      await openCase(page);
      await act(page, '法制审核', '出具意见', async (d) => {
        await d.getByLabel('同意（审核通过）').check();
      });
      await page.getByRole('tab', { name: '法制审核' }).click();
      await eventually(async () => (await page.getByTestId('case-review-round').count()) === 2);
      expect(await page.getByTestId('case-review-round').nth(1).textContent()).toContain('同意（审核通过）');
    });
  });

  it('the officer decides (警告 + 罚款) after confirming, then serves it: the stepper shows 送达 active', async () => {
    await inFreshPage(async (page) => {
      await login(page, 'officer');
      await openCase(page);
      const decidable = await expectButtonsAreAvailableActions(page);
      expect(decidable).toContain('DECIDE');
      expect(decidable).not.toContain('SERVE');
      await page.getByRole('button', { name: '作出决定' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('警告、通报批评').check();
      await dialog.getByLabel('罚款', { exact: true }).check();
      await dialog.getByRole('spinbutton', { name: /^罚款数额/ }).fill('5000');
      await dialog.getByRole('textbox', { name: /^决定内容/ }).fill('给予警告，并处罚款人民币五千元。');
      // the date defaults to today by the server's clock
      expect(await dialog.getByLabel(/^决定日期/).inputValue()).toBe(TEST_TODAY);
      await dialog.getByRole('button', { name: '下一步' }).click();
      expect(await dialog.getByTestId('command-confirmation').textContent()).toContain('不能撤回');
      await dialog.getByRole('button', { name: '作出决定' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await stageShown(page, '决定');
      await page.getByTestId('case-decision').getByText('5000 元').waitFor();
      await expectButtonsAreAvailableActions(page);

      await act(page, '送达', '登记送达');
      await stageShown(page, '送达');
      expect(await expectButtonsAreAvailableActions(page)).toEqual(['CHANGE_HANDLERS', 'EXECUTE']);
      const active = page.getByTestId('case-stepper').locator('[data-active="true"]');
      expect(await active.getAttribute('data-stage')).toBe('SERVICE');
      expect(await page.getByTestId('case-stepper').locator('[data-stage]').evaluateAll((els) => els.map((e) => e.getAttribute('data-stage')))).toEqual([
        'REGISTERED', 'INVESTIGATION', 'NOTIFICATION', 'STATEMENT', 'LEGAL_REVIEW', 'DECISION', 'SERVICE', 'EXECUTION', 'CLOSED',
      ]);
      await page.screenshot({ path: '/tmp/console-cases-served.png', fullPage: true });
      await page.getByRole('tab', { name: '流转记录' }).click();
      // 立案, 调查取证, 告知, 陈述申辩, 法制审核, 退回 陈述申辩, 法制审核, 决定, 送达 (the pass moves nothing)
      await page.getByTestId('case-transition').nth(8).waitFor();
      expect(await page.getByTestId('case-transition').count()).toBe(9);
      await page.screenshot({ path: '/tmp/console-cases-transitions.png', fullPage: true });
      await page.goto(`${p.baseUrl}/#/cases`);
      await page.getByText(caseNumber).waitFor();
      await page.screenshot({ path: '/tmp/console-cases-list.png', fullPage: true });
    });
  });
});
