// Issue 13: control apart from activity, the age of what is shown, and a place inside another.
import { CONTROL_COLOURS, NO_CONTROL_COLOUR } from '../../lib/styles';
import { expect, popup, test, waitForMap } from './fixtures';

const shape = (page: import('@playwright/test').Page, id: string) => page.locator(`path.place-${id}`);
const listEntry = (page: import('@playwright/test').Page, id: string) => page.locator(`.place-list li[data-place-id="${id}"]`);

test('Lysychansk on 8 February 2023: its pop-up and list say how old its last report is, and its fill is faded', async ({ page }) => {
  await page.goto('/?tiles=0&date=2022-06-30');
  await waitForMap(page);
  const fresh = {
    opacity: await shape(page, 'lysychansk').getAttribute('fill-opacity'),
    dash: await shape(page, 'lysychansk').getAttribute('stroke-dasharray'),
  };
  expect(fresh.dash).toBeNull();

  await page.goto('/?tiles=0&date=2023-02-08&place=lysychansk');
  await waitForMap(page);
  const situation = popup(page).locator('.situation');
  await expect(situation).toContainText('Ukrainian control');
  await expect(situation.locator('.situation-age')).toHaveText(
    "Last reported c. 30 June 2022, 7 months before this date; no later reporting in this map's sources.",
  );
  await expect(listEntry(page, 'lysychansk')).toContainText('last reported 7 months before this date');
  await expect(shape(page, 'lysychansk')).toHaveAttribute('stroke-dasharray', '2 4');
  expect(Number(await shape(page, 'lysychansk').getAttribute('fill-opacity'))).toBeLessThan(Number(fresh.opacity));
  // The legend explains the faded fill.
  await expect(page.locator('.map-legend')).toContainText('Last reported more than 7 days before this date');
});

test('Azot is not shown as held while Severodonetsk, which contains it, is under Russian control', async ({ page }) => {
  await page.goto('/?tiles=0&date=2022-07-01&place=azot');
  await waitForMap(page);
  const situation = popup(page).locator('.situation');
  await expect(situation.locator('.situation-outdated')).toContainText('Possibly out of date: Severodonetsk, which it is part of');
  await expect(situation.locator('.situation-outdated')).toContainText('Russian control');
  await expect(situation.locator('.situation-control')).toContainText('Last reported: Ukrainian control');
  await expect(listEntry(page, 'azot')).toContainText('possibly out of date');
  // Both quotes: Azot's own, and Severodonetsk's later one.
  await expect(popup(page).locator('.outdated-by blockquote')).toContainText('now under Russian control since the weekend');
  // Grey, not the Ukrainian blue: the map does not draw it as held.
  await expect(shape(page, 'azot')).toHaveAttribute('fill', NO_CONTROL_COLOUR);
});

test('Lysychansk on 25 June 2022: Ukrainian control with a Russian advance', async ({ page }) => {
  await page.goto('/?tiles=0&date=2022-06-25&place=lysychansk');
  await waitForMap(page);
  const situation = popup(page).locator('.situation');
  await expect(situation.locator('.situation-control')).toContainText('Ukrainian control');
  await expect(situation.locator('.situation-activity')).toContainText('Russian advance');
  await expect(shape(page, 'lysychansk')).toHaveAttribute('fill', CONTROL_COLOURS.ukrainian);
  // The activity outline, not the control colour, draws the place's edge.
  await expect(shape(page, 'lysychansk')).not.toHaveAttribute('stroke', CONTROL_COLOURS.ukrainian);
});
