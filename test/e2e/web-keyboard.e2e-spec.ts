import type { Locator, Page } from 'playwright-core';
import { apiAs, DEMO_CLAIM, eventually, useTestHub } from '@rma-hub/testing';
import { expectAccessible } from '../harness/accessibility';
import { useWebBrowser } from '../harness/web-browser';

/**
 * The web workspace from the keyboard alone, in headless Chromium (Debian's package, driven by
 * playwright-core): ad notam signs in, takes the skip link, moves through the navigation to its inbox,
 * opens a claim and authorizes it with Tab, Shift+Tab and Enter. Every Tab stop must show its focus
 * (an outline or a box shadow) and come later in the page than the one before (earlier, going back).
 * The accessibility check of the harness is shown to fail on a page that breaks its rules.
 */
const UI_TIMEOUT = 60_000;

/** One Tab stop: the focused element's place in document order, a name to report it by, and what its focus looks like. */
interface Stop {
  order: number;
  name: string;
  focusVisible: boolean;
  inMain: boolean;
  onScreen: boolean;
}

/** Evaluated in the page (its DOM types are not this project's). */
const FOCUSED_STOP = `(() => {
  const element = document.activeElement;
  if (!element || element === document.body) return null;
  const style = getComputedStyle(element);
  const box = element.getBoundingClientRect();
  const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  return {
    order: [...document.querySelectorAll('*')].indexOf(element),
    name: element.tagName.toLowerCase() + ' ' + (element.getAttribute('aria-label') || element.labels?.[0]?.textContent || element.textContent || '').trim().slice(0, 60),
    focusVisible: outlined || style.boxShadow !== 'none',
    inMain: element.closest('main') !== null,
    onScreen: box.right > 0 && box.bottom > 0 && box.left < innerWidth && box.width > 0,
  };
})()`;

const hasFocus = (target: Locator) => target.evaluate((element) => element === element.ownerDocument.activeElement);

/**
 * Presses Tab (Shift+Tab when `backwards`) until `target` has the focus, at most `limit` times, checking at
 * every stop that the focus shows and moves the way the page reads. A stop that keeps the same element (a
 * date input's day, month and year) counts once.
 */
async function tabTo(page: Page, target: Locator, { backwards = false, limit = 60 } = {}): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const stop = (await page.evaluate(FOCUSED_STOP)) as Stop | null;
    if (stop === null) throw new Error(`Tab press ${press + 1} left the focus on nothing after ${stops.map((one) => one.name).join(' → ')}`);
    expect({ stop: stop.name, focusVisible: stop.focusVisible, onScreen: stop.onScreen }).toEqual({ stop: stop.name, focusVisible: true, onScreen: true });
    const previous = stops.at(-1);
    if (previous?.order !== stop.order) {
      if (previous) expect({ from: previous.name, to: stop.name, forward: stop.order > previous.order }).toEqual({ from: previous.name, to: stop.name, forward: !backwards });
      stops.push(stop);
    }
    if (await hasFocus(target)) return stops;
  }
  throw new Error(`${limit} presses did not reach the target; the focus went ${stops.map((one) => one.name).join(' → ')}`);
}

