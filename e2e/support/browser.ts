/**
 * A real Chromium for the console tests: the binary shipped inside the npm package @sparticuz/chromium
 * (no apt, no download at run time), driven by playwright-core.
 */
import { chromium, type Browser } from 'playwright-core';

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
