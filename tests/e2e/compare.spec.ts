import { expect, popup, type test as Test, test, waitForMap } from './fixtures';

type Page = Parameters<Parameters<typeof Test>[2]>[0]['page'];

/** The change list's entry for a place. */
const change = (page: Page, id: string) => page.locator(`.change-list .change[data-place="${id}"]`);

/** A place's drawn outline: its width and opacity as Leaflet set them. */
async function outline(page: Page, id: string) {
  const path = page.locator(`path.place-${id}`).first();
  return { width: Number(await path.getAttribute('stroke-width')), opacity: Number(await path.getAttribute('stroke-opacity')) };
}

test('the compare mode on 2022-06-20 against 2022-07-01 lists Severodonetsk with the reports behind the change', async ({ page }) => {
  await page.goto('/?date=2022-06-20&compare=2022-07-01');
  await waitForMap(page);
  const list = page.getByRole('region', { name: 'What changed from 20 June 2022 to 1 July 2022' });
  await expect(list).toBeVisible();
  const severodonetsk = change(page, 'severodonetsk');
  await expect(severodonetsk.getByRole('heading')).toContainText('Severodonetsk');
  await expect(severodonetsk.getByRole('heading')).toContainText('Control changed');
  // Each axis before and after; a date without reporting says so instead of a status.
  await expect(severodonetsk.locator('.change-row[data-changed]')).toContainText(/Nothing reported yet →.* Russian control \(as reported\)/);
  await expect(severodonetsk.locator('.change-row:not([data-changed])')).toContainText('Activity');
  await expect(severodonetsk.locator('.change-age')).toContainText('1 July 2022: last reported 26 June 2022, 5 days earlier');
  // The reports behind it, quoted with their citations, the one deciding the later control marked.
  const decisive = severodonetsk.locator('[data-decisive] .report[data-report-id="sky-twin-city-bridge"]');
  await expect(decisive.locator('.report-quote')).not.toBeEmpty();
  await expect(decisive.locator('.citation')).toContainText('Sky News');
  await expect(severodonetsk.locator('.report[data-report-id="nepal-withdrawal-started"]')).toHaveCount(1);
  await expect(page.locator('.compare-summary')).toHaveText(/^\d+ places changed between 20 June 2022 and 1 July 2022\.$/);

  // On the map: the place that changed stands out, one that did not (Bakhmut) fades.
  await expect.poll(async () => (await outline(page, 'severodonetsk')).width).toBeGreaterThan((await outline(page, 'bakhmut')).width);
  expect((await outline(page, 'bakhmut')).opacity).toBeLessThan(0.5);
});

test('compare mode by keyboard: turn it on, choose the other date, show a place, turn it off; the URL follows', async ({ page }) => {
  await page.goto('/?date=2022-06-20');
  await waitForMap(page);
  const toggle = page.getByRole('checkbox', { name: 'Compare with another date' });
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/[?&]compare=\d{4}-\d{2}-\d{2}/);
  const field = page.getByLabel('Compare with', { exact: true });
  await field.fill('2022-07-01');
  await expect(page).toHaveURL(/date=2022-06-20&compare=2022-07-01/);
  await expect(page.locator('.compare-summary')).toContainText('changed between 20 June 2022 and 1 July 2022');
  await change(page, 'severodonetsk').getByRole('button', { name: 'Severodonetsk' }).press('Enter');
  await expect(popup(page)).toContainText('Severodonetsk');
  await expect(page).toHaveURL(/place=severodonetsk/);
  // The address reloads to the same comparison.
  await page.reload();
  await expect(change(page, 'severodonetsk')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Compare with another date' }).press('Space');
  await expect(page).not.toHaveURL(/compare=/);
  await expect(page.locator('.change-list')).toHaveCount(0);
});

test('a malformed or out-of-range compare date is dropped: no comparison, no error', async ({ page }) => {
  for (const q of ['compare=2022-02-30', 'compare=1999-01-01', 'compare=%3Cb%3E', 'date=2022-06-20&compare=2022-7-1']) {
    const res = await page.goto(`/?${q}`);
    expect(res?.status(), q).toBe(200);
    await waitForMap(page);
    await expect(page.getByRole('checkbox', { name: 'Compare with another date' })).not.toBeChecked();
    await expect(page.locator('.change-list')).toHaveCount(0);
  }
});

test('the embed compares too, and its full-map link carries the comparison', async ({ page }) => {
  await page.goto('/embed?date=2022-06-20&compare=2022-07-01&tiles=0');
  await expect(page.locator('path.place-lysychansk')).toHaveCount(1);
  const severodonetsk = change(page, 'severodonetsk');
  await expect(severodonetsk.locator('.change-row[data-changed]')).toContainText(/Nothing reported yet →.* Russian control \(as reported\)/);
  await expect(severodonetsk.locator('.report[data-report-id="sky-twin-city-bridge"] .citation')).toContainText('Sky News');
  await expect(page.getByRole('link', { name: 'View full map' })).toHaveAttribute('href', /date=2022-06-20&compare=2022-07-01/);
  // Choosing another date in the frame recomputes the list.
  await page.getByLabel('Compare with', { exact: true }).fill('2022-06-21');
  await expect(page.locator('.compare-summary')).toContainText('between 20 June 2022 and 21 June 2022');
  await expect(change(page, 'severodonetsk')).toHaveCount(0);
});
