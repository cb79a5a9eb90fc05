import { expect, popup, test, waitForMap } from './fixtures';

/** The fill colour Leaflet gave a place's shape. */
const fillOf = (page: import('@playwright/test').Page, id: string) => page.locator(`path.place-${id}`).getAttribute('fill');

test('Severodonetsk’s situation differs between 20 June and 1 July 2022', async ({ page }) => {
  await page.goto('/?date=2022-06-20&place=severodonetsk');
  await waitForMap(page);
  await expect(popup(page).locator('.situation')).toContainText('nothing reported yet');
  const before = await fillOf(page, 'severodonetsk');
  await expect(page.getByRole('region', { name: 'Timeline' })).toContainText('As reported on 20 June 2022');
  // Reporting published later is marked as later.
  await expect(popup(page).locator('.report[data-later]').first()).toContainText('Later reporting');

  await page.goto('/?date=2022-07-01&place=severodonetsk');
  await waitForMap(page);
  await expect(popup(page).locator('.situation')).toContainText('Russian control');
  const after = await fillOf(page, 'severodonetsk');
  expect(after).not.toBe(before);
  // The history shows each change with its date.
  await popup(page).getByText('Reported situation over time').click();
  await expect(popup(page).locator('.status-history li')).toHaveCount(3);
  await expect(popup(page).locator('.status-history')).toContainText('Ukrainian withdrawal');
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

test('the months without reporting are a marked break; keys, clicks and the URL stay exact', async ({ page }) => {
  await page.goto('/?date=2022-06-30');
  await waitForMap(page);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const slider = timeline.getByRole('slider');
  // One break, between the last report of the summer of 2022 and the first of February 2023.
  const gap = timeline.locator('.timeline-break');
  await expect(gap).toHaveCount(1);
  await expect(timeline.locator('.timeline-break-label')).toHaveText('30 Jun 2022 – 7 Feb 2023');
  await expect(slider).toHaveAccessibleDescription(/shortened where nothing was reported: between 30 June 2022 and 7 February 2023/);
  const track = (await timeline.locator('.timeline-axis').boundingBox())!;
  const g = (await gap.boundingBox())!;
  const markX = async (date: string) => {
    const b = (await timeline.locator(`.timeline-mark[title="${date}"]`).boundingBox())!;
    return b.x + b.width / 2;
  };
  // The break is narrow, and the reporting either side of it gets the width.
  expect(g.width / track.width).toBeLessThan(0.15);
  expect(await markX('30 June 2022')).toBeLessThan(g.x);
  expect(await markX('7 February 2023')).toBeGreaterThan(g.x + g.width);
  expect(((await markX('30 June 2022')) - (await markX('24 June 2022'))) / track.width).toBeGreaterThan(0.08);

  // Arrow keys move one day, into the break too.
  await slider.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await expect(timeline).toContainText('As reported on 10 July 2022 (no report on this day)');
  await expect(page).toHaveURL(/date=2022-07-10(&|$)/);
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/date=2022-07-09(&|$)/);
  await page.keyboard.press('PageUp');
  await expect(timeline).toContainText('As reported on 7 February 2023');
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(/date=2022-06-01(&|$)/);
  await page.keyboard.press('End');
  await expect(timeline).toContainText('As reported on 8 February 2023');

  // A click on a mark chooses exactly that date; a click in the break, a date inside it.
  const y = track.y + track.height / 2;
  await page.mouse.click(await markX('24 June 2022'), y);
  await expect(page).toHaveURL(/date=2022-06-24(&|$)/);
  await page.mouse.click(g.x + g.width / 2, y);
  await expect.poll(() => new URL(page.url()).searchParams.get('date')).toMatch(/^(2022-(0[7-9]|1[0-2])|2023-01)-\d\d$/);

  // A date inside the break, from the URL: shown exactly, the thumb inside the break.
  await page.goto('/?date=2022-10-15');
  await waitForMap(page);
  await expect(timeline).toContainText('As reported on 15 October 2022 (no report on this day)');
  const thumbX = await slider.evaluate((el) => {
    const input = el as HTMLInputElement;
    const r = input.getBoundingClientRect();
    const thumb = parseFloat(getComputedStyle(input.closest('.timeline')!).getPropertyValue('--thumb'));
    return r.x + thumb / 2 + ((r.width - thumb) * Number(input.value)) / Number(input.max);
  });
  const g2 = (await gap.boundingBox())!;
  expect(thumbX).toBeGreaterThan(g2.x);
  expect(thumbX).toBeLessThan(g2.x + g2.width);
});
