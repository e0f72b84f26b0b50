/**
 * A sanction in the console (issue 9 items 4, 5 and 11; 004 第三十三条; 003 第4条): a supervisor opens an officer's page,
 * proposes a 暂扣 (提出处理), sees the period personnel's policy gives before confirming and the consequence on the
 * confirmation step, issues it; the sanction's page shows the effect 待生效 and then, once personnel has applied it by
 * event, 已生效 with the certificate and the period; the certificate's page shows the suspension with the sanction's
 * number as its basis, linked back; the print view is the 处理建议书; the officer page's 处理记录 tab lists it.
 * Clocks (platform and browser) are pinned at TEST_NOW.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { addNaturalMonths, DEMO_PASSWORD, seedIds } from '@jiandu/kit';
import { eventually, inFreshPage as fresh, launchBrowser, submitLogin } from './support/browser.js';
import { startTestPlatform, type TestPlatform } from './support/platform.js';
import { TEST_TODAY, TEST_YEAR } from './support/subgraph.js';

const YAO = seedIds.officer('31000036008');
/** 003 第4条: 3 months from today, on the plain calendar date. */
const ENDS = addNaturalMonths(TEST_TODAY, 3, { extendToWorkingDay: false });
const NUMBER = `监处〔${TEST_YEAR}〕1号`;

let p: TestPlatform;
let browser: Browser;

beforeAll(async () => {
  p = await startTestPlatform({ label: 'console_sanctions' });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await p?.stop();
});

const inFreshPage = (body: (page: Page) => Promise<void>) => fresh(browser, body);

