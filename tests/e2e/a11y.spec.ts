/**
 * Accessibility of the map page (issue 17): axe-core with every WCAG 2.0, 2.1 and 2.2 A and AA
 * rule (tests/e2e/a11y/axe.ts) finds nothing in any state the browser tests open, in each language
 * (`/`, `/uk`) and colour scheme: the pop-up and the reporting panel, search results, the share
 * dialog, compare mode, a story step and a phone's sheets. The site's other pages and the embed:
 * a11y-pages.spec.ts. Plus keyboard-only use of the list, the pop-ups and the panel.
 */
import { violations } from './a11y/axe';
import { expectLanguage, expectTheme, FURNITURE, openDetails, VARIANTS } from './a11y/states';
import { expect, popup, test, waitForMap } from './fixtures';

// axe-core walks the whole page with every disclosure open: on a busy 2-core machine one analysis
// has taken over 20 s, so these tests get room beyond the default 30 s (they wait on conditions).
test.describe.configure({ timeout: 90_000 });

for (const { lang, prefix, search, scheme } of VARIANTS) {
  /** The map page in this language, with a query. */
  const map = (query: string) => `${prefix || '/'}?tiles=0${query}`;

  test.describe(`main map, ${lang}, ${scheme} colour scheme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
    });

    test('axe: the map page with search results, then the share dialog', async ({ page }) => {
      await page.goto(map(''));
      await waitForMap(page);
      await expectLanguage(page, lang);
      await expectTheme(page, scheme, FURNITURE);
      await page.locator('.sidebar input[type="search"]').fill(search);
      await expect(page.locator('[data-search-hit]').first()).toBeVisible();
      expect(await violations(page)).toEqual([]);
      await page.locator('.topbar .share-button').click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      // The dialog's preview is an embed in a frame: axe checks it too, once it has drawn its map.
      await expect(dialog.frameLocator('iframe').locator('path.place-lysychansk')).toHaveCount(1);
      await expectTheme(page, scheme, ['.search-results', '.share-dialog']);
      // The dialog is modal: the page behind it is inert, and was checked above.
      expect(await violations(page, 'dialog')).toEqual([]);
    });

    test('axe: an open pop-up, then the reporting panel', async ({ page }) => {
      await page.goto(map('&place=lysychansk-refinery'));
      // The quotes come with the place's own data file, after the page and the map's: on a busy
      // machine, more than the default 10 s after the page has loaded (seen in a run beside a build).
      await expect(popup(page).locator('.report-quote').first()).toBeVisible({ timeout: 30_000 });
      await expectLanguage(page, lang);
      await expectTheme(page, scheme, ['.leaflet-popup-content-wrapper', '.leaflet-popup .precision-note', '.leaflet-popup .claim-badge']);
      await openDetails(page, '.leaflet-popup');
      expect(await violations(page)).toEqual([]);
      await popup(page).locator('button.all-reporting').click();
      await expect(page.locator('.report-panel .panel-source blockquote').first()).toBeVisible();
      await openDetails(page, '.report-panel');
      await expectTheme(page, scheme, ['.report-panel']);
      expect(await violations(page)).toEqual([]);
    });

    test('axe: compare mode, its switch, date field and list of changes', async ({ page }) => {
      await page.goto(map('&date=2022-06-20&compare=2022-07-01'));
      await waitForMap(page);
      await expect(page.locator('.change-list .report').first()).toBeVisible();
      await expectTheme(page, scheme, ['.change-list', '.compare-control']);
      await openDetails(page, '.change-list');
      expect(await violations(page)).toEqual([]);
    });

    test('axe: a story step, its quote and its buttons', async ({ page }) => {
      await page.goto(map('&story=twin-cities-2022&step=7'));
      await waitForMap(page);
      await expect(page.locator('.story-panel .report-quote')).toBeVisible();
      await expectTheme(page, scheme, ['.story-panel', '.story-nav button']);
      await openDetails(page, '.story-panel');
      expect(await violations(page)).toEqual([]);
    });

    test.describe('on a phone', () => {
      test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

      test('axe: the place sheet, then the reporting sheet', async ({ page }) => {
        await page.goto(map('&place=lysychansk-refinery'));
        const sheet = page.locator('.place-sheet');
        await expect(sheet).toBeVisible();
        await waitForMap(page);
        await openDetails(page, '.place-sheet');
        await expectTheme(page, scheme, ['.place-sheet', '.place-sheet .panel-top']);
        expect(await violations(page)).toEqual([]);
        await sheet.locator('button.all-reporting').tap();
        await expect(page.locator('.report-panel .panel-source blockquote').first()).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });
    });
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
