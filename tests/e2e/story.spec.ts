import fs from 'node:fs';
import path from 'node:path';
import { normaliseText } from '@/lib/normalise-text';
import { expect, holdRequests, hostPage, test, waitForMap } from './fixtures';

const GEO = path.join(__dirname, '..', '..', 'geo');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(GEO, file), 'utf8'));
const reports: { id: string; source: string; quote: string }[] = readJson('reports.json').reports;
const sources: { id: string; text_file: string }[] = readJson('sources.json').sources;
const twinCities: { steps: { report: string; date: string; view: { center: [number, number]; zoom: number } }[] } =
  readJson('stories/twin-cities-2022.json');

/** The quote a step shows must be its report's, word for word, and that quote a passage of the source's text file. */
function expectVerbatim(shown: string, reportId: string) {
  const report = reports.find((r) => r.id === reportId)!;
  expect(shown).toBe(`“${report.quote}”`);
  const source = sources.find((s) => s.id === report.source)!;
  expect(normaliseText(fs.readFileSync(path.join(GEO, source.text_file), 'utf8'))).toContain(normaliseText(report.quote));
}

const panel = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'Severodonetsk and Lysychansk, June 2022' });
const stepOf = (url: string) => new URL(url).searchParams.get('step');

test.use({ reducedMotion: 'reduce' });

test('a story opens at the step its URL names, quotes its report verbatim, and steps by keyboard; the date and the view follow', async ({
  page,
}) => {
  await page.goto('/?story=twin-cities-2022&step=3');
  await waitForMap(page);
  const story = panel(page);
  await expect(story.locator('.story-progress')).toHaveText(/^Step 3 of 8: /);
  const quote = story.locator('.report-quote');
  await expect(quote).not.toBeEmpty();
  expectVerbatim((await quote.textContent())!, storyStep(3).report);
  // The date the report describes, marked approximate as the map marks it, and its citation.
  await expect(story.locator('.report-dates')).toContainText('c. 24 June 2022');
  await expect(story.locator('.citation')).toContainText('Nepal News');
  await expect.poll(() => new URL(page.url()).searchParams.get('date')).toBe('2022-06-24');
  // The heading has the focus, so the arrows are the story's, not the map's; given by the page, not
  // by the reader, it draws no focus ring (which, red, looked like an error to a reader from a link).
  const heading = story.getByRole('heading', { level: 2 });
  await expect(heading).toBeFocused();
  await expect(heading).toHaveCSS('outline-style', 'none');

  await page.keyboard.press('ArrowRight');
  await expect(story.locator('.story-progress')).toHaveText(/^Step 4 of 8: /);
  await expect.poll(() => stepOf(page.url())).toBe('4');
  await page.keyboard.press('End');
  await expect(story.locator('.story-progress')).toHaveText(/^Step 8 of 8: /);
  await expect(story.locator(`.report[data-report-id="${storyStep(8).report}"]`)).toBeVisible();
  expectVerbatim((await story.locator('.report-quote').textContent())!, storyStep(8).report);
  await expect.poll(() => new URL(page.url()).searchParams.get('date')).toBe('2022-06-30');
  // Reduced motion: the map jumps to the step's view, which the URL then keeps.
  await expect.poll(() => new URL(page.url()).searchParams.get('z')).toBe(String(storyStep(8).view.zoom));
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => stepOf(page.url())).toBe('7');
  await expect(story.locator('.report-quote')).toHaveText(`“${reports.find((r) => r.id === storyStep(7).report)!.quote}”`);
});