describe('sanctions in the console', () => {
  it('a supervisor issues a 暂扣 from the officer page, confirms, and sees it take effect on the certificate, whose history cites the sanction', async () => {
    await inFreshPage(async (page) => {
      await submitLogin(page, p.baseUrl, 'supervisor', DEMO_PASSWORD);
      await page.getByRole('heading', { name: /欢迎/ }).waitFor();

      await page.goto(`${p.baseUrl}/#/officers/${YAO}/show`);
      await page.getByText('姚建军', { exact: true }).first().waitFor();
      await page.getByRole('button', { name: '提出处理' }).first().click();
      const dialog = page.getByRole('dialog', { name: '提出处理：姚建军' });
      await dialog.getByRole('combobox', { name: /^处理事由/ }).click();
      await page.getByRole('option', { name: '（三）超越法定权限或者范围实施行政执法' }).click();
      await dialog.getByRole('radio', { name: '暂扣行政执法证' }).check();
      // the period is the server's (personnel's policy, 003 第4条), shown before anything is sent
      const preview = dialog.getByTestId('sanction-preview');
      await preview.getByText(`将暂扣行政执法证 31000036008：${TEST_TODAY} 至 ${ENDS}（3个月）`).waitFor();
      await dialog.getByRole('textbox', { name: /^认定的事实/ }).fill('在机关事务管理领域以外实施现场检查');
      await page.screenshot({ path: '/tmp/console-sanctions-dialog.png' });
      await dialog.getByRole('button', { name: '下一步' }).click();
      const confirmation = dialog.getByTestId('sanction-confirmation');
      await confirmation.getByText(`将暂扣 姚建军 的行政执法证 31000036008，暂扣期间 ${TEST_TODAY} 至 ${ENDS}（按人事子图政策，3个月）`, { exact: false }).waitFor();
      expect(await confirmation.textContent()).toContain('在机关事务管理领域以外实施现场检查');
      await page.screenshot({ path: '/tmp/console-sanctions-confirm.png' });
      await dialog.getByRole('button', { name: '发出处理建议书' }).click();

      // the sanction's page: 待生效 at first (perhaps too briefly to see), then 已生效 with the certificate and period
      await page.waitForURL(/#\/sanctions\/[^/]+\/show$/);
      const sanctionUrl = page.url();
      await page.getByText(NUMBER).first().waitFor();
      const effect = page.getByTestId('sanction-effect-card').getByTestId('sanction-effect');
      await eventually(async () => (await effect.getAttribute('data-state')) === 'APPLIED');
      expect(await effect.textContent()).toBe(`已生效31000036008 · 暂扣期间 ${TEST_TODAY} 至 ${ENDS}`);
      await page.getByText('超越法定权限或者范围实施行政执法的（004 第三十三条第（三）项）').waitFor();
      await page.screenshot({ path: '/tmp/console-sanctions-show.png', fullPage: true });

      // the certificate: suspended, the history entry's basis is the sanction's number, linked back to it
      await effect.getByTestId('sanction-certificate-link').click();
      await page.waitForURL(/#\/certificates\/[^/]+\/show$/);
      const history = page.getByTestId('certificate-history');
      const entry = history.locator('li[data-kind="SUSPENDED"]').last();
      await entry.waitFor();
      expect(await entry.textContent()).toContain(`暂扣期间：${TEST_TODAY.replace(/-/g, '/')} 至 ${ENDS}`);
      expect(await entry.textContent()).toContain('事由：监督处理决定');
      const basis = entry.getByTestId('history-sanction-link');
      expect(await basis.textContent()).toBe(NUMBER);
      await page.screenshot({ path: '/tmp/console-sanctions-certificate.png', fullPage: true });
      await basis.click();
      await page.waitForURL(sanctionUrl);

      // the print view: the 处理建议书 addressed to the officer's unit
      await page.getByTestId('sanction-print').click();
      const doc = page.getByTestId('official-document');
      await doc.waitFor();
      expect(await doc.getByTestId('document-number').textContent()).toBe(NUMBER);
      expect(await doc.getByTestId('document-title').textContent()).toBe('行政执法人员处理建议书');
      expect(await doc.getByTestId('document-addressee').textContent()).toBe('新疆维吾尔自治区机关事务管理局：');
      expect(await doc.getByTestId('document-body').textContent()).toContain('建议你单位对其给予暂扣行政执法证处理');
      await page.screenshot({ path: '/tmp/console-sanctions-print.png', fullPage: true });

      // the officer page's 处理记录 tab lists it with its effect
      await page.goto(`${p.baseUrl}/#/officers/${YAO}/show`);
      await page.getByRole('tab', { name: '处理记录' }).click();
      const row = page.getByTestId('officer-sanction-row').first();
      await row.waitFor();
      expect(await row.textContent()).toContain(NUMBER);
      expect(await row.getByTestId('sanction-effect').getAttribute('data-state')).toBe('APPLIED');
      await page.screenshot({ path: '/tmp/console-sanctions-officer-tab.png', fullPage: true });
    });
  });

  it('from the list: a 批评教育 for an officer chosen in the dialog, which does not reach the certificate; the list filters by kind', async () => {
    await inFreshPage(async (page) => {
      await submitLogin(page, p.baseUrl, 'supervisor', DEMO_PASSWORD);
      await page.getByRole('heading', { name: /欢迎/ }).waitFor();
      await page.goto(`${p.baseUrl}/#/sanctions`);
      await page.getByText(NUMBER).first().waitFor();
      await page.getByRole('button', { name: '提出处理' }).click();
      const dialog = page.getByRole('dialog', { name: '提出处理' });
      await dialog.getByRole('combobox', { name: /^被处理人员/ }).fill('潘');
      await page.getByRole('option', { name: '潘铤' }).click();
      await dialog.getByRole('combobox', { name: /^处理事由/ }).click();
      await page.getByRole('option', { name: '（一）不依法定程序执法' }).click();
      await dialog.getByRole('radio', { name: '批评教育' }).check();
      await dialog.getByTestId('sanction-preview').getByText('建议对其进行批评教育', { exact: false }).waitFor();
      await dialog.getByRole('textbox', { name: /^认定的事实/ }).fill('未出示执法证件');
      await dialog.getByRole('button', { name: '下一步' }).click();
      await dialog.getByTestId('sanction-confirmation').getByText('将向 潘铤 的所在单位发出处理建议书，建议给予批评教育处理。').waitFor();
      await dialog.getByRole('button', { name: '发出处理建议书' }).click();
      await page.waitForURL(/#\/sanctions\/[^/]+\/show$/);
      await page.getByText(`监处〔${TEST_YEAR}〕2号`).first().waitFor();
      await page.getByTestId('sanction-effect-card').getByText('不涉及行政执法证').waitFor();

      // the list: both, and the kind filter narrows it
      await page.goto(`${p.baseUrl}/#/sanctions`);
      await page.getByText(`监处〔${TEST_YEAR}〕2号`).first().waitFor();
      expect(await page.getByTestId('sanction-effect').first().getAttribute('data-state')).toBe('APPLIED');
      await page.getByRole('combobox', { name: '处理种类' }).click();
      await page.getByRole('option', { name: '批评教育' }).click();
      await eventually(async () => (await page.getByText(NUMBER).count()) === 0);
      expect(await page.getByText(`监处〔${TEST_YEAR}〕2号`).count()).toBe(1);
      await page.screenshot({ path: '/tmp/console-sanctions-list.png', fullPage: true });
    });
  });
});
