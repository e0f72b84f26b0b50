/**
 * 案卷评查 in the console (issue 9 items 5, 8, 10): a supervisor opens a quarterly batch drawn through the gateway, sees
 * its seed with how the same seed draws the same sample, runs the automatic check (a suspended officer's steps in red),
 * scores a sampled case on his own sheet against the batch's criteria (a deduction needs its reason), concludes, issues
 * the 监督意见书 to the agency with the finding, and opens its print view laid out as the official document.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { computeDeadline, DEMO_PASSWORD, loadSeed000 } from '@jiandu/kit';
import { eventually, inFreshPage as fresh, launchBrowser, submitLogin } from './support/browser.js';
import { ok } from './support/graphql.js';
import { startTestPlatform, type TestPlatform } from './support/platform.js';
import { TEST_TODAY, TEST_YEAR } from './support/subgraph.js';
import { buildReviewWorld, SEED_AGENCY, type ReviewWorld } from './support/reviews.js';
import { CRITERIA_V1, quarterOf } from '../subgraphs/supervision/src/reviews/review.rules.js';

const seed = loadSeed000();
let p: TestPlatform;
let browser: Browser;
let w: ReviewWorld;
let batchId: string;

const inFreshPage = (body: (page: Page) => Promise<void>) => fresh(browser, body, { width: 1440, height: 1000 });

beforeAll(async () => {
  p = await startTestPlatform({ label: 'reviews-browser' });
  browser = await launchBrowser();
  w = await buildReviewWorld(p, { cleanCases: 1 });
  const q = quarterOf(TEST_TODAY);
  batchId = (await ok(p.gatewayUrl, 'mutation($i: CreateReviewBatchInput!) { createReviewBatch(input: $i) { id } }', {
    i: { agencyId: SEED_AGENCY, year: q.year, quarter: q.quarter, reviewerIds: w.reviewers.map((r) => r.id), seed: '二〇二六年第四季度抽签', sampleSize: 2 },
  }, w.tokens.supervisor)).createReviewBatch.id;
  // 评查员乙 scores his sheets through the API; 评查员甲 (the demo supervisor) scores in the browser below.
  const batch = (await ok(p.gatewayUrl, 'query($id: ID!) { reviewBatch(id: $id) { files { sheets { id version reviewerId } } } }', { id: batchId }, w.tokens.supervisor2)).reviewBatch;
  for (const s of batch.files.flatMap((f: any) => f.sheets).filter((s: any) => s.reviewerId === w.reviewers[1]!.id)) {
    await ok(p.gatewayUrl, 'mutation($id: ID!, $v: Int!, $s: [ReviewScoreInput!]!) { scoreReviewCase(sheetId: $id, version: $v, scores: $s) { id } }', {
      id: s.id, v: s.version, s: CRITERIA_V1.items.map((c) => ({ code: c.code, score: c.maxScore })),
    }, w.tokens.supervisor2);
  }
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await p?.stop();
});

describe('案卷评查 in the console (003 第15条)', () => {
  it('a supervisor checks, scores, concludes and issues the 监督意见书, then prints it', async () => {
    await inFreshPage(async (page) => {
      await submitLogin(page, p.baseUrl, 'supervisor', DEMO_PASSWORD);
      await page.getByRole('menuitem', { name: '案卷评查' }).click();
      await page.getByText('行政执法案卷抽查').first().click();
      await page.waitForURL(new RegExp(`#/reviews/${batchId}/show`));

      // the seed, shown with how it draws, and that drawing again gives the same sample
      await expect(page.getByTestId('batch-seed').textContent()).resolves.toBe('二〇二六年第四季度抽签');
      await page.getByText(/同一种子在相同的候选案卷上总是抽中相同的案卷/).waitFor();
      await page.getByTestId('sample-reproducible').waitFor();
      await expect(page.getByTestId('batch-candidates').textContent()).resolves.toContain('候选 2 件');

      // 004 第十一条: the automatic check — 姚建军's steps in red, 潘铤's case clean
      await page.getByTestId('run-check').click();
      const check = page.getByRole('dialog', { name: '自动核查' });
      await check.getByRole('button', { name: '运行自动核查' }).click();
      await check.waitFor({ state: 'detached' });
      const violating = page.locator(`[data-testid="review-file"][data-case-id="${w.cases.violating}"]`);
      await violating.getByTestId('check-violations').waitFor();
      await expect(violating.getByTestId('violation').first().textContent()).resolves.toContain('姚建军');
      await expect(violating.getByTestId('check-violations').evaluate((el) => getComputedStyle(el).color)).resolves.toBe('rgb(211, 47, 47)');
      await page.locator(`[data-testid="review-file"][data-case-id="${w.cases.clean[0]}"]`).getByTestId('check-clean').waitFor();

      // 003 第15条: his own sheet of the clean case, against criteria version 1; a deduction needs its reason
      const clean = page.locator(`[data-testid="review-file"][data-case-id="${w.cases.clean[0]}"]`);
      await clean.getByTestId('score-mine').click();
      const dialog = page.getByRole('dialog', { name: /^评分：/ });
      await expect(dialog.getByTestId('score-criteria').textContent()).resolves.toContain('评查标准第1版');
      const procedure = dialog.getByTestId('criterion-PROCEDURE');
      await procedure.getByRole('spinbutton').fill('12');
      await dialog.getByRole('button', { name: '保存' }).click();
      await procedure.getByRole('textbox', { name: /扣分理由/ }).waitFor();
      await eventually(async () => (await procedure.getByRole('textbox', { name: /扣分理由/ }).getAttribute('aria-invalid')) === 'true');
      await procedure.getByRole('textbox', { name: /扣分理由/ }).fill('未告知当事人陈述申辩权利');
      await dialog.getByRole('button', { name: '保存' }).click();
      await dialog.waitFor({ state: 'detached' });
      await eventually(async () => ((await clean.getByTestId('sheet-total').allTextContents()).join(' ')).includes('评查员甲：92'));

      // and the violating case, full marks (the check has found it already)
      await violating.getByTestId('score-mine').click();
      const second = page.getByRole('dialog', { name: /^评分：/ });
      await second.getByRole('button', { name: '保存' }).click();
      await second.waitFor({ state: 'detached' });
      await eventually(async () => (await clean.getByTestId('file-result').textContent()) === '96');

      // conclude (a final act: it asks first)
      await page.getByTestId('conclude').click();
      const conclude = page.getByRole('dialog', { name: '完成评查' });
      await conclude.getByRole('button', { name: '下一步' }).click();
      await conclude.getByTestId('command-confirmation').waitFor();
      await conclude.getByRole('button', { name: '完成评查' }).click();
      await conclude.waitFor({ state: 'detached' });
      await expect(violating.getByTestId('finding').getAttribute('data-finding')).resolves.toBe('true');
      await expect(clean.getByTestId('finding').getAttribute('data-finding')).resolves.toBe('false');

      // the finding's agency gets its 监督意见书
      const agency = page.locator(`[data-testid="finding-agency"][data-agency-id="${w.childAgencyId}"]`);
      await agency.getByTestId('issue-opinion').click();
      const issue = page.getByRole('dialog', { name: new RegExp(`向${w.childAgencyName}制发监督意见书`) });
      await issue.getByRole('button', { name: '制发监督意见书' }).click();
      await page.waitForURL(/#\/opinions\/[^/]+\/show/);
      await expect(page.getByTestId('opinion-number').textContent()).resolves.toBe(`行政执法监督意见书 监意〔${TEST_YEAR}〕1号`);
      const due = computeDeadline({ start: TEST_TODAY, amount: 30, unit: 'NATURAL_DAYS' }).due;
      await expect(page.getByTestId('deadline-chip').first().textContent()).resolves.toContain(due);
      await expect(page.getByTestId('opinion-findings').textContent()).resolves.toContain('自动核查');

      // the print view, as the official document
      await page.getByTestId('print-opinion').click();
      await page.getByTestId('official-document').waitFor();
      await expect(page.getByTestId('document-issuer').textContent()).resolves.toBe(seed.agency.name);
      await expect(page.getByTestId('document-number').textContent()).resolves.toBe(`监意〔${TEST_YEAR}〕1号`);
      await expect(page.getByTestId('document-title').textContent()).resolves.toBe('行政执法监督意见书');
      await expect(page.getByTestId('document-addressee').textContent()).resolves.toBe(`${w.childAgencyName}：`);
      await expect(page.getByTestId('document-body').textContent()).resolves.toContain('逾期未整改完毕的');
    });
  }, 240_000);
});