test('Next and Previous, Back through the steps, and closing the story; a bad step opens the first', async ({ page }) => {
  await page.goto('/?story=twin-cities-2022&step=99');
  await waitForMap(page);
  const story = panel(page);
  await expect(story.locator('.story-progress')).toHaveText(/^Step 1 of 8: Severodonetsk$/);
  await story.getByRole('button', { name: 'Next →' }).click();
  await expect(story.locator('.story-progress')).toHaveText(/^Step 2 of 8: /);
  await expect(story.getByRole('button', { name: 'Next →' })).toBeFocused();
  await page.goBack();
  await expect(story.locator('.story-progress')).toHaveText(/^Step 1 of 8: /);
  await expect(story.getByRole('button', { name: '← Previous' })).toHaveAttribute('aria-disabled', 'true');
  await story.getByRole('button', { name: 'Close story' }).click();
  await expect(story).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).searchParams.has('story')).toBe(false);
  // The list opens a story at its first step.
  await page.getByRole('button', { name: 'Bakhmut, February 2023' }).click();
  await expect(page.getByRole('region', { name: 'Bakhmut, February 2023' }).locator('.story-progress')).toHaveText('Step 1 of 5: Bakhmut');
  await expect.poll(() => new URL(page.url()).searchParams.get('story')).toBe('bakhmut-2023');
});

test('a story inside an embed on another origin (embed.js data-story and data-step): it opens at the step and steps by keyboard and button', async ({
  page,
  baseURL,
}) => {
  await hostPage(
    page,
    `<div id="map" data-frontline-map data-story="twin-cities-2022" data-step="6" data-tiles="0"></div><script src="${baseURL}/embed.js"></script>`,
  );
  const iframe = page.locator('#map iframe');
  await expect(iframe).toHaveAttribute('src', /[?&]story=twin-cities-2022&step=6(&|$)/);
  const frame = page.frameLocator('#map iframe');
  const story = frame.getByRole('region', { name: 'Severodonetsk and Lysychansk, June 2022' });
  await expect(story.locator('.story-progress')).toHaveText(/^Step 6 of 8: /);
  await expect(story.locator('.report-quote')).toHaveText(`“${reports.find((r) => r.id === storyStep(6).report)!.quote}”`);
  await expect(frame.locator('.fm-bar')).toContainText('30 June 2022');
  await story.getByRole('button', { name: 'Next →' }).click();
  await expect(story.locator('.story-progress')).toHaveText(/^Step 7 of 8: /);
  await page.keyboard.press('ArrowLeft');
  await expect(story.locator('.story-progress')).toHaveText(/^Step 6 of 8: /);
  expectVerbatim((await story.locator('.report-quote').textContent())!, storyStep(6).report);
  // The full map's link opens the same step.
  await expect(frame.locator('a.fm-full')).toHaveAttribute('href', /[?&]story=twin-cities-2022&step=6(&|$)/);
});

function storyStep(n: number) {
  return twinCities.steps[n - 1]!;
}

test('opened from the list on a wide screen, the place list below the panel moves once, not as each part arrives', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // Every layout shift of the place list from the page's start (the story opens in the browser: the
  // page shows the list of stories, which the panel then takes the place of; a story step's own page
  // has the panel and its quote from the server: story-page.spec.ts).
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { listShifts: number[] }).listShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { startTime: number; sources: { node?: Node }[] }[])
        if (entry.sources.some((s) => s.node instanceof Element && s.node.matches('nav.place-list'))) shifts.push(entry.startTime);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  // The step's quote (its place's reporting file) is held until the panel shows it is loading, as a
  // slow network would: the quote then arrives apart from the panel, every time.
  const release = await holdRequests(page, /\/_data\/places\.\w+\/severodonetsk\.json$/);
  await page.goto('/?tiles=0');
  await waitForMap(page);
  await page.getByRole('button', { name: 'Severodonetsk and Lysychansk, June 2022' }).click();
  const story = panel(page);
  await expect(story.locator('.story-loading')).toBeVisible();
  release();
  expectVerbatim((await story.locator('.report-quote').textContent())!, storyStep(1).report);
  await waitForMap(page);
  // The panel's box held its place while the quote loaded (styles/story.css).
  await expect(page.locator('nav.place-list')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { listShifts: number[] }).listShifts.length)).toBe(1);
});
