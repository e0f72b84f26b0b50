/**
 * 公示 and 全过程记录 in the console (issue 8 item 13): a case decided through the gateway shows on the 决定公示 list
 * with its due date (002 （二）3 事后公开: 7 working days for a 处罚); the officer previews the text with the ID number
 * and phone number taken out and marked (004 第十四条), publishes it, and an anonymous visitor reads it on the public
 * decisions page without them. On the record's full view the officer uploads a photo and records it (004 第十五条),
 * the file downloads with his token, 核验记录 says 完整 — and after an edit in SQL names the broken entry.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, loadSeed000, seedIds } from '@jiandu/kit';
import { eventually, inFreshPage as fresh, launchBrowser, submitLogin } from './support/browser.js';
import { ok } from './support/graphql.js';
import { sql } from './support/db.js';
import { startTestPlatform, type TestPlatform } from './support/platform.js';
import { TEST_TODAY } from './support/subgraph.js';
import { MatterCategory } from '../subgraphs/cases/src/matters/matter.entity.js';
import { filingDue, publicationDue, REDACTION_PLACEHOLDER, SEED_000_FILING_POLICY } from '../subgraphs/cases/src/publicity/publicity.rules.js';

const seed = loadSeed000();
const agencyId = seedIds.agency(seed.agency.name);
const PAN = seedIds.officer('31000036001');
const YAO = seedIds.officer('31000036008');
const ID_NUMBER = '11010519491231002X';
const PHONE = '13812345678';
const CONTENT = `当事人王五，公民身份号码${ID_NUMBER}，联系电话${PHONE}。经查，当事人未按规定公示能耗数据，决定给予警告。`;

let p: TestPlatform;
let browser: Browser;
let decided: { id: string; number: string };
let major: { id: string; number: string };

const inFreshPage = (body: (page: Page) => Promise<void>) => fresh(browser, body, { width: 1440, height: 900 });

/** A 处罚 case of the seed agency, handled by 潘铤 (lead) and 姚建军, taken to its decision through the gateway. */
async function decidedCase(token: string, major?: { reviewer: string }): Promise<{ id: string; number: string }> {
  const matters = await ok(p.gatewayUrl, '{ matters(filter: { category: PUNISHMENT }) { items { id agencyId } } }');
  const matterId = matters.matters.items.find((m: any) => m.agencyId === agencyId).id;
  const reg = (
    await ok(
      p.gatewayUrl,
      'mutation($i: RegisterCaseInput!) { registerCase(input: $i) { id number version } }',
      { i: { matterId, cause: '未按规定公示能耗数据', parties: [{ kind: 'PERSON', name: '王五', idNumber: ID_NUMBER, phone: PHONE }], handlerIds: [PAN, YAO], leadOfficerId: PAN } },
      token,
    )
  ).registerCase;
  let v = reg.version as number;
  for (const to of ['INVESTIGATION', 'NOTIFICATION', 'STATEMENT']) {
    v = (await ok(p.gatewayUrl, 'mutation($id: ID!, $v: Int!, $to: CaseStage!) { advanceCase(id: $id, version: $v, to: $to) { version } }', { id: reg.id, v, to }, token)).advanceCase.version;
  }
  if (major) {
    v = (await ok(p.gatewayUrl, 'mutation($id: ID!, $v: Int!) { markCaseMajor(id: $id, version: $v, grounds: [PUBLIC_INTEREST], basis: "涉及重大公共利益") { version } }', { id: reg.id, v }, token)).markCaseMajor.version;
    v = (await ok(p.gatewayUrl, 'mutation($id: ID!, $v: Int!) { submitForLegalReview(id: $id, version: $v) { version } }', { id: reg.id, v }, token)).submitForLegalReview.version;
    v = (await ok(p.gatewayUrl, 'mutation($id: ID!, $v: Int!) { reviewCase(id: $id, version: $v, outcome: PASSED, opinion: "同意") { version } }', { id: reg.id, v }, major.reviewer)).reviewCase.version;
  }
  await ok(p.gatewayUrl, 'mutation($id: ID!, $v: Int!, $i: DecisionInput!) { decideCase(id: $id, version: $v, input: $i) { id } }', { id: reg.id, v, i: { kinds: ['WARNING'], content: CONTENT, decidedOn: TEST_TODAY } }, token);
  return { id: reg.id, number: reg.number };
}

