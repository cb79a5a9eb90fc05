/**
 * Without JavaScript (a reader who turned it off, a reading mode, a news app's web view), the
 * pages show what they say, and no control that would do nothing: the date steps and slider,
 * compare mode, search, share and the stories' buttons carry `needs-js` (styles/tokens.css), which
 * `@media (scripting: none)` hides. The text each goes with stays.
 */
import { expect, test } from './fixtures';

const PAGES = [
  { url: '/?tiles=0', date: 'As reported on 8 February 2023' },
  { url: '/uk?tiles=0', date: 'За повідомленнями на 8 лютого 2023 р.' },
  { url: '/embed?tiles=0', date: 'As reported on 8 February 2023' },
  { url: '/embed?tiles=0&place=lysychansk&date=2022-06-30', date: 'As reported on 30 June 2022' },
  { url: '/embed?tiles=0&lang=uk&compare=2022-06-20', date: 'За повідомленнями на 8 лютого 2023 р.' },
];

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, expectedProblems: /\/(_next\/static|_embed)\/\S+\.(js|css) (csp|net::ERR_ABORTED)$/ });
  for (const { url, date } of PAGES) {
    test(`${url}: the date it shows, and no control that needs JavaScript`, async ({ page }) => {
      await page.goto(url);
      await expect(page.getByText(date).first()).toBeVisible();
      // Every form control and button in view, but a <details>'s summary, which works without JavaScript.
      const controls = page.locator('button, input, select, textarea, [role="button"]:not(a):not(summary)');
      const shown: string[] = [];
      for (const control of await controls.all()) {
        if (await control.isVisible()) shown.push(await control.evaluate((e) => e.outerHTML.slice(0, 120)));
      }
      expect(shown).toEqual([]);
    });
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the main page shows a picture of its view where the map would be, ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/?tiles=0');
      const picture = page.locator('img.map-noscript-picture');
      await expect(picture).toBeVisible();
      await expect(picture).toHaveAttribute('alt', /drawn for readers without JavaScript/);
      // Loaded, in the reader's colour scheme; the caption says why there is no map.
      await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(800);
      const src = await picture.evaluate((img: HTMLImageElement) => img.currentSrc);
      expect(new URL(src).searchParams.get('theme')).toBe(colorScheme === 'dark' ? 'dark' : null);
      await expect(page.locator('.map-loading-text')).toContainText('It needs JavaScript');
    });
  }

  test('the pictures are in the page’s language: /uk and a Ukrainian embed', async ({ page }) => {
    for (const [url, selector] of [
      ['/uk?tiles=0', 'img.map-noscript-picture'],
      ['/embed?tiles=0&lang=uk', 'img.fm-noscript-picture'],
    ] as const) {
      await page.goto(url);
      const src = await page.locator(selector).evaluate((img: HTMLImageElement) => img.currentSrc || img.src);
      expect(new URL(src).searchParams.get('lang'), url).toBe('uk');
    }
  });
});

test('with JavaScript, the same controls are there, and no picture is asked for', async ({ page }) => {
  const pictures: string[] = [];
  page.on('request', (req) => {
    if (new URL(req.url()).pathname === '/image') pictures.push(req.url());
  });
  await page.goto('/?tiles=0');
  for (const name of [/^Previous/, /^Next/]) await expect(page.getByRole('button', { name })).toBeVisible();
  await expect(page.getByRole('slider')).toBeVisible();
  await expect(page.getByRole('searchbox')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Compare with another date' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Share/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Bakhmut, February 2023' })).toBeVisible();
  await expect(page.locator('path.place-lysychansk')).toHaveCount(1);
  expect(pictures).toEqual([]);
});
