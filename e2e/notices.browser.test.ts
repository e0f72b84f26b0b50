/**
 * 监督通知书 and 监督决定书 in the console (issue 9 items 8, 10 and 11): a supervisor takes a complaint to a notice in a
 * few clicks (the create page prefilled from the complaint), the agency's receipt starts the countdown chips, the
 * print view is the official document with the three periods written out; a notice received more than 7 days ago
 * offers no objection and the server refuses one (004 第二十四条); an overdue notice leads to a 撤销 decision whose
 * effect reaches the case — its page shows the mark and its publication withdrawn (004 第二十五条).
 * Back-dating (a notice issued 40 days ago) is a fixture set by SQL: the API dates a notice today.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, loadSeed000, seedIds, statutoryDeadline } from '@jiandu/kit';
import { eventually, inFreshPage as fresh, launchBrowser, submitLogin } from './support/browser.js';
import { codes, gql, ok } from './support/graphql.js';
import { sql } from './support/db.js';
import { startTestPlatform, type TestPlatform } from './support/platform.js';
import { TEST_TODAY, TEST_YEAR, testDate } from './support/subgraph.js';

const seed = loadSeed000();
const agencyId = seedIds.agency(seed.agency.name);
const PAN = seedIds.officer('31000036001');
const YAO = seedIds.officer('31000036008');
let p: TestPlatform;
let browser: Browser;
const tokens: Record<string, string> = {};
let complaint: { id: string; number: string };
let noticeId: string;

const inFreshPage = (body: (page: Page) => Promise<void>) => fresh(browser, body, { width: 1440, height: 1000 });
const login = async (username: string) =>
  (await ok(p.gatewayUrl, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: username, p: DEMO_PASSWORD })).login.token as string;

async function signIn(page: Page, username: string) {
  await submitLogin(page, p.baseUrl, username, DEMO_PASSWORD);
  await page.getByRole('heading', { name: /欢迎/ }).waitFor();
}

/** Opens the action `button`, lets `fill` fill its dialog, sends it, confirms when asked, and waits for the dialog to close. */
async function act(page: Page, button: string, submit: string, fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>, confirm?: string) {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: submit, exact: true }).click();
  if (confirm) await dialog.getByRole('button', { name: confirm, exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** A decided and published 处罚 case of the seed agency, through the gateway (as e2e/publicity.test.ts). */
async function publishedCase(): Promise<{ id: string; number: string }> {
  const matters = await ok(p.gatewayUrl, '{ matters(filter: { category: PUNISHMENT }) { items { id agencyId } } }');
  const matterId = matters.matters.items.find((m: any) => m.agencyId === agencyId).id;
  const reg = (await ok(p.gatewayUrl, 'mutation($i: RegisterCaseInput!) { registerCase(input: $i) { id number version } }', {
    i: { matterId, cause: '未按规定开展能源审计', parties: [{ kind: 'PERSON', name: '张三' }], handlerIds: [PAN, YAO], leadOfficerId: PAN },
  }, tokens.officer)).registerCase;
  let v = reg.version as number;
  for (const to of ['INVESTIGATION', 'NOTIFICATION', 'STATEMENT']) {
    v = (await ok(p.gatewayUrl, 'mutation($id: ID!, $v: Int!, $to: CaseStage!) { advanceCase(id: $id, version: $v, to: $to) { version } }', { id: reg.id, v, to }, tokens.officer)).advanceCase.version;
  }
  await ok(p.gatewayUrl, 'mutation($id: ID!, $v: Int!, $i: DecisionInput!) { decideCase(id: $id, version: $v, input: $i) { id } }', { id: reg.id, v, i: { kinds: ['WARNING'], content: '经查，当事人未按规定开展能源审计，决定给予警告。', decidedOn: TEST_TODAY } }, tokens.officer);
  const pub = (await ok(p.gatewayUrl, 'query($id: ID!) { case(id: $id) { publication { version } } }', { id: reg.id }, tokens.officer)).case.publication;
  await ok(p.gatewayUrl, 'mutation($c: ID!, $v: Int!) { publishDecision(caseId: $c, version: $v) { status } }', { c: reg.id, v: pub.version }, tokens.officer);
  return { id: reg.id, number: reg.number };
}

/** A notice issued (by SQL) `issuedDaysAgo` and received `receivedDaysAgo`, through the API. */
async function backDatedNotice(issuedDaysAgo: number, receivedDaysAgo: number, caseIds: string[] = []) {
  const n = (await ok(p.gatewayUrl, 'mutation($i: CreateNoticeInput!) { createNotice(input: $i) { id number version } }', {
    i: { agencyId, grounds: ['DECISION_UNLAWFUL'], facts: '经查，该局作出的处罚决定认定事实不清。', requirement: '请自行纠正并报送整改情况。', caseIds },
  }, tokens.supervisor)).createNotice;
  await sql(p.databaseUrl, 'update supervision.supervision_notice set issued_on = $2 where id = $1', [n.id, testDate({ days: -issuedDaysAgo })]);
  return (await ok(p.gatewayUrl, 'mutation($id: ID!, $v: Int!, $d: String!) { recordNoticeReceipt(id: $id, version: $v, receivedOn: $d) { id number version } }', { id: n.id, v: n.version, d: testDate({ days: -receivedDaysAgo }) }, tokens.agencyadmin)).recordNoticeReceipt;
}

beforeAll(async () => {
  p = await startTestPlatform({ label: 'console_notices' });
  browser = await launchBrowser();
  for (const u of ['officer', 'supervisor', 'agencyadmin']) tokens[u] = await login(u);
  await eventually(async () => (await sql<{ confirmed: boolean }>(p.databaseUrl, 'select confirmed from cases.agency_projection where id = $1', [agencyId]))[0]?.confirmed === true);
  await eventually(async () => (await sql(p.databaseUrl, 'select 1 from supervision.agency_projection where id = $1', [agencyId])).length === 1);
  complaint = (await ok(p.gatewayUrl, 'mutation($i: CreateComplaintInput!) { createComplaint(input: $i) { id number } }', {
    i: { channel: 'PHONE', anonymous: true, agencyId, content: '执法人员检查时未出示执法证件' },
  }, tokens.supervisor)).createComplaint;
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await p?.stop();
});

describe('监督通知书 in the console (004 第二十三条、第二十四条)', () => {
  it('004 第二十三条: from the complaint\'s page the supervisor issues a notice in a few clicks; the agency records the receipt and the countdown chips start', async () => {
    await inFreshPage(async (page) => {
      await signIn(page, 'supervisor');
      await page.goto(`${p.baseUrl}/#/complaints/${complaint.id}/show`);
      await page.getByTestId('issue-notice').click();
      await page.waitForURL(/\/notices\/create\?complaintId=/);
      // prefilled from the complaint: the agency, the complaint linked, the facts drafted
      const facts = page.getByRole('textbox', { name: /^查明的事实/ });
      await eventually(async () => (await facts.inputValue()).includes(complaint.number));
      await eventually(async () => (await page.getByRole('combobox', { name: /^被监督机关/ }).inputValue()) === seed.agency.name);
      await page.getByRole('button', { name: complaint.number }).waitFor(); // the chip of the linked complaint
      await page.getByLabel(/执法主体、执法权限、执法程序不合法的/).check();
      await facts.fill(`${await facts.inputValue()}经核实，执法人员检查时未出示执法证件。`);
      await page.getByRole('textbox', { name: /^整改要求/ }).fill('组织执法人员学习亮证执法规定，并报送整改情况。');
      await page.screenshot({ path: '/tmp/console-notice-create.png', fullPage: true });
      await page.getByRole('button', { name: '保存' }).click();
      await page.waitForURL(/\/notices\/[^/]+\/show$/);
      noticeId = page.url().match(/\/notices\/([^/]+)\/show$/)![1]!;
      await page.getByTestId('notice-number').getByText(`监通〔${TEST_YEAR}〕1号`).waitFor();
      expect(await page.getByTestId('notice-status').textContent()).toBe('已下发');
      expect(await page.getByTestId('notice-complaint').textContent()).toBe(complaint.number);
    });
    await inFreshPage(async (page) => {
      await signIn(page, 'agencyadmin');
      await page.goto(`${p.baseUrl}/#/notices/${noticeId}/show`);
      await page.getByTestId('notice-number').waitFor();
      await act(page, '登记送达', '登记送达');
      const chips = page.getByTestId('notice-deadlines').getByTestId('deadline-chip');
      await eventually(async () => (await chips.count()) === 2);
      const rect = statutoryDeadline(TEST_TODAY, 30, 'NATURAL_DAYS', '');
      const first = chips.first();
      expect(await first.getAttribute('data-label')).toBe('整改并报送整改情况');
      expect(await first.getAttribute('data-state')).toBe('OK');
      expect(await first.textContent()).toContain(rect.dueOn);
      expect(await first.textContent()).toMatch(/还剩 \d+ 天/);
      expect(await chips.nth(1).getAttribute('data-label')).toBe('申请复查');
      expect(await page.getByTestId('notice-status').textContent()).toBe('整改中');
      // the supervised body may now object or report
      expect(await page.getByTestId('notice-action').evaluateAll((els) => els.map((e) => e.getAttribute('data-action')))).toEqual(['OBJECT', 'REPORT_RECTIFICATION']);
      await page.screenshot({ path: '/tmp/console-notice-show.png', fullPage: true });
    });
  });

  it('the print view is the official document: number, addressee, grounds and facts, the periods and the right to object, issuing body and date', async () => {
    await inFreshPage(async (page) => {
      await signIn(page, 'supervisor');
      await page.goto(`${p.baseUrl}/#/notices/${noticeId}/show`);
      await page.getByTestId('open-print').click();
      await page.waitForURL(/\/notices\/[^/]+\/print$/);
      const doc = page.getByTestId('official-document');
      await doc.waitFor();
      expect(await page.getByTestId('document-number').textContent()).toBe(`监通〔${TEST_YEAR}〕1号`);
      expect(await page.getByTestId('document-title').textContent()).toBe('行政执法监督通知书');
      expect(await page.getByTestId('document-addressee').textContent()).toBe(`${seed.agency.name}：`);
      const body = (await page.getByTestId('document-body').textContent())!;
      expect(body).toContain('（一）执法主体、执法权限、执法程序不合法的');
      expect(body).toContain('执法人员检查时未出示执法证件');
      expect(body).toContain('自收到本通知书之日起三十日内整改完毕');
      expect(body).toContain('七日内向我单位申请复查');
      expect(body).toContain('十五日内予以复查并答复');
      expect(await page.getByTestId('document-issuer').textContent()).toBe(seed.agency.name);
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByTestId('print-document').isVisible()).toBe(false);
      await page.screenshot({ path: '/tmp/console-notice-print.png', fullPage: true });
    });
  });

  it('004 第二十四条第二款: received more than 7 days ago, the notice offers the agency no objection, and the server refuses one with DEADLINE_PASSED', async () => {
    const late = await backDatedNotice(14, 12);
    await inFreshPage(async (page) => {
      await signIn(page, 'agencyadmin');
      await page.goto(`${p.baseUrl}/#/notices/${late.id}/show`);
      await page.getByTestId('notice-number').getByText(late.number).waitFor();
      await eventually(async () => (await page.getByTestId('notice-action').count()) > 0);
      expect(await page.getByTestId('notice-action').evaluateAll((els) => els.map((e) => e.getAttribute('data-action')))).toEqual(['REPORT_RECTIFICATION']);
      // only the rectification is still running: the right to object has lapsed
      expect(await page.getByTestId('notice-deadlines').getByTestId('deadline-chip').evaluateAll((els) => els.map((e) => e.getAttribute('data-label')))).toEqual(['整改并报送整改情况']);
    });
    const r = await gql(p.gatewayUrl, 'mutation($id: ID!, $v: Int!) { objectToNotice(id: $id, version: $v, reason: "认定事实有误，申请复查") { id } }', { id: late.id, v: late.version }, tokens.agencyadmin);
    expect(codes(r)).toEqual(['DEADLINE_PASSED']);
  });

  it('004 第二十五条: an overdue notice (red chip) leads to a 撤销 decision; its effect reaches the case, whose page shows the mark and the publication withdrawn', async () => {
    const c = await publishedCase();
    const n = await backDatedNotice(40, 35, [c.id]);
    await inFreshPage(async (page) => {
      await signIn(page, 'supervisor');
      await page.goto(`${p.baseUrl}/#/notices`);
      const row = page.locator('tr').filter({ hasText: n.number });
      await row.waitFor();
      expect(await row.getByTestId('deadline-chip').first().getAttribute('data-state')).toBe('OVERDUE');
      expect(await row.getByTestId('notice-overdue').count()).toBe(1);
      await row.click();
      await page.getByTestId('notice-unrectified').waitFor();
      await act(page, '制发监督决定书', '下一步', async (d) => {
        await d.getByRole('combobox', { name: /^决定种类/ }).click();
        await page.getByRole('option', { name: '撤销', exact: true }).click();
        await d.getByRole('combobox', { name: /^所涉案件/ }).click();
        await page.getByRole('option', { name: new RegExp(c.number.replace(/[〔〕]/g, '.')) }).click();
        await d.getByRole('textbox', { name: /^事实和理由/ }).fill('被监督机关逾期不改正，该处罚决定认定事实不清。');
      }, '制发');
      await page.waitForURL(/\/supervision-decisions\/[^/]+\/show$/);
      await page.getByTestId('decision-number').getByText(`监决〔${TEST_YEAR}〕1号`).waitFor();
      // the consumer applies it in the background: the page shows APPLIED once cases answered
      await eventually(async () => {
        await page.reload();
        await page.getByTestId('decision-effect-panel').waitFor();
        return (await page.getByTestId('decision-effect-panel').getAttribute('data-state')) === 'APPLIED';
      }, 60_000);
      expect(await page.getByTestId('decision-effect-panel').textContent()).toContain('其公示已撤下');
      await page.screenshot({ path: '/tmp/console-decision-show.png', fullPage: true });
      const decisionUrl = page.url();
      await page.getByTestId('open-print').click();
      await page.getByTestId('official-document').waitFor();
      expect(await page.getByTestId('document-title').textContent()).toBe('行政执法监督决定书');
      expect(await page.getByTestId('document-body').textContent()).toContain(`撤销你单位作出的${c.number}行政执法决定`);
      expect(await page.getByTestId('document-body').textContent()).toContain(n.number);
      await page.screenshot({ path: '/tmp/console-decision-print.png', fullPage: true });
      await page.goto(decisionUrl);
      await page.getByTestId('decision-case-link').click();
      await page.waitForURL(/\/cases\/[^/]+\/show/);
      await page.getByTestId('case-correction').waitFor();
      expect(await page.getByTestId('case-correction').getAttribute('data-kind')).toBe('REVOKED');
      await page.getByRole('tab', { name: '公示与备案' }).click();
      await page.getByText('已撤下').first().waitFor();
      await page.getByRole('tab', { name: '监督通知书' }).click();
      await page.getByTestId('case-notice').filter({ hasText: n.number }).waitFor();
      await page.screenshot({ path: '/tmp/console-case-corrected.png', fullPage: true });
      await page.goto(`${p.baseUrl}/#/supervision-decisions`);
      await page.locator('tr').filter({ hasText: `监决〔${TEST_YEAR}〕1号` }).getByTestId('decision-effect').waitFor();
    });
    expect((await ok(p.gatewayUrl, '{ publishedDecisions { items { caseNumber } } }')).publishedDecisions.items.map((x: any) => x.caseNumber)).not.toContain(c.number);
  });
});