describe('the web workspace from the keyboard, in headless Chromium', () => {
  const testHub = useTestHub();
  const stamp = Date.now() % 1_000_000;
  const web = useWebBrowser(testHub);

  it('lets ad notam sign in, skip to the content, reach its inbox and authorize a claim with Tab and Enter only', async () => {
    const { supportTicket: _notAdNotams, ...complete } = DEMO_CLAIM;
    const reference = `AN-KEYS-${stamp}`;
    const reseller = apiAs(testHub().url, testHub().keyOf('reseller-alpha'));
    const submitted = await reseller.post('/v1/claims', {
      ...complete,
      reference,
      manufacturer: 'ad-notam',
      purchaseDate: new Date(Date.now() - 90 * 86_400_000).toISOString().slice(0, 10),
      lines: [{ serial: reference, model: 'AN-MD-22' }],
    });
    expect(submitted.status).toBe(201);
    const id: string = submitted.body.id;
    await eventually(async () => expect((await reseller.get(`/v1/claims/${id}`)).body.status).toBe('forwarded'));

    // Sign-in: the key field is the first stop, the button the next once a key is typed.
    const page = await (await web.browser().newContext()).newPage();
    await page.goto(`${testHub().url}/app/`);
    const keyField = page.getByLabel('API key');
    await keyField.waitFor({ timeout: UI_TIMEOUT });
    expect(await tabTo(page, keyField, { limit: 1 })).toHaveLength(1);
    await page.keyboard.type(testHub().keyOf('ad-notam'));
    await tabTo(page, page.getByRole('button', { name: 'Sign in' }), { limit: 1 });
    await page.keyboard.press('Enter');
    await page.getByTestId('whoami').waitFor({ timeout: UI_TIMEOUT });

    // The skip link is the first stop, shown on screen when focused; taking it puts the next stop in the page's content.
    const skip = page.getByRole('link', { name: 'Skip to content' });
    expect((await tabTo(page, skip, { limit: 1 }))[0]).toMatchObject({ inMain: false, onScreen: true });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(FOCUSED_STOP)).toMatchObject({ inMain: true, focusVisible: true });

    // Back up into the navigation (through the sign-out button and the links after the inbox), then open the inbox.
    const inbox = page.getByRole('link', { name: 'Waiting on me' });
    const backThrough = await tabTo(page, inbox, { backwards: true });
    expect(backThrough.map((stop) => stop.inMain)).toEqual(backThrough.map(() => false));
    expect(backThrough[0]!.name).toBe('button Sign out');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Waiting on me', level: 1 }).waitFor({ timeout: UI_TIMEOUT });
    expect(page.url()).toBe(`${testHub().url}/app/inbox`);
    expect(await inbox.getAttribute('aria-current')).toBe('page');

    // The claim's row link, then its primary action: Authorize opens the form, whose Send is reached by Tab.
    const claimLink = page.getByRole('link', { name: reference, exact: true });
    await claimLink.waitFor({ timeout: UI_TIMEOUT });
    await tabTo(page, claimLink);
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="claim-status"] [data-status="forwarded"]').waitFor({ timeout: UI_TIMEOUT });
    const authorize = page.getByRole('button', { name: 'Authorize' });
    const toAction = await tabTo(page, authorize);
    expect(toAction.at(-1)!.inMain).toBe(true);
    await page.keyboard.press('Enter');
    const form = page.getByTestId('form-authorize');
    await form.waitFor();
    expect(await authorize.getAttribute('aria-expanded')).toBe('true');
    const throughForm = await tabTo(page, form.getByRole('button', { name: 'Send' }));
    // The other action buttons come first (the form opens below them), then the form's fields in order.
    expect(throughForm.slice(-3).map((stop) => stop.name)).toEqual(['input Let the hub issue the numbers', 'input Valid until (optional)', 'button Send']);
    expect(throughForm.slice(0, -3).map((stop) => stop.name.split(' ')[0])).toEqual(throughForm.slice(0, -3).map(() => 'button'));
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="claim-status"] [data-status="authorized"]').waitFor({ timeout: UI_TIMEOUT });
    expect((await reseller.get(`/v1/claims/${id}`)).body.status).toBe('authorized');
    await page.context().close();
  });

  it('fails the accessibility check on a page with an unlabelled field, an image without a text and faint text, naming each', async () => {
    const page = await (await web.browser().newContext()).newPage();
    await page.setContent(`<!doctype html><html lang="en"><head><title>Broken</title></head><body><main><h1>Broken</h1>
      <input id="nameless"><img id="wordless" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><p id="faint" style="color:#999">faint text</p></main></body></html>`);
    const failure = await expectAccessible(page, 'broken').then(
      () => '',
      (error: Error) => error.message,
    );
    expect(failure).toMatch(/^accessibility violations on "broken"/);
    expect(failure).toMatch(/- label \(critical\).*\n\s+#nameless/);
    expect(failure).toMatch(/- image-alt \(critical\).*\n\s+#wordless/);
    expect(failure).toMatch(/- color-contrast \(serious\).*\n\s+#faint — Element has insufficient color contrast/);
    await page.context().close();
  });
});
