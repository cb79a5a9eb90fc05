import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, popup, test, waitForMap } from './fixtures';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Checks that the page, the map and their furniture really are in the colour scheme under test
 * (a dark run with white controls would pass axe where it cannot measure text over the map).
 */
async function expectTheme(page: Page, scheme: 'light' | 'dark', selectors: string[]) {
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
  const dark = (rgb: string) =>
    rgb
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .reduce((sum, c) => sum + Number(c), 0) <
    3 * 128;
  for (const [sel, bg] of backgrounds) expect(dark(bg!), `${sel}: background ${bg}`).toBe(scheme === 'dark');
}

/** The map and Leaflet's controls, the legend, the timeline, the list. */
const FURNITURE = [
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

// axe-core walks the whole page with every disclosure open: on a busy 2-core machine one analysis
// has taken over 20 s, so these tests get room beyond the default 30 s (they wait on conditions).
test.describe.configure({ timeout: 90_000 });

/** Opens every <details> inside `scope`. */
async function openDetails(page: Page, scope: string) {
  await page.locator(`${scope} details`).evaluateAll((all) => {
    for (const d of all) (d as HTMLDetailsElement).open = true;
  });
}

async function violations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).withTags(WCAG_21_AA);
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(' | ')}`,
  );
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`main map, ${colorScheme} colour scheme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme });
    });

    test('axe: the map page', async ({ page }) => {
      await page.goto('/?tiles=0');
      await waitForMap(page);
      await expectTheme(page, colorScheme, FURNITURE);
      expect(await violations(page)).toEqual([]);
    });

    test('axe: an open pop-up and the reporting panel', async ({ page }) => {
      await page.goto('/?tiles=0&place=lysychansk-refinery');
      await expect(popup(page)).toBeVisible();
      await expectTheme(page, colorScheme, ['.leaflet-popup-content-wrapper', '.leaflet-popup .precision-note', '.leaflet-popup .claim-badge']);
      // Open every disclosure, so that what it hides is checked too.
      await openDetails(page, '.leaflet-popup');
      expect(await violations(page)).toEqual([]);
      await popup(page)
        .getByRole('button', { name: /All reporting/ })
        .click();
      await expect(page.getByRole('region', { name: /All reporting on/ })).toBeVisible();
      await openDetails(page, '.report-panel');
      await expectTheme(page, colorScheme, ['.report-panel']);
      expect(await violations(page)).toEqual([]);
    });

    test('axe: compare mode, its switch, date field and list of changes', async ({ page }) => {
      await page.goto('/?tiles=0&date=2022-06-20&compare=2022-07-01');
      await waitForMap(page);
      await expect(page.locator('.change-list .report').first()).toBeVisible();
      await expectTheme(page, colorScheme, ['.change-list', '.compare-control']);
      await openDetails(page, '.change-list');
      expect(await violations(page)).toEqual([]);
    });

    test('axe: a story step, its quote and its buttons', async ({ page }) => {
      await page.goto('/?tiles=0&story=twin-cities-2022&step=7');
      await waitForMap(page);
      await expect(page.locator('.story-panel .report-quote')).toBeVisible();
      await expectTheme(page, colorScheme, ['.story-panel', '.story-nav button']);
      await openDetails(page, '.story-panel');
      expect(await violations(page)).toEqual([]);
    });

    test('axe: search results and the share dialog', async ({ page }) => {
      await page.goto('/?tiles=0');
      await waitForMap(page);
      await page.getByLabel('Find a place').fill('lys');
      await expect(page.locator('[data-search-hit]').first()).toBeVisible();
      expect(await violations(page, '.sidebar')).toEqual([]);
      await page.getByRole('button', { name: 'Share / embed' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectTheme(page, colorScheme, ['.search-results', '.share-dialog']);
      expect(await violations(page, 'dialog')).toEqual([]);
    });

    test('axe: the Downloads page', async ({ page }) => {
      await page.goto('/downloads');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Downloads');
      await expectTheme(page, colorScheme, []);
      expect(await violations(page)).toEqual([]);
    });

    test('axe: a place’s page, every disclosure open', async ({ page }) => {
      await page.goto('/places/lysychansk');
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Lysychansk');
      await openDetails(page, 'main');
      await expectTheme(page, colorScheme, ['.place-page .claim-badge']);
      expect(await violations(page)).toEqual([]);
    });

    test.describe('on a phone', () => {
      test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

      test('axe: the place sheet and the reporting sheet', async ({ page }) => {
        await page.goto('/?tiles=0&place=lysychansk-refinery');
        const sheet = page.getByRole('region', { name: /^Lysychansk oil refinery/ });
        await expect(sheet).toBeVisible();
        await waitForMap(page);
        await openDetails(page, '.place-sheet');
        await expectTheme(page, colorScheme, ['.place-sheet', '.place-sheet .panel-top']);
        expect(await violations(page)).toEqual([]);
        await sheet.getByRole('button', { name: /All reporting/ }).tap();
        await expect(page.getByRole('region', { name: /All reporting on/ })).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });
    });
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe: /embed (${theme}), with a pop-up and the panel`, async ({ page }) => {
    await page.goto(`/embed?tiles=0&list=1&theme=${theme}`);
    await expect(page.locator('path.place-lysychansk')).toHaveCount(1);
    expect(await violations(page)).toEqual([]);
    await page.locator('path.place-bakhmut').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.leaflet-popup .place-popup')).toBeVisible();
    await page
      .locator('.leaflet-popup')
      .getByRole('button', { name: /All reporting/ })
      .click();
    await expect(page.getByRole('region', { name: /All reporting on Bakhmut/ })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}

test('keyboard only: every place and its reporting, from the list', async ({ page }) => {
  await page.goto('/?tiles=0');
  await waitForMap(page);
  const ids = await page.locator('.place-list a[data-place-id]').evaluateAll((as) => as.map((a) => (a as HTMLElement).dataset.placeId!));
  expect(ids.length).toBe(14);
  for (const id of ids) {
    await page.locator(`.place-list a[data-place-id="${id}"]`).focus();
    await page.keyboard.press('Enter');
    const heading = popup(page).getByRole('heading', { level: 2 });
    await expect(heading).toBeFocused();
    if (id.startsWith('bridge-')) {
      // Drawn for orientation: no source here reports on a bridge, and the pop-up says so.
      await expect(popup(page)).toContainText("No reporting in this map's sources");
      await page.keyboard.press('Escape');
      await expect(popup(page)).toHaveCount(0);
      continue;
    }
    // From the pop-up heading, Tab reaches "All reporting"; Enter opens the panel, whose heading takes focus.
    let onButton = false;
    for (let i = 0; i < 40 && !onButton; i++) {
      await page.keyboard.press('Tab');
      onButton = await page.evaluate(() => /^All reporting/.test(document.activeElement?.textContent ?? ''));
    }
    expect(onButton, `Tab reaches "All reporting" for ${id}`).toBe(true);
    await page.keyboard.press('Enter');
    const panel = page.getByRole('region', { name: /All reporting on/ });
    await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(panel.locator('.panel-source blockquote').first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(popup(page)).toHaveCount(0);
  }
});

test.describe('in Ukrainian (issue 15)', () => {
  test('axe: /uk with a pop-up and the reporting panel, every disclosure open', async ({ page }) => {
    await page.goto('/uk?tiles=0&place=lysychansk-refinery');
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
    await expect(popup(page)).toBeVisible();
    await expect(popup(page).locator('.report-quote').first()).toBeVisible();
    await openDetails(page, '.leaflet-popup');
    expect(await violations(page)).toEqual([]);
    await popup(page)
      .getByRole('button', { name: /Усі повідомлення/ })
      .click();
    await expect(page.locator('.report-panel')).toBeVisible();
    await openDetails(page, '.report-panel');
    expect(await violations(page)).toEqual([]);
  });

  test('axe: the search and the share dialog in Ukrainian', async ({ page }) => {
    await page.goto('/uk?tiles=0');
    await waitForMap(page);
    await page.getByLabel('Знайти місце').fill('лис');
    await expect(page.locator('[data-search-hit]').first()).toBeVisible();
    await page.locator('.topbar button').first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  for (const path of ['/uk/places/lysychansk', '/uk/about', '/uk/downloads', '/embed?tiles=0&list=1&lang=uk&place=bakhmut']) {
    test(`axe: ${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
      if (path.startsWith('/embed')) await expect(page.locator('.leaflet-popup .place-popup')).toBeVisible();
      await openDetails(page, 'body');
      expect(await violations(page)).toEqual([]);
    });
  }
});
