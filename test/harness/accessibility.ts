import { readFileSync } from 'node:fs';
import type { AxeResults, ImpactValue, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.0–2.2 A and AA and axe's best practices, plus the one AAA rule the README promises (text contrast of 7:1). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const AAA_RULES = ['color-contrast-enhanced'];
/**
 * Moderate fails too: on this app it means a landmark, heading or name screen-reader users navigate by
 * (region, heading-order, landmark-unique…); only minor findings are left to review by eye.
 */
const FAILING: ImpactValue[] = ['moderate', 'serious', 'critical'];

/**
 * Rules not checked on the pages whose path matches, each entry with a comment naming the violation, the
 * element and its fix: only for a source another change is editing at the time. None today.
 */
const WAIVERS: { rule: string; path: RegExp }[] = [];

/** Evaluated rather than added as a script tag: the app's Content-Security-Policy (script-src 'self') refuses inline scripts. */
const AXE_SOURCE = readFileSync(require.resolve('axe-core'), 'utf8');

type Axe = { run(options: RunOptions): Promise<AxeResults> };

/** Nodes listed per rule before the rest are only counted. */
const NODES_SHOWN = 8;

/** Per rule: its id, impact and help, then each failing element's selector with what axe found wrong there. */
export function describeViolations(violations: Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.slice(0, NODES_SHOWN).map((node) => {
        const finding = [...node.any, ...node.all, ...node.none][0]?.message ?? '';
        return `    ${node.target.join(' ')}${finding ? ` — ${finding}` : ''}`;
      });
      const more = violation.nodes.length > NODES_SHOWN ? [`    …and ${violation.nodes.length - NODES_SHOWN} more`] : [];
      return [`- ${violation.id} (${violation.impact}): ${violation.help} — ${violation.helpUrl}`, ...nodes, ...more].join('\n');
    })
    .join('\n');
}

/** Runs axe-core on the page as it is shown and throws, naming every element, on a moderate or worse violation. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE_SOURCE);
  const path = new URL(page.url()).pathname;
  const waived = WAIVERS.filter((waiver) => waiver.path.test(path)).map((waiver) => waiver.rule);
  const rules = Object.fromEntries([...AAA_RULES.map((rule) => [rule, { enabled: true }]), ...waived.map((rule) => [rule, { enabled: false }])]);
  const options: RunOptions = { runOnly: { type: 'tag', values: TAGS }, rules, resultTypes: ['violations'] };
  const results = await page.evaluate((run) => (globalThis as unknown as { axe: Axe }).axe.run(run), options);
  const failing = results.violations.filter((violation) => violation.impact && FAILING.includes(violation.impact));
  if (failing.length > 0) throw new Error(`accessibility violations on "${name}" (${path}):\n${describeViolations(failing)}`);
}
