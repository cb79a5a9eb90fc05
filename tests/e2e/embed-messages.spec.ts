/**
 * The embed hydrates once its messages file is here (components/embed/embed-entry.tsx): a failed
 * request for it is asked again (components/data/data-request.ts), and when it keeps failing the
 * frame stays as the server rendered it and says why in the console.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The map has drawn all its data layers (one per task: components/map/use-in-turn.ts): a click
 * before that could land while the pop-up already open moved the map under the pointer.
 */
async function mapDrawn(page: Page) {
  await expect(page.locator('path.place-lysychansk')).toHaveCount(1);
  await expect(page.locator('.leaflet-container[aria-busy]')).toHaveCount(0);
}

const MESSAGES = /\/_data\/messages-en\.\w+\.json$/;

/** Answers the first `failures` requests for the messages file with HTTP 503; returns how many were made. */
async function failMessages(page: Page, failures: number): Promise<() => number> {
  let count = 0;
  await page.route(MESSAGES, (route) => {
    count += 1;
    return count <= failures ? route.fulfill({ status: 503, body: 'busy' }) : route.continue();
  });
  return () => count;
}

test.describe('the messages file failing', () => {
  test.use({
    expectedProblems:
      /HTTP 503: .*\/_data\/messages-en\.|Failed to load resource: the server responded with a status of 503|messages did not load/,
  });

  test('once: the embed asks again, and hydrates', async ({ page }) => {
    const requests = await failMessages(page, 1);
    await page.goto('/embed?date=2022-06-30&tiles=0');
    await mapDrawn(page);
    await page.locator('path.place-severodonetsk').click({ force: true });
    await expect(page.locator('.leaflet-popup .place-popup h2')).toContainText('Severodonetsk');
    expect(requests()).toBeGreaterThanOrEqual(2);
  });

  test('every time: the frame stays as the server rendered it, and the console says why', async ({ page }) => {
    const requests = await failMessages(page, Number.POSITIVE_INFINITY);
    const logged = page.waitForEvent('console', (msg) => msg.type() === 'error' && msg.text().includes('messages did not load'));
    await page.goto('/embed?place=lysychansk&date=2022-06-30&tiles=0');
    await logged;
    expect(requests()).toBeGreaterThanOrEqual(3);
    // The server's text: the place's situation and the way to the full map, no map drawn.
    await expect(page.getByRole('link', { name: 'View full map' })).toBeVisible();
    await expect(page.locator('path.leaflet-interactive')).toHaveCount(0);
  });
});

/**
 * Answers the first `failures` requests for the reporting chunk (components/embed/embed-reporting.ts,
 * the chunk that holds the quotes' markup) with HTTP 503; returns how many of them are left.
 */
async function failReportingChunk(page: Page, failures: number): Promise<() => number> {
  let left = failures;
  // Try again asks for the chunk with its attempt in a query (components/embed/use-reporting.ts).
  await page.route(/\/_embed\/chunk\.\w+\.js(\?attempt=\d+)?$/, async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes('report-quote') && left-- > 0) return route.fulfill({ status: 503, body: 'busy' });
    return route.fulfill({ response, body });
  });
  return () => left;
}

/** What the browser says of a reporting chunk answered with 503: expected in these tests. */
const CHUNK_FAILURE =
  /Failed to load resource: the server responded with a status of 503|reporting components did not load|dynamically imported module|\/_embed\/chunk\.\w+\.js/;

/**
 * Try again in a pop-up, by keyboard: the pop-up pans the map as its content changes size (the
 * failure replacing the spinner), and a pointer's click can land beside the moving button.
 */
async function tryAgainInPopup(popup: Locator): Promise<void> {
  const button = popup.getByRole('button', { name: 'Try again' });
  await button.focus();
  await expect(button).toBeFocused();
  await button.press('Enter');
}

