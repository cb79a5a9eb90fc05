/**
 * What the accessibility specs (tests/e2e/a11y*.spec.ts) share: the languages and colour schemes
 * every state is checked in, and the checks that a page really is in the one under test.
 */
import { expect, type Page } from '@playwright/test';

/** Each language of the interface: its address prefix and a search that finds Lysychansk in it. */
export const LANGUAGES = [
  { lang: 'en', prefix: '', search: 'lys' },
  { lang: 'uk', prefix: '/uk', search: 'лис' },
] as const;

export const SCHEMES = ['light', 'dark'] as const;
export type Scheme = (typeof SCHEMES)[number];

/** Every language in every colour scheme: the states of the specs are checked in each. */
export const VARIANTS = LANGUAGES.flatMap((language) => SCHEMES.map((scheme) => ({ ...language, scheme })));

/** The map and Leaflet's controls, the legend, the timeline, the list. */
export const FURNITURE = [
  '.leaflet-container',
  '.leaflet-control-attribution',
  '.leaflet-control-zoom a',
  '.leaflet-control-layers',
  '.leaflet-control-scale-line',
  '.map-legend',
  '.timeline',
  '.sidebar',
  '.topbar',
];

const isDark = (rgb: string) =>
  rgb
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .reduce((sum, c) => sum + Number(c), 0) <
  3 * 128;

/**
 * Checks that the page, the map and their furniture really are in the colour scheme under test
 * (a dark run with white controls would pass axe where it cannot measure text over the map).
 */
export async function expectTheme(page: Page, scheme: Scheme, selectors: string[]) {
  // Some arrive with a later file (a place's precision note comes with its reporting): wait for each.
  for (const sel of selectors) await expect(page.locator(sel).first(), sel).toBeAttached();
  const backgrounds = await page.evaluate(
    (all) =>
      all.map((sel) => [
        sel,
        sel === ':root'
          ? getComputedStyle(document.documentElement).backgroundColor
          : getComputedStyle(document.querySelector(sel)!).backgroundColor,
      ]),
    [':root', ...selectors],
  );
  for (const [sel, bg] of backgrounds) expect(isDark(bg!), `${sel}: background ${bg}`).toBe(scheme === 'dark');
}

/** Checks that the page speaks the language under test (a page in the other would pass axe unseen). */
export async function expectLanguage(page: Page, lang: string) {
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

/** Opens every <details> inside `scope`, so that what each hides is checked too. */
export async function openDetails(page: Page, scope: string) {
  await page.locator(`${scope} details`).evaluateAll((all) => {
    for (const d of all) (d as HTMLDetailsElement).open = true;
  });
}
