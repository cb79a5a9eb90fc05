/**
 * Accessibility of the site's other pages and of the embed (issue 17): axe-core with every WCAG
 * 2.0, 2.1 and 2.2 A and AA rule (tests/e2e/a11y/axe.ts) finds nothing on a place's page, About,
 * Downloads and /embed (with a pop-up and its panel, a story step, compare mode), in each language
 * and colour scheme. The map page's states: a11y.spec.ts.
 */
import { violations } from './a11y/axe';
import { expectLanguage, expectTheme, openDetails, VARIANTS } from './a11y/states';
import { expect, test } from './fixtures';

// Room for axe on a busy 2-core machine, as in a11y.spec.ts (the tests wait on conditions).
test.describe.configure({ timeout: 90_000 });

for (const { lang, prefix, scheme } of VARIANTS) {
  test.describe(`${lang}, ${scheme} colour scheme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
    });

    test('axe: a place’s page, every disclosure open', async ({ page }) => {
      await page.goto(`${prefix}/places/lysychansk`);
      await expect(page.locator('.place-page .claim-badge').first()).toBeVisible();
      await expectLanguage(page, lang);
      await openDetails(page, 'main');
      await expectTheme(page, scheme, ['.place-page .claim-badge']);
      expect(await violations(page)).toEqual([]);
    });

    for (const path of ['/about', '/downloads']) {
      test(`axe: ${path}, every disclosure open`, async ({ page }) => {
        await page.goto(prefix + path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectLanguage(page, lang);
        await openDetails(page, 'main');
        await expectTheme(page, scheme, []);
        expect(await violations(page)).toEqual([]);
      });
    }

    // The embed takes its theme and language from its address, not from the reader's settings.
    const embed = (query: string) => `/embed?tiles=0&theme=${scheme}&lang=${lang}${query}`;

    test('axe: /embed with its list, then a pop-up, then the panel', async ({ page }) => {
      await page.goto(embed('&list=1'));
      await expect(page.locator('path.place-lysychansk')).toHaveCount(1);
      await expectLanguage(page, lang);
      await expectTheme(page, scheme, ['.leaflet-container', '.fm-bar', '.fm-list']);
      expect(await violations(page)).toEqual([]);
      await page.locator('path.place-bakhmut').focus();
      await page.keyboard.press('Enter');
      const popup = page.locator('.leaflet-popup .place-popup');
      await expect(popup).toBeVisible();
      await openDetails(page, '.leaflet-popup');
      expect(await violations(page)).toEqual([]);
      await popup.locator('button.all-reporting').click();
      await expect(page.locator('.report-panel .panel-source blockquote').first()).toBeVisible();
      await openDetails(page, '.report-panel');
      expect(await violations(page)).toEqual([]);
    });

    test('axe: /embed at a story step, then in compare mode', async ({ page }) => {
      await page.goto(embed('&story=twin-cities-2022&step=7'));
      await expect(page.locator('.story-panel .report-quote')).toBeVisible();
      await expectTheme(page, scheme, ['.story-panel']);
      expect(await violations(page)).toEqual([]);
      await page.goto(embed('&date=2022-06-20&compare=2022-07-01'));
      await expect(page.locator('.change-list .report').first()).toBeVisible();
      await openDetails(page, '.change-list');
      await expectTheme(page, scheme, ['.change-list']);
      expect(await violations(page)).toEqual([]);
    });
  });
}