beforeAll(async () => {
  p = await startTestPlatform({ label: 'console_publicity' });
  browser = await launchBrowser();
  const login = async (u: string) => (await ok(p.gatewayUrl, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u, p: DEMO_PASSWORD })).login.token as string;
  const token = await login('officer');
  // cases learns the seed agency's confirmed 主体资格 (004 第十条) from personnel's snapshot event
  await eventually(async () => (await sql<{ confirmed: boolean }>(p.databaseUrl, 'select confirmed from cases.agency_projection where id = $1', [agencyId]))[0]?.confirmed === true);
  decided = await decidedCase(token);
  major = await decidedCase(token, { reviewer: await login('reviewer') });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await p?.stop();
});

describe('决定公示 in the console and on the public page', () => {
  it('002 （二）3 事后公开; 004 第十四条: the officer sees the due date, publishes with the ID number and phone masked; the public reads it without them', async () => {
    const due = publicationDue(TEST_TODAY, MatterCategory.PUNISHMENT);
    await inFreshPage(async (page) => {
      await submitLogin(page, p.baseUrl, 'officer', DEMO_PASSWORD);
      await page.getByRole('heading', { name: /欢迎/ }).waitFor();
      // the menu leads to the list; the row shows the due date, earliest first
      await page.getByRole('menuitem', { name: '决定公示', exact: true }).click();
      await page.waitForURL(/#\/publications/);
      await page.goto(`${p.baseUrl}/#/publications?filter=${encodeURIComponent(JSON.stringify({ search: decided.number }))}`);
      const row = page.getByRole('row').filter({ hasText: decided.number });
      await row.waitFor();
      expect(await row.getByTestId('due-on').textContent()).toBe(due.due);
      expect(await row.getByTestId('due-state').getAttribute('data-state')).toBe('OK');
      expect(await row.getByRole('link', { name: decided.number }).getAttribute('href')).toBe(`#/cases/${decided.id}/show`);

      // 预览并公示: the redacted text, the ID number and the phone marked and listed, masked
      await row.getByRole('button', { name: '预览并公示' }).click();
      const dialog = page.getByRole('dialog', { name: new RegExp(`预览并公示：${decided.number}`) });
      const text = dialog.getByTestId('redacted-text');
      await text.waitFor();
      const shown = (await text.textContent()) ?? '';
      expect(shown).not.toContain(ID_NUMBER);
      expect(shown).not.toContain(PHONE);
      expect(shown).toContain(REDACTION_PLACEHOLDER.ID_NUMBER);
      expect(await dialog.locator('[data-testid="redaction-mark"][data-kind="ID_NUMBER"]').textContent()).toBe(REDACTION_PLACEHOLDER.ID_NUMBER);
      expect(await dialog.locator('[data-testid="redaction-mark"][data-kind="PHONE"]').count()).toBe(1);
      const list = dialog.getByTestId('redaction-list');
      await list.getByRole('row').filter({ hasText: '身份证号码' }).waitFor();
      expect(await list.textContent()).not.toContain(ID_NUMBER);
      await page.screenshot({ path: '/tmp/console2-publish-preview.png' });

      // the clerk edits the text and previews again: what he adds is redacted too
      await dialog.getByRole('button', { name: '修改文本' }).click();
      const editor = dialog.getByRole('textbox', { name: '公示文本' });
      await editor.fill(`${await editor.inputValue()}如有疑问请致电13900001111。`);
      await dialog.getByRole('button', { name: '重新预览' }).click();
      // (the marks are of what the server took out of the text sent: here the new number; the earlier ones are placeholders already)
      await eventually(async () => ((await dialog.getByTestId('redacted-text').textContent()) ?? '').includes('如有疑问请致电'));
      expect(await dialog.getByTestId('redacted-text').textContent()).not.toContain('13900001111');
      expect(await dialog.locator('[data-testid="redaction-mark"][data-kind="PHONE"]').textContent()).toBe(REDACTION_PLACEHOLDER.PHONE);
      expect(await dialog.getByTestId('redaction-list').textContent()).toContain('139****1111');

      // publishing asks for a confirmation first
      await dialog.getByRole('button', { name: '公示', exact: true }).click();
      expect(await dialog.getByTestId('command-confirmation').textContent()).toContain('向社会公开');
      await dialog.getByRole('button', { name: '确认公示' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await eventually(async () => (await row.getByTestId('due-state').getAttribute('data-state')) === 'DONE');
      await row.getByText('已公示').waitFor();
      expect(await row.getByRole('button', { name: '预览并公示' }).count()).toBe(0);
      await page.screenshot({ path: '/tmp/console2-publications.png' });
    });

    // anyone, with no session: the public list, then the decision's text
    await inFreshPage(async (page) => {
      await page.goto(`${p.baseUrl}/#/login`);
      await page.getByRole('link', { name: /行政执法决定公示/ }).click();
      await page.waitForURL(/#\/public\/decisions/);
      await page.getByRole('heading', { name: '行政执法决定公示' }).waitFor();
      await page.getByRole('textbox', { name: '搜索' }).fill(decided.number);
      await page.getByRole('button', { name: '查询' }).click();
      const row = page.getByTestId('published-decision').filter({ hasText: decided.number });
      await row.waitFor();
      expect(await row.textContent()).toContain(seed.agency.name);
      expect(await row.textContent()).toContain(TEST_TODAY);
      await page.screenshot({ path: '/tmp/console2-public-list.png' });
      await row.getByRole('link', { name: decided.number }).click();
      const text = page.getByTestId('published-text');
      await text.waitFor();
      const published = (await text.textContent()) ?? '';
      expect(published).toContain('当事人王某');
      expect(published).toContain(REDACTION_PLACEHOLDER.ID_NUMBER);
      expect(published).not.toContain(ID_NUMBER);
      expect(published).not.toContain(PHONE);
      expect(published).toContain('如有疑问请致电');
      expect(published).not.toContain('13900001111');
      expect(await page.content()).not.toContain(ID_NUMBER);
      await page.screenshot({ path: '/tmp/console2-public-decision.png' });
    });

    // 002 （二）3 事后公开（三）: withdrawn with a reason after a confirmation, it leaves the public page
    await inFreshPage(async (page) => {
      await submitLogin(page, p.baseUrl, 'agencyadmin', DEMO_PASSWORD);
      await page.getByRole('heading', { name: /欢迎/ }).waitFor();
      await page.goto(`${p.baseUrl}/#/publications?filter=${encodeURIComponent(JSON.stringify({ search: decided.number }))}`);
      const row = page.getByRole('row').filter({ hasText: decided.number });
      await row.getByRole('button', { name: '撤回公示' }).click();
      const dialog = page.getByRole('dialog', { name: new RegExp(`撤回公示：${decided.number}`) });
      await dialog.getByRole('textbox', { name: /撤下原因/ }).fill('撤销');
      await dialog.getByRole('button', { name: '下一步' }).click();
      await dialog.getByText('原因至少 4 个字').waitFor();
      await dialog.getByRole('textbox', { name: /撤下原因/ }).fill('决定被依法撤销');
      await dialog.getByRole('textbox', { name: /依据/ }).fill('新司监决〔2026〕1号监督决定书');
      await dialog.getByRole('button', { name: '下一步' }).click();
      expect(await dialog.getByTestId('command-confirmation').textContent()).toContain('从公示栏撤下');
      await dialog.getByRole('button', { name: '撤回公示' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await row.getByText('已撤下').waitFor();
    });
    expect((await ok(p.gatewayUrl, '{ publishedDecisions { items { caseNumber } } }')).publishedDecisions.items).toEqual([]);
  });
});

describe('全过程记录 in the console (004 第十五条)', () => {
  it('004 第十五条: the officer uploads a photo and records it, downloads it with his token, verifies 完整; an entry edited in SQL is named', async () => {
    const photo = randomBytes(30_000);
    await inFreshPage(async (page) => {
      await submitLogin(page, p.baseUrl, 'officer', DEMO_PASSWORD);
      await page.getByRole('heading', { name: /欢迎/ }).waitFor();
      await page.goto(`${p.baseUrl}/#/cases/${decided.id}/record`);
      await page.getByRole('heading', { level: 1, name: `全过程记录 ${decided.number}` }).waitFor();
      await page.getByText('尚无记录').waitFor();

      // a photo without a file is refused in the form; with one, it is uploaded then recorded
      await page.getByRole('button', { name: '添加记录' }).click();
      const dialog = page.getByRole('dialog', { name: '添加全过程记录' });
      await dialog.getByRole('combobox', { name: '记录形式' }).click();
      await page.getByRole('option', { name: '照片' }).click();
      await dialog.getByRole('textbox', { name: /记录内容或说明/ }).fill('现场检查照片');
      await dialog.getByRole('button', { name: '添加记录' }).click();
      await dialog.getByText('请选择要上传的文件').waitFor();
      await dialog.getByTestId('record-file-input').setInputFiles({ name: '现场照片 1.jpg', mimeType: 'image/jpeg', buffer: photo });
      expect(await dialog.getByTestId('record-chosen-file').textContent()).toBe('现场照片 1.jpg · 29.3 KB');
      await dialog.getByRole('button', { name: '添加记录' }).click();
      await dialog.waitFor({ state: 'hidden' });
      const entry = page.locator('[data-testid="record-entry"][data-seq="1"]');
      await entry.waitFor();
      expect(await entry.textContent()).toContain('决定');
      expect(await entry.textContent()).toContain('潘铤');

      // the file opens through a fetch with the token (a plain link would carry none), in a tab of its own
      const download = page.waitForResponse((r) => /\/files\/[0-9a-f]{64}$/.test(r.url()));
      const opened = page.context().waitForEvent('page');
      await entry.getByTestId('record-file').click();
      const response = await download;
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('image/jpeg');
      expect(response.request().headers()['authorization']).toMatch(/^Bearer /);
      const tab = await opened;
      await tab.waitForLoadState();
      expect(tab.url()).toMatch(/^blob:/);
      const digest = await tab.evaluate(async () => {
        const bytes = await (await fetch(location.href)).arrayBuffer();
        return [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
      });
      expect(digest).toBe(createHash('sha256').update(photo).digest('hex'));
      expect(await entry.getByTestId('record-sha256').getAttribute('data-sha256')).toBe(digest);
      await tab.close();

      await page.getByRole('button', { name: '核验记录' }).click();
      const ok1 = page.getByTestId('record-verification');
      await ok1.waitFor();
      expect(await ok1.getAttribute('data-ok')).toBe('true');
      expect(await ok1.textContent()).toContain('完整');
      await page.screenshot({ path: '/tmp/console2-record.png' });

      // an edit that goes round the append-only trigger: 核验记录 names entry 1 and why
      await sql(p.databaseUrl, 'alter table cases.case_record_entry disable trigger append_only');
      await sql(p.databaseUrl, `update cases.case_record_entry set description = '现场检查照片（事后修改）' where case_id = $1 and seq = 1`, [decided.id]);
      await sql(p.databaseUrl, 'alter table cases.case_record_entry enable trigger append_only');
      await page.getByRole('button', { name: '核验记录' }).click();
      await eventually(async () => (await page.getByTestId('record-verification').getAttribute('data-ok')) === 'false');
      const broken = page.getByTestId('record-verification');
      expect(await broken.textContent()).toContain('记录不完整：第 1 条');
      expect(await broken.textContent()).toContain('第 1 条记录的内容与其哈希值不符');
      await page.screenshot({ path: '/tmp/console2-record-broken.png' });
    });
  });
});

describe('重大执法决定备案 in the console (004 第十九条; 000 二（九）)', () => {
  it('000 二（九）: the agency administrator sees the agency\'s filing period and the major decision due by it, and records the filing', async () => {
    const due = filingDue(TEST_TODAY, SEED_000_FILING_POLICY);
    await inFreshPage(async (page) => {
      await submitLogin(page, p.baseUrl, 'agencyadmin', DEMO_PASSWORD);
      await page.getByRole('heading', { name: /欢迎/ }).waitFor();
      await page.getByRole('menuitem', { name: '重大决定备案' }).click();
      await page.waitForURL(/#\/filings/);
      const policy = page.getByTestId('filing-policy');
      await policy.getByText('本单位设置', { exact: true }).waitFor();
      expect(await policy.textContent()).toContain(`${SEED_000_FILING_POLICY.value} 工作日`);
      const row = page.getByRole('row').filter({ hasText: major.number });
      await row.waitFor();
      expect(await row.getByTestId('due-on').textContent()).toBe(due.due);
      expect(await row.textContent()).toContain('本单位设置');
      // the ordinary case has no filing: only the major one is listed
      expect(await page.getByRole('row').filter({ hasText: decided.number }).count()).toBe(0);

      await row.getByRole('button', { name: '登记备案' }).click();
      const dialog = page.getByRole('dialog', { name: new RegExp(`登记备案：${major.number}`) });
      expect(await dialog.getByLabel(/备案日期/).inputValue()).toBe(TEST_TODAY);
      await dialog.getByRole('button', { name: '登记备案' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await eventually(async () => (await row.getByTestId('due-state').getAttribute('data-state')) === 'DONE');
      expect(await row.textContent()).toContain(TEST_TODAY);
      expect(await row.getByRole('button', { name: '登记备案' }).count()).toBe(0);
      await page.screenshot({ path: '/tmp/console2-filings.png' });
    });
  });
});
