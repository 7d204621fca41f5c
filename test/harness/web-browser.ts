import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expectAccessible } from './accessibility';
import type { TestHub } from './test-hub';

const ROOT = path.resolve(__dirname, '../..');
/** Where every browser test writes its pages (test artifacts, not committed). */
const SCREENSHOTS = path.join(ROOT, '.cache/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** infra.md "Browsers": without the background-networking flags Chromium floods the closed network. */
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface WebBrowser {
  browser(): Browser;
  /** A fresh browser context signed in to the web workspace with the party's demo key. */
  signInAs(partyId: string): Promise<Page>;
  /** Writes the page's screenshot, then fails the test on the page's accessibility violations (accessibility.ts). */
  screenshot(page: Page, name: string): Promise<Buffer>;
}

/**
 * Debian's Chromium, driven by playwright-core, for the file's tests: the web app is built first
 * (about two seconds), so a test never drives a stale build of its sources.
 */
export function useWebBrowser(testHub: () => TestHub): WebBrowser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    execFileSync('npm', ['run', '--silent', 'web:build'], { cwd: ROOT, stdio: 'inherit' });
    expect(existsSync(path.join(ROOT, 'apps/web/dist/index.html'))).toBe(true);
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  });
  afterAll(async () => {
    await browser?.close();
  });
  const running = () => {
    if (!browser) throw new Error('the browser is not running (useWebBrowser starts it before the tests)');
    return browser;
  };
  return {
    browser: running,
    async signInAs(partyId) {
      const page = await (await running().newContext()).newPage();
      await page.goto(`${testHub().url}/app/`);
      await page.getByLabel('API key').fill(testHub().keyOf(partyId));
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByTestId('whoami').waitFor();
      return page;
    },
    async screenshot(page, name) {
      const image = await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
      await expectAccessible(page, name);
      return image;
    },
  };
}
