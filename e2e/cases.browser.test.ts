/**
 * 行政执法案件 in the console, from registration to publication, as a new user works it (issue 8 items 13 and 14): an
 * officer registers a case with two handlers and a party, moves it to 调查取证 and records an inspection photo on
 * the 全过程记录 tab (uploaded, then recorded; 核验记录 says 完整), then 告知 → 陈述申辩, marks it major and submits it
 * for legal review (000 二(四); 004 第十五条, 第十六条); the reviewer finds it in the queue and returns it with reasons;
 * the officer resubmits; the reviewer passes it; the officer decides (警告 + 罚款) after a confirmation and serves it —
 * the stepper then shows 送达 active; on the 公示与备案 tab he sees the publication due on the date counted on the
 * kit calendar from the pinned clock, previews the text with the party's ID number, phone and name taken out and
 * listed, and publishes it (002 （二）3 事后公开; 004 第十四条); signed out, the public decisions page shows it
 * redacted. The case list then filters by the 公示 deadline's state, red for overdue. At every stage the buttons
 * shown are exactly the server's availableActions (a skipped stage is never offered). Each step waits for what the
 * server answered (the page showing it), never for a fixed time.
 */
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { addDays, computeDeadline, DEMO_PASSWORD, loadSeed000, seedIds } from '@jiandu/kit';
import { eventually, inFreshPage as fresh, inputMessage, launchBrowser, submitLogin } from './support/browser.js';
import { ok } from './support/graphql.js';
import { REDACTION_PLACEHOLDER } from '../subgraphs/cases/src/publicity/publicity.rules.js';
import { sql } from './support/db.js';
import { startTestPlatform, type TestPlatform } from './support/platform.js';
import { TEST_TODAY, TEST_YEAR } from './support/subgraph.js';

const seed = loadSeed000();
const seedAgency = seedIds.agency(seed.agency.name);
const CAUSE = '浏览器测试：未按规定执行节能标准';
const REASONS = '证据不足，请补充能耗检测报告';
const ID_NUMBER = '11010519491231002X';
const PHONE = '13812345678';
/** The decision names the party with his ID number and phone: what the clerk must see taken out before publishing. */
const DECISION = `当事人张三，公民身份号码${ID_NUMBER}，联系电话${PHONE}。经查，当事人未按规定执行节能标准，决定给予警告，并处罚款人民币五千元。`;
const PHOTO = randomBytes(24_000);
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

/**
 * 004 第十五条: on the case's 全过程记录 tab the officer adds a photo — chosen, uploaded, then recorded as an entry of
 * the stage the case is in — and 核验记录 answers 完整; the entry names the file by its SHA-256.
 */
