import { expect, popup, test, waitForMap } from './fixtures';

/** The fill colour Leaflet gave a place's shape. */
const fillOf = (page: import('@playwright/test').Page, id: string) => page.locator(`path.place-${id}`).getAttribute('fill');

test('Severodonetsk’s status differs between 20 June and 1 July 2022', async ({ page }) => {
  await page.goto('/?date=2022-06-20&place=severodonetsk');
  await waitForMap(page);
  await expect(popup(page).locator('.situation')).toContainText('no situation reported yet');
  const before = await fillOf(page, 'severodonetsk');
  await expect(page.getByRole('region', { name: 'Timeline' })).toContainText('As reported on 20 June 2022');
  // Reporting published later is marked as later.
  await expect(popup(page).locator('.report[data-later]').first()).toContainText('Later reporting');

  await page.goto('/?date=2022-07-01&place=severodonetsk');
  await waitForMap(page);
  await expect(popup(page).locator('.situation')).toContainText('Under Russian control');
  const after = await fillOf(page, 'severodonetsk');
  expect(after).not.toBe(before);
  // The history shows each change with its date.
  await popup(page).getByText('Status history').click();
  await expect(popup(page).locator('.status-history li')).toHaveCount(2);
  await expect(popup(page).locator('.status-history')).toContainText('Ukrainian forces withdrawing');
});

test('the date control steps between reports by keyboard, and the URL follows', async ({ page }) => {
  await page.goto('/?date=2022-06-20');
  await waitForMap(page);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const slider = timeline.getByRole('slider');
  await slider.focus();
  await page.keyboard.press('PageUp');
  await expect(timeline).toContainText('As reported on 24 June 2022');
  await expect(page).toHaveURL(/date=2022-06-24/);
  await page.keyboard.press('PageUp');
  await expect(timeline).toContainText('As reported on 25 June 2022');
  await page.keyboard.press('PageDown');
  await expect(timeline).toContainText('As reported on 24 June 2022');
  // Arrow keys move one day.
  await page.keyboard.press('ArrowRight');
  await expect(timeline).toContainText('As reported on 25 June 2022');
  // The buttons, by keyboard.
  await timeline.getByRole('button', { name: /^Next report/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/date=2022-06-28/);
  // Round trip: reload the URL and get the same state.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Timeline' })).toContainText('As reported on 28 June 2022');
});

test('no date or an invalid one shows the latest reporting date', async ({ page }) => {
  for (const q of ['', '?date=2022-02-30', '?date=1999-01-01', '?date=%3Cb%3E', '?date=2022-6-1']) {
    const res = await page.goto(`/${q}`);
    expect(res?.status()).toBe(200);
    await waitForMap(page);
    await expect(page.getByRole('region', { name: 'Timeline' })).toContainText('As reported on 8 February 2023');
  }
  await expect(page.locator('.place-list-date')).toContainText('8 February 2023');
});
