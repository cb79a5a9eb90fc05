/**
 * "Cite this view", pinned (issue 14): the data version in the footer, the About page and the API;
 * the share dialog's and a place page's citations with the version and a permalink carrying it;
 * a permalink cited with another version opens the current data with a note.
 * The expected version is hashed here from geo/ (lib/data-version.ts), not read from the build.
 */
import path from 'node:path';
import { readDataVersion } from '../../lib/data-version';
import type { Page } from '@playwright/test';
import { expect, test, waitForMap } from './fixtures';

const { id: VERSION, date: ISSUED } = readDataVersion(path.join(__dirname, '..', '..', 'geo'));
const OLD = '000000000000';
/** Text as a regular expression that matches it literally. */
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The version's date as APA prints it ("2026, December 1"). */
const issuedApa = `${ISSUED.slice(0, 4)}, ${new Date(`${ISSUED}T00:00:00Z`).toLocaleDateString('en-US', { month: 'long', day: 'numeric', timeZone: 'UTC' })}`;

/** The reader's today as APA and Chicago print it ("December 1, 2026"), formatted by the browser's Intl, not by our code. */
const readersToday = (page: Page) =>
  page.evaluate(() => new Date().toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric' }));

test('the data version: in the map’s footer, on the About page and in every API answer', async ({ page, request }) => {
  await page.goto('/?tiles=0');
  await expect(page.locator('.map-footer')).toContainText(`Data version ${VERSION} of `);
  // The footer is in the prerendered HTML: let the page finish loading before leaving it, or its scripts' loads are aborted.
  await waitForMap(page);
  await page.goto('/about');
  await expect(page.getByRole('region', { name: 'Citing the map' })).toContainText(`Data version ${VERSION} of `);
  for (const url of ['/api/layers', '/api/layers/cities', '/api/places/bakhmut', '/api/sources', '/api/sources/sky-news-lysychansk']) {
    const res = await request.get(url);
    expect(res.headers()['x-data-version'], url).toBe(VERSION);
    expect(res.headers()['access-control-expose-headers'], url).toBe('X-Data-Version');
  }
});

test.describe('share dialog', () => {
  // Following the permalink leaves the dialog while its live preview may still load (the embed's
  // page, bundle and the map's data file): those loads are aborted.
  test.use({ expectedProblems: /\/(embed\?|_embed\/|_data\/)\S* net::ERR_ABORTED$/ });

  test('the share dialog cites the view: the data version, the reader’s today and a permalink that opens the view', async ({
    page,
    baseURL,
  }) => {
    await page.goto('/?place=severodonetsk&date=2022-06-30&tiles=0');
    await expect(page.locator('.leaflet-popup .place-popup h2')).toContainText('Severodonetsk');
    await page.getByRole('button', { name: 'Share / embed' }).click();
    const cite = page.getByRole('dialog').getByRole('region', { name: 'Cite this view' });
    await expect(cite).toContainText(`Data version ${VERSION}`);
    const permalink = cite.getByLabel(`Permalink (data version ${VERSION})`);
    await expect(permalink).toHaveValue(new RegExp(`^${baseURL!.replace(/\./g, '\\.')}/\\?place=severodonetsk&.*date=2022-06-30&v=${VERSION}$`));
    const citation = cite.getByRole('textbox', { name: /^Citation \(/ });
    /**
     * The permalink and the citation, read together once the citation names that permalink and
     * `ready` holds: the map may still settle the view after its pop-up opens, changing both.
     */
    const pinned = async (ready: (text: string) => boolean) => {
      let pair = { link: '', text: '' };
      await expect
        .poll(async () => {
          pair = { link: await permalink.inputValue(), text: await citation.inputValue() };
          return pair.text.includes(pair.link) && ready(pair.text);
        })
        .toBe(true);
      return pair;
    };

    const today = await readersToday(page);
    const apa = await pinned((text) => text.includes('Retrieved'));
    expect(apa.text).toMatch(
      new RegExp(
        `^${literally(`Front-line map project. (${issuedApa}). Severodonetsk as reported on 30 June 2022 [Interactive map; data version ${VERSION}].`)} .* ${literally(`Retrieved ${today}, from ${apa.link}`)}$`,
      ),
    );
    await cite.getByLabel('Citation style').selectOption('bibtex');
    const bibtex = await pinned((text) => text.startsWith('@misc{'));
    expect(bibtex.text).toMatch(new RegExp(`^@misc\\{[\\s\\S]*  version = \\{${VERSION}\\}[\\s\\S]*  url = \\{${literally(bibtex.link)}\\}`));
    await cite.getByLabel('Citation style').selectOption('csl-json');
    const csl = await pinned((text) => text.startsWith('[') && text.includes('"accessed"'));
    const [item] = JSON.parse(csl.text) as Record<string, unknown>[];
    expect(item).toMatchObject({ type: 'map', URL: csl.link, version: VERSION, author: [{ literal: 'Front-line map project' }] });
    const accessed = await page.evaluate(() => [new Date().getFullYear(), new Date().getMonth() + 1, new Date().getDate()]);
    expect(item!.accessed).toEqual({ 'date-parts': [accessed] });
    const link = csl.link;

    // The permalink opens the same view, with no note: its version is the current one.
    await page.goto(link);
    await expect(page.locator('.leaflet-popup .place-popup h2')).toContainText('Severodonetsk');
    await expect(page.getByRole('region', { name: 'Timeline' })).toContainText('30 June 2022');
    await expect(page.locator('.data-changed')).toBeEmpty();
  });
});

test('a permalink cited with an earlier data version opens the current data with a note, and the map stays usable', async ({ page }) => {
  await page.goto(`/?place=lysychansk&date=2022-06-30&tiles=0&v=${OLD}`);
  const note = page.getByRole('status').filter({ hasText: 'The data has changed since' });
  await expect(note).toContainText(`This link was cited with data version ${OLD}.`);
  await expect(note).toContainText(`this is the current data (version ${VERSION})`);
  await expect(note.getByRole('link', { name: 'corrections log' })).toHaveAttribute('href', '/about#corrections');
  // Not a dialog: the map under it answers (its pop-up opens, another place can be chosen).
  await expect(page.locator('.leaflet-popup .place-popup h2')).toContainText('Lysychansk');
  // The list once it chooses on the map (the server's, the same element, links to the place's page until then).
  await page
    .locator('nav.place-list[data-selectable]')
    .getByRole('link', { name: /^Bakhmut/ })
    .click();
  await expect(page.locator('.leaflet-popup .place-popup h2')).toContainText('Bakhmut');
  // Its quotes come in a file of their own after the heading: once they show, the reload below
  // cancels no request (the run fails on a cancelled one).
  await expect(page.locator('.leaflet-popup .place-popup blockquote.report-quote').first()).toBeVisible();
  await expect(note).toBeVisible();
  // The address keeps the cited version while the reader browses from it: a reload says it again.
  await expect(page).toHaveURL(new RegExp(`[?&]place=bakhmut&.*v=${OLD}$`));
  await page.reload();
  await expect(note).toContainText(`This link was cited with data version ${OLD}.`);
  // Dismissed, the note goes, and so does the version from the address.
  await note.getByRole('button', { name: 'Dismiss the note' }).click();
  await expect(page.locator('.data-changed')).toBeEmpty();
  // One condition, retried: the address read once, just after a check both addresses pass, failed
  // 1 run in 50 here, though no run of an instrumented page caught the page writing `v` back.
  await expect(page).toHaveURL((url) => url.searchParams.get('place') === 'bakhmut' && !url.searchParams.has('v'));

  // A malformed version is no citation: no note.
  await page.goto('/?place=lysychansk&tiles=0&v=not-a-version');
  await expect(page.locator('.leaflet-popup .place-popup h2')).toContainText('Lysychansk');
  await expect(page.locator('.data-changed')).toBeEmpty();
});

test('a place’s page cites itself, pinned; its permalink with an earlier version shows the note', async ({ page, baseURL }) => {
  await page.goto('/places/bakhmut');
  const cite = page.getByRole('region', { name: 'Cite this page' });
  const permalink = `${baseURL}/places/bakhmut?v=${VERSION}`;
  await expect(cite.getByLabel(`Permalink (data version ${VERSION})`)).toHaveValue(permalink);
  const today = await readersToday(page);
  await cite.getByLabel('Citation style').selectOption('chicago');
  await expect(cite.getByRole('textbox', { name: /^Citation \(/ })).toHaveValue(
    new RegExp(
      `^${literally('Front-line map project. “Bakhmut: what was reported.”')} .* data version ${VERSION}, .* ${literally(`Accessed ${today}. ${permalink}.`)}$`,
    ),
  );
  await expect(page.locator('.data-changed')).toBeEmpty();

  await page.goto(`/places/bakhmut?v=${OLD}`);
  await expect(page.getByRole('status').filter({ hasText: 'The data has changed since' })).toContainText(`cited with data version ${OLD}`);
});

test('an embed whose address cites an earlier data version says so inside its frame, and no other embed does', async ({ page }) => {
  await page.goto('/embed?tiles=0');
  await waitForMap(page);
  await expect(page.locator('.data-changed')).toBeEmpty();
  // Cited with the current version: nothing to say.
  await page.goto(`/embed?tiles=0&v=${VERSION}`);
  await waitForMap(page);
  await expect(page.locator('.data-changed')).toBeEmpty();

  await page.goto(`/embed?place=lysychansk&tiles=0&v=${OLD}`);
  const note = page.getByRole('status').filter({ hasText: 'The data has changed since' });
  await expect(note).toContainText(`This link was cited with data version ${OLD}.`);
  await expect(note).toContainText(`this is the current data (version ${VERSION})`);
  // From inside a frame, the corrections open in a new tab rather than in the frame.
  await expect(note.getByRole('link', { name: 'corrections log' })).toHaveAttribute('target', '_blank');
  await waitForMap(page);
  await note.getByRole('button', { name: 'Dismiss the note' }).click();
  await expect(page.locator('.data-changed')).toBeEmpty();
  expect(new URL(page.url()).searchParams.has('v')).toBe(false);
});
