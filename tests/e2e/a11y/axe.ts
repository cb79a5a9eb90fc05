/**
 * axe-core, run in the page under test: every WCAG 2.0, 2.1 and 2.2 rule of levels A and AA.
 *
 * axe-core is injected by hand rather than through @axe-core/playwright: the wrapper's 4.14 line
 * requires Node.js 22.12 (npm warns on every install on the Node.js 20 this project supports),
 * while axe-core itself runs on any Node. page.evaluate goes through the DevTools protocol, so the
 * page's Content-Security-Policy does not stop the injected script, as it would a <script> tag.
 */
import axe from 'axe-core';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from '@playwright/test';

/** Every WCAG success criterion of levels A and AA that axe-core checks, up to WCAG 2.2. Best practices are left out. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** One line per violation: rule, impact, help and up to five of the elements it names, each with the start of its markup (React's generated ids alone say little). */
const describe = (v: Result) =>
  `${v.id} (${v.impact}): ${v.help} — ${v.nodes
    .slice(0, 5)
    .map((n) => `${n.target.join(' ')} ${n.html.replace(/\s+/g, ' ').slice(0, 80)}`)
    .join(' | ')}`;

/**
 * Loads axe-core into every frame of the page: the top frame's run asks each frame's copy for its
 * part (the share dialog's preview is an embed in an iframe), and waits for one that never answers.
 */
async function inject(page: Page): Promise<void> {
  for (const frame of page.frames()) {
    if (frame.isDetached()) continue;
    await frame.waitForLoadState('load');
    await frame.evaluate(axe.source);
  }
}

/**
 * The WCAG A and AA violations on the page, or within `include` (a CSS selector), one line each.
 * @returns an empty list when axe finds none
 */
export async function violations(page: Page, include?: string): Promise<string[]> {
  await inject(page);
  const results = await page.evaluate(
    ({ include, tags }) =>
      // Only the violations come back: the passes of a whole page are megabytes of JSON to send.
      (window as unknown as { axe: typeof axe }).axe.run(include ?? document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    { include, tags: WCAG_TAGS },
  );
  return (results as AxeResults).violations.map(describe);
}
