/**
 * A real Chromium for the console tests: the binary shipped inside the npm package @sparticuz/chromium
 * (no apt, no download at run time), driven by playwright-core.
 */
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { TEST_NOW } from './subgraph.js';

export async function launchBrowser(): Promise<Browser> {
  const sparticuz = (await import('@sparticuz/chromium')).default;
  const executablePath = await sparticuz.executablePath();
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      ...sparticuz.args.filter((a: string) => !a.startsWith('--single-process')),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const BROWSER_TIMEOUT = 30_000;

/**
 * A fresh browser context (no session, no stored locale), closed after the body ran. Its clock starts at
 * `at` (by default TEST_NOW, the platform's pinned instant) and then runs: timers fire as usual, only the
 * date the page sees is the test's, whatever the machine's date.
 */
export async function inFreshPage(
  browser: Browser,
  body: (page: Page) => Promise<void>,
  viewport = { width: 1440, height: 1000 },
  at: string | Date = TEST_NOW,
): Promise<void> {
  const context: BrowserContext = await browser.newContext({ locale: 'zh-CN', viewport, timezoneId: 'Asia/Shanghai' });
  await context.clock.install({ time: new Date(at) });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(BROWSER_TIMEOUT);
    await body(page);
  } finally {
    await context.close();
  }
}

/** Fills the console's login form and submits it (the caller waits for what should follow). */
export async function submitLogin(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.getByRole('textbox', { name: /^用户名/ }).fill(username);
  await page.getByRole('textbox', { name: /^密码/ }).fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

/** Polls until `check` holds or the timeout passes (jest's expect does not retry). */
export async function eventually(check: () => Promise<boolean>, timeout = BROWSER_TIMEOUT): Promise<void> {
  const until = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`condition not met within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The message under a form input once the form marks it invalid (its helper text, named by aria-describedby). */
export async function inputMessage(page: Page, input: Locator): Promise<string | null> {
  await eventually(async () => (await input.getAttribute('aria-invalid')) === 'true');
  const id = await input.getAttribute('aria-describedby');
  return id ? ((await page.locator(`[id="${id}"]`).textContent())?.trim() ?? null) : null;
}