async function recordInspectionPhoto(page: Page) {
  await page.getByRole('tab', { name: '全过程记录' }).click();
  await page.getByTestId('case-record').getByText('尚无记录').waitFor();
  await page.getByRole('button', { name: '添加记录' }).click();
  const dialog = page.getByRole('dialog', { name: '添加全过程记录' });
  await dialog.getByRole('combobox', { name: '记录形式' }).click();
  await page.getByRole('option', { name: '照片' }).click();
  await dialog.getByRole('textbox', { name: /记录内容或说明/ }).fill('现场检查照片：用能设备铭牌');
  await dialog.getByTestId('record-file-input').setInputFiles({ name: '现场检查.jpg', mimeType: 'image/jpeg', buffer: PHOTO });
  const uploaded = page.waitForResponse((r) => r.url().endsWith('/files') && r.request().method() === 'POST');
  await dialog.getByRole('button', { name: '添加记录' }).click();
  expect((await uploaded).status()).toBe(201);
  await dialog.waitFor({ state: 'hidden' });
  const entry = page.locator('[data-testid="record-entry"][data-seq="1"]');
  await entry.waitFor();
  expect(await entry.textContent()).toContain('调查取证');
  expect(await entry.textContent()).toContain('潘铤');
  expect(await entry.getByTestId('record-sha256').getAttribute('data-sha256')).toBe(createHash('sha256').update(PHOTO).digest('hex'));
  await page.getByRole('button', { name: '核验记录' }).click();
  const verified = page.getByTestId('record-verification');
  await verified.waitFor();
  expect(await verified.getAttribute('data-ok')).toBe('true');
  expect(await verified.textContent()).toContain('完整');
  await page.screenshot({ path: '/tmp/console-cases-record.png', fullPage: true });
  await page.getByRole('tab', { name: '概况' }).click();
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
      await page.getByRole('listbox').waitFor({ state: 'hidden' });
      // (on a loaded machine a click landing while the picker closes may be swallowed: the form is invalid, so
      // clicking again sends nothing — it only asks the form to validate)
      await eventually(async () => {
        await page.getByRole('button', { name: '保存' }).click();
        return (await handlers.getAttribute('aria-invalid')) === 'true';
      });
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
        if (stage === '调查取证') await recordInspectionPhoto(page);
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
      // the second round was listed (待审核) before the opinion: wait for the page to show the server's answer
      await page.getByTestId('case-review-round').nth(1).getByText('同意（审核通过）').waitFor();
      expect(await page.getByTestId('case-review-round').count()).toBe(2);
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
      await dialog.getByRole('textbox', { name: /^决定内容/ }).fill(DECISION);
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

  it('002 （二）3 事后公开; 004 第十四条: the officer sees the due date counted on the kit calendar, the redactions before publishing, and publishes', async () => {
    // 7 working days from the decision (made today by the pinned clock) on the kit calendar — counted here, not copied
    const due = computeDeadline({ start: TEST_TODAY, amount: 7, unit: 'WORKING_DAYS' }).due;
    await inFreshPage(async (page) => {
      await login(page, 'officer');
      await openCase(page);
      await page.getByRole('tab', { name: '公示与备案' }).click();
      const card = page.getByTestId('case-publication');
      await card.waitFor();
      expect(await card.getByTestId('due-on').textContent()).toBe(due);
      expect(await card.getByTestId('due-state').getAttribute('data-state')).toBe('OK');
      expect(await card.textContent()).toContain('待公示');
      // the major decision is to be filed too (004 第十九条), under the seed agency's 7 working days (000 二（九）)
      expect(await page.getByTestId('case-filing').getByTestId('due-on').textContent()).toBe(due);

      await card.getByRole('button', { name: '预览并公示' }).click();
      const dialog = page.getByRole('dialog', { name: new RegExp(`预览并公示：${caseNumber}`) });
      const text = dialog.getByTestId('redacted-text');
      await text.waitFor();
      const shown = (await text.textContent()) ?? '';
      expect(shown).not.toContain(ID_NUMBER);
      expect(shown).not.toContain(PHONE);
      expect(shown).toContain('当事人张某');
      expect(shown).toContain('并处罚款人民币五千元');
      const marks = { ID_NUMBER: REDACTION_PLACEHOLDER.ID_NUMBER, PHONE: REDACTION_PLACEHOLDER.PHONE, PERSON_NAME: '张某' };
      for (const [kind, replacement] of Object.entries(marks)) {
        expect(await dialog.locator(`[data-testid="redaction-mark"][data-kind="${kind}"]`).first().textContent()).toBe(replacement);
      }
      const list = dialog.getByTestId('redaction-list');
      for (const kind of ['身份证号码', '电话号码', '自然人姓名']) await list.getByRole('row').filter({ hasText: kind }).waitFor();
      expect(await list.textContent()).not.toContain(ID_NUMBER);
      expect(await list.textContent()).toContain('1101**********002X');
      await page.screenshot({ path: '/tmp/console-cases-publish-preview.png' });
      await dialog.getByRole('button', { name: '公示', exact: true }).click();
      expect(await dialog.getByTestId('command-confirmation').textContent()).toContain('向社会公开');
      await dialog.getByRole('button', { name: '确认公示' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await eventually(async () => (await card.getByTestId('due-state').getAttribute('data-state')) === 'DONE');
      expect(await card.textContent()).toContain('已公示');
      expect(await card.textContent()).not.toContain(ID_NUMBER);
      await page.screenshot({ path: '/tmp/console-cases-published.png', fullPage: true });

      // signed out, as anyone: the public decisions page shows the decision, redacted
      await page.getByRole('button', { name: '个人信息' }).click();
      await page.getByRole('menuitem', { name: '退出登录' }).click();
      await page.getByRole('button', { name: '登录' }).waitFor();
      expect(await page.evaluate(() => localStorage.getItem('jiandu.session'))).toBeNull();
      await page.getByRole('link', { name: /行政执法决定公示/ }).click();
      await page.waitForURL(/#\/public\/decisions/);
      await page.getByRole('textbox', { name: '搜索' }).fill(caseNumber);
      await page.getByRole('button', { name: '查询' }).click();
      const row = page.getByTestId('published-decision').filter({ hasText: caseNumber });
      await row.waitFor();
      expect(await row.textContent()).toContain(seed.agency.name);
      await row.getByRole('link', { name: caseNumber }).click();
      const published = page.getByTestId('published-text');
      await published.waitFor();
      const publicText = (await published.textContent()) ?? '';
      expect(publicText).toContain('当事人张某');
      expect(publicText).toContain(REDACTION_PLACEHOLDER.ID_NUMBER);
      expect(publicText).toContain('并处罚款人民币五千元');
      expect(await page.content()).not.toContain(ID_NUMBER);
      expect(await page.content()).not.toContain(PHONE);
      await page.screenshot({ path: '/tmp/console-cases-public-decision.png', fullPage: true });
    });
  });

  it('002 （二）3 事后公开: the case list shows each case\'s 公示 deadline by colour and filters by it — red for overdue', async () => {
    // a second case decided through the gateway whose publication is overdue: its due date back-dated a day in SQL
    const token = (await ok(p.gatewayUrl, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: 'officer', p: DEMO_PASSWORD })).login.token as string;
    const matters = await ok(p.gatewayUrl, '{ matters(filter: { category: PUNISHMENT }) { items { id agencyId } } }');
    const matterId = matters.matters.items.find((m: any) => m.agencyId === seedAgency).id;
    const reg = (await ok(p.gatewayUrl, 'mutation($i: RegisterCaseInput!) { registerCase(input: $i) { id number version } }', {
      i: { matterId, cause: '逾期未公示的案件', parties: [{ kind: 'ORGANISATION', name: '某公共机构' }], handlerIds: [seedIds.officer('31000036001'), seedIds.officer('31000036008')], leadOfficerId: seedIds.officer('31000036001') },
    }, token)).registerCase;
    let v = reg.version as number;
    for (const to of ['INVESTIGATION', 'NOTIFICATION', 'STATEMENT']) {
      v = (await ok(p.gatewayUrl, 'mutation($id: ID!, $v: Int!, $to: CaseStage!) { advanceCase(id: $id, version: $v, to: $to) { version } }', { id: reg.id, v, to }, token)).advanceCase.version;
    }
    await ok(p.gatewayUrl, 'mutation($id: ID!, $v: Int!, $i: DecisionInput!) { decideCase(id: $id, version: $v, input: $i) { id } }', { id: reg.id, v, i: { kinds: ['WARNING'], content: '经查，当事人未按规定执行节能标准，决定给予警告。', decidedOn: TEST_TODAY } }, token);
    await sql(p.databaseUrl, 'update cases.case_publication set due_on = $2 where case_id = $1', [reg.id, addDays(TEST_TODAY, -1)]);

    await inFreshPage(async (page) => {
      await login(page, 'officer');
      await page.goto(`${p.baseUrl}/#/cases`);
      const row = (number: string) => page.getByRole('row').filter({ hasText: number });
      await row(reg.number).getByTestId('case-publicity-due').waitFor();
      expect(await row(reg.number).getByTestId('case-publicity-due').getAttribute('data-state')).toBe('OVERDUE');
      expect(await row(caseNumber).getByTestId('case-publicity-due').getAttribute('data-state')).toBe('DONE');
      // the chip of an overdue deadline is red (MUI's error colour), of a done one green
      const colour = (number: string) => row(number).getByTestId('case-publicity-due').getByTestId('due-state').evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(await colour(reg.number)).toBe('rgb(211, 47, 47)');
      expect(await colour(caseNumber)).toBe('rgb(46, 125, 50)');

      const filter = async (label: string) => {
        const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('"publicityDue"'));
        await page.getByRole('combobox', { name: '公示期限' }).click();
        await page.getByRole('option', { name: label }).click();
        await answered;
      };
      const listed = () => page.getByTestId('case-publicity-due').evaluateAll((els) => els.map((e) => e.getAttribute('data-state')));
      await filter('已逾期');
      await eventually(async () => (await row(caseNumber).count()) === 0);
      await row(reg.number).waitFor();
      expect(new Set(await listed())).toEqual(new Set(['OVERDUE']));
      await page.screenshot({ path: '/tmp/console-cases-list-overdue.png', fullPage: true });
      await filter('已完成');
      await row(caseNumber).waitFor();
      await eventually(async () => (await row(reg.number).count()) === 0);
      expect(new Set(await listed())).toEqual(new Set(['DONE']));
      // the filters not always shown are added from 添加筛选 (category, year)
      await page.getByRole('button', { name: '添加筛选' }).click();
      await page.getByRole('menuitemcheckbox', { name: '执法类别' }).waitFor();
      expect(await page.getByRole('menuitemcheckbox', { name: '立案年度' }).count()).toBe(1);
      await page.keyboard.press('Escape');
    });
  });
});
