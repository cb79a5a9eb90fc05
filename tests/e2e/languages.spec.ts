/**
 * The interface in Ukrainian and English (issue 15, README "Languages"): each language at its own
 * address, the switcher keeping the view, the front door following the browser's languages, the
 * embed and a place's page in Ukrainian, quotes left in English and marked so.
 */
import { expect, popup, test, waitForMap } from './fixtures';
import en from '@/messages/en.json' with { type: 'json' };
import uk from '@/messages/uk.json' with { type: 'json' };

test('/uk is the map in Ukrainian: the document, the heading, the legend; the quotes stay English, marked lang="en"', async ({ page }) => {
  await page.goto('/uk?place=lysychansk&date=2022-06-30');
  await waitForMap(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  // Its name: on phones a short form shows beside it, hidden from screen readers.
  await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName(uk.MapPage.heading);
  const legend = page.locator('.map-legend');
  await expect(legend.locator('summary')).toHaveText(uk.Legend.title);
  await expect(legend).toContainText(uk.Legend.entry['control-ukrainian']);
  await expect(legend).not.toContainText(en.Legend.entry['control-ukrainian']);
  // The timeline: its date in Ukrainian, its buttons' words.
  const timeline = page.locator('.timeline');
  await expect(timeline).toContainText('За повідомленнями на 30 червня 2022 р.');
  await expect(timeline.getByRole('button', { name: /Попереднє/ })).toBeVisible();
  // The pop-up's situation in Ukrainian, its quotes in their own words and language.
  await expect(popup(page).locator('.situation-control')).toContainText('За повідомленнями на 30 червня 2022 р.');
  const quotes = popup(page).locator('.report-quote');
  await expect(quotes.first()).not.toBeEmpty();
  for (const quote of await quotes.all()) await expect(quote.locator('xpath=ancestor-or-self::*[@lang][1]')).toHaveAttribute('lang', 'en');
});

test('the switcher keeps the view in the other language, and back', async ({ page }) => {
  await page.goto('/?place=severodonetsk&date=2022-06-24&tiles=0');
  await waitForMap(page);
  await page.getByRole('link', { name: 'Українська' }).click();
  // The same view: the place and the date (and the view the map has written since it opened).
  await expect(page).toHaveURL(/\/uk\?place=severodonetsk&.*date=2022-06-24/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await waitForMap(page);
  await expect(popup(page).locator('h2')).toContainText('Сєвєродонецьк');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/\?place=severodonetsk&.*date=2022-06-24/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('a browser that prefers Ukrainian', () => {
  // The English page's scripts and preloaded data files, still loading when the front door leaves
  // for /uk, are cancelled (on a busy machine the data's preloads can still be in flight).
  test.use({ locale: 'uk-UA', expectedProblems: /^request failed: .*\/(_next\/static|_data)\/.* net::ERR_ABORTED$/ });

  test('is sent from the front door to /uk with its view; a reader who then chooses English stays in English', async ({ page }) => {
    await page.goto('/?date=2022-06-30');
    await expect(page).toHaveURL(/\/uk\?date=2022-06-30$/);
    await waitForMap(page);
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/\?date=2022-06-30$/);
    await page.goto('/');
    await waitForMap(page);
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('a deep link keeps the language it was shared in', async ({ page }) => {
    await page.goto('/about');
    await expect(page).toHaveURL(/\/about$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test('the embed in Ukrainian (lang=uk): its document and interface, the full map’s link to /uk', async ({ page }) => {
  await page.goto('/embed?place=lysychansk&date=2022-06-30&lang=uk&tiles=0');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await waitForMap(page);
  await expect(page.locator('.map-legend summary')).toHaveText(uk.Legend.title);
  await expect(popup(page).locator('.situation-control')).toContainText('За повідомленнями на 30 червня 2022 р.');
  const full = page.locator('a[href*="/uk?"]').first();
  await expect(full).toHaveAttribute('href', /\/uk\?place=lysychansk&.*date=2022-06-30/);
});

test('a place’s page in Ukrainian, its quotes in English marked lang="en"', async ({ page }) => {
  const res = await page.goto('/uk/places/lysychansk');
  expect(res?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Лисичанськ');
  const quote = page.locator('.report-quote').first();
  await expect(quote).not.toBeEmpty();
  await expect(quote.locator('xpath=ancestor-or-self::*[@lang][1]')).toHaveAttribute('lang', 'en');
});

test('each language is its own cacheable address; /en/… has one address, without the prefix', async ({ request }) => {
  const ukPage = await request.get('/uk');
  expect(ukPage.status()).toBe(200);
  expect(ukPage.headers()['cache-control']).toMatch(/public/);
  expect(ukPage.headers().vary ?? '').not.toMatch(/accept-language/i);
  const english = await request.get('/en/about?x=1', { maxRedirects: 0 });
  expect(english.status()).toBe(308);
  expect(english.headers().location).toMatch(/^(https?:\/\/[^/]+)?\/about\?x=1$/);
  // The server answers the same whatever the reader's languages: the front door's choice is made in the browser.
  const asUkrainian = await request.get('/', { headers: { 'Accept-Language': 'uk-UA,uk;q=0.9' }, maxRedirects: 0 });
  expect(asUkrainian.status()).toBe(200);
  expect(await asUkrainian.text()).toContain('<html lang="en"');
  expect((await request.get('/fr', { maxRedirects: 0 })).status()).toBe(404);
});

test.describe('the top bar on a phone', () => {
  // 390 px: an iPhone's width, where «Мапа фронту» was cut to «Мапа фро…»; 360 px: many Android phones';
  // 320 px: the narrowest still in use (an iPhone SE's first model), where it was «Мапа фр…».
  for (const width of [320, 360, 390]) {
    for (const [path, messages] of [
      ['/', en],
      ['/uk', uk],
    ] as const) {
      test(`${path} at ${width} px: the short heading is shown whole, beside the links`, async ({ page }) => {
        await page.setViewportSize({ width, height: 844 });
        await page.goto(`${path}?tiles=0`);
        const heading = page.locator('.topbar h1');
        await expect(heading.locator('.label-short')).toBeVisible();
        await expect(heading.locator('.label-short')).toHaveText(messages.MapPage.headingShort);
        // Measured in the page's own font: widths change when it arrives.
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const fit = await heading.evaluate((h1) => {
          const box = h1.getBoundingClientRect();
          const bar = h1.closest('.topbar')!.getBoundingClientRect();
          const nav = h1.parentElement!.querySelector('nav')!.getBoundingClientRect();
          return {
            clippedAcross: h1.scrollWidth > h1.clientWidth,
            clippedDown: h1.scrollHeight > h1.clientHeight,
            insideBar: box.top >= bar.top && box.bottom <= bar.bottom,
            clearOfLinks: box.right <= nav.left,
          };
        });
        expect(fit).toEqual({ clippedAcross: false, clippedDown: false, insideBar: true, clearOfLinks: true });
      });
    }
  }
});