test.describe('the reporting chunk failing', () => {
  test.use({ expectedProblems: CHUNK_FAILURE });

  test('once: the pop-up says so, and Try again loads it', async ({ page }) => {
    const left = await failReportingChunk(page, 1);
    await page.goto('/embed?date=2022-06-30&tiles=0');
    await mapDrawn(page);
    await page.locator('path.place-severodonetsk').click({ force: true });
    const popup = page.locator('.leaflet-popup');
    await expect(popup.getByRole('alert')).toBeVisible();
    await tryAgainInPopup(popup);
    await expect(popup.locator('.place-popup h2')).toContainText('Severodonetsk');
    await expect(popup.locator('.place-popup div.situation')).toBeVisible();
    expect(left()).toBeLessThan(0);
  });

  test("once for a place's preview: the frame hydrates anyway, says so, and Try again loads it", async ({ page }) => {
    // The server rendered the place's quotes; the entry waits for the chunk before it hydrates, and
    // hydrates without it once it failed (components/embed/embed-entry.tsx).
    const left = await failReportingChunk(page, 1);
    await page.goto('/embed?place=lysychansk&date=2022-06-30&tiles=0');
    const popup = page.locator('.leaflet-popup');
    await expect(popup.locator('h2')).toContainText('Lysychansk');
    await expect(popup.getByRole('alert')).toHaveText('The situation could not be loaded. Try again');
    // Where the server's preview was (hidden under the map now that the frame runs): the same, not an empty list.
    await expect(page.locator('.fm-list [role=alert]')).toHaveText('The situation could not be loaded. Try again');
    // The map is the reader's: another place opens, and says the same until asked again.
    await mapDrawn(page);
    await page.locator('path.place-severodonetsk').click({ force: true });
    await expect(popup.locator('h2')).toContainText('Severodonetsk');
    await expect(popup.getByRole('alert')).toBeVisible();
    expect(left()).toBe(0);
    await tryAgainInPopup(popup);
    await expect(popup.locator('.place-popup div.situation')).toBeVisible();
    await expect(popup.locator('blockquote.report-quote').first()).toBeVisible();
    // Every component that waited shows it: the list's place has its entry again.
    await expect(page.locator('.fm-list li.place-entry[data-place-id="lysychansk"]')).toHaveCount(1);
    await expect(page.locator('.fm-list [role=alert]')).toHaveCount(0);
    expect(left()).toBeLessThan(0);
  });
});

test.describe('the reporting chunk failing, for the list and the panels', () => {
  test.use({ expectedProblems: CHUNK_FAILURE });

  test('once for the list: it says so where the list will be, and Try again shows the list', async ({ page }) => {
    // Asked for at once beside the messages, not waited for (components/embed/embed-entry.tsx).
    const left = await failReportingChunk(page, 1);
    await page.goto('/embed?list=1&date=2022-06-30&tiles=0');
    await expect(page.locator('path.place-lysychansk')).toHaveCount(1);
    const list = page.locator('.fm-list');
    await expect(list.getByRole('alert')).toHaveText('The situation could not be loaded. Try again');
    await expect(list.locator('.fm-summary')).toBeVisible();
    expect(left()).toBe(0);
    await list.getByRole('button', { name: 'Try again' }).click();
    await expect(list.locator('li.place-entry[data-place-id="lysychansk"] .place-latest')).toBeVisible();
    await expect(list.getByRole('alert')).toHaveCount(0);
    expect(left()).toBeLessThan(0);
  });

  const panels = [
    {
      name: 'the changes of compare mode',
      url: '/embed?date=2022-06-20&compare=2022-07-01&tiles=0',
      slot: '.fm-changes',
      shown: '.change-list .change[data-place="severodonetsk"]',
      what: 'situation',
    },
    {
      name: "a story's panel",
      url: '/embed?story=twin-cities-2022&step=6&tiles=0',
      slot: '.story-panel',
      shown: '.story-panel .story-progress',
      what: 'quotes',
    },
  ];
  for (const { name, url, slot, shown, what } of panels) {
    test(`once for ${name}: it says so in its place, and Try again shows it`, async ({ page }) => {
      const left = await failReportingChunk(page, 1);
      await page.goto(url);
      await expect(page.locator('path.place-lysychansk')).toHaveCount(1);
      await expect(page.locator(`${slot} [role=alert]`)).toHaveText(`The ${what} could not be loaded. Try again`);
      await page.locator(slot).getByRole('button', { name: 'Try again' }).click();
      await expect(page.locator(shown)).toBeVisible();
      await expect(page.getByRole('alert')).toHaveCount(0);
      expect(left()).toBeLessThan(0);
    });
  }
});
