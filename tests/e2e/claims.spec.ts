import type { Locator } from '@playwright/test';
import { expect, popup, test } from './fixtures';

/**
 * The map checks of the reporting's geographic claims, in the browser: each shows beside its quote
 * as a badge with the measured figures and the verdict (class `claim-<verdict>`), and opens to how
 * it was measured. The verdicts are computed at build time from geo/claims.json.
 */

const badge = (scope: Locator, id: string) => scope.locator(`.claim-badge[data-claim-id="${id}"]`);

test('the refinery: "six miles", "southwestern" and "edge" are each consistent with part of its estimated site’s range', async ({ page }) => {
  await page.goto('/?place=lysychansk-refinery');
  const p = popup(page);
  await expect(p.getByRole('heading', { name: /Lysychansk oil refinery/ })).toBeVisible();

  const distance = badge(p, 'refinery-six-miles');
  await expect(distance).toHaveClass(/\bclaim-badge\b.*\bclaim-consistent\b/);
  await expect(distance.locator('summary')).toHaveText(
    'Map check: Lysychansk oil refinery 3.2–9.2 km (2.0–5.7 mi) from Lysychansk’s centre — consistent with ‘six miles’',
  );
  // The badge has an accessible name naming the words checked and the verdict.
  await expect(p.getByRole('group', { name: 'Map check of “It’s only six miles from the city’s heart.”: consistent' })).toBeVisible();

  const direction = badge(p, 'refinery-south-west-of-centre');
  await expect(direction).toHaveClass(/claim-consistent/);
  await expect(direction.locator('summary')).toContainText('219°–276° (SW to W)');
  await expect(badge(p, 'refinery-on-city-edge')).toHaveClass(/claim-consistent/);
  await expect(p.locator('.claim-badge.claim-inconsistent')).toHaveCount(0);

  // Closed at first; opens to how it was measured.
  const method = distance.locator('.claim-method');
  await expect(method).toBeHidden();
  await distance.locator('summary').click();
  await expect(distance).toHaveAttribute('open', '');
  await expect(method).toBeVisible();
  await expect(method).toContainText('measureDistance');
  await expect(method).toContainText('[38.4286, 48.9173] (exact)');
  await expect(method).toContainText('[38.34978, 48.89581] (approximate, ±3 km)');
  await expect(method).toContainText('6 mi ± 1.5 mi: 4.5–7.5 mi (7.2–12.1 km)');
  await expect(method.getByRole('link', { name: 'How the map checks the reporting' })).toHaveAttribute('href', '/about#claims');
});

test('Severodonetsk: the twin city over the river and a bridge between them, consistent', async ({ page }) => {
  await page.goto('/?place=severodonetsk');
  const p = popup(page);
  await expect(p.getByRole('heading', { name: /Severodonetsk/ })).toBeVisible();
  const banks = badge(p, 'twin-city-across-the-river');
  await expect(banks).toHaveClass(/claim-consistent/);
  await expect(banks.locator('summary')).toHaveText(
    'Map check: Lysychansk on the right bank (south-west), Severodonetsk on the left bank (north-east) of the Siverskyi Donets — consistent with ‘just over the other side’',
  );
  const bridge = badge(p, 'twin-city-bridge-between');
  await expect(bridge).toHaveClass(/claim-consistent/);
  await expect(bridge.locator('summary')).toContainText('Pavlohrad bridge 0.4 km off the straight line');
  await bridge.locator('summary').click();
  await expect(bridge.locator('.claim-method')).toContainText('Yuvileinyi bridge’s point');
});

test('the river: the battle moves across it to Lysychansk, consistent', async ({ page }) => {
  await page.goto('/?place=siverskyi-donets');
  const p = popup(page);
  await expect(p.getByRole('heading', { name: /Siverskyi Donets/ })).toBeVisible();
  const river = badge(p, 'battle-moves-across-river');
  await expect(river).toHaveClass(/claim-consistent/);
  await expect(river.locator('summary')).toContainText('Severodonetsk on the left bank (north-east), Lysychansk on the right bank (south-west)');
  await expect(river.locator('summary')).toContainText('consistent with ‘across the Siverskyi Donets river’');
  await expect(p.getByRole('group', { name: /^Map check of “Lysychansk, the last city in Luhansk”: consistent$/ })).toHaveClass(
    /claim-consistent/,
  );
});

test('not-checkable claims say so, and the place API serves the checks', async ({ page, request }) => {
  await page.goto('/?place=lysychansk');
  await popup(page)
    .getByRole('button', { name: /All reporting/ })
    .click();
  const panel = page.getByRole('region', { name: /All reporting on Lysychansk/ });
  const villages = badge(panel, 'villages-south-of-lysychansk');
  await expect(villages).toHaveClass(/claim-not-checkable/);
  await expect(villages.locator('summary')).toHaveText('Map check: not checkable. The villages are not named.');

  const res = await request.get('/api/places/lysychansk-refinery');
  expect(res.status()).toBe(200);
  const body = (await res.json()) as {
    claims: { id: string; verdict: string; measurement: { value: number; miles: { value: number } | null } | null }[];
  };
  const six = body.claims.find((c) => c.id === 'refinery-six-miles')!;
  expect(six.verdict).toBe('consistent');
  expect(six.measurement!.value).toBeGreaterThan(6);
  expect(six.measurement!.value).toBeLessThan(6.5);
  expect(six.measurement!.miles!.value).toBeLessThan(4.5);
});

test('the About page explains the checks and lists every claim with its verdict', async ({ page }) => {
  await page.goto('/about');
  await expect(page.getByRole('heading', { level: 1, name: 'About the map' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'How the map checks the reporting’s geography' })).toBeVisible();
  const claims = page.getByRole('region', { name: 'The claims and what the map says' });
  // No claim is inconsistent with the map today, so that group is not shown.
  await expect(claims.getByRole('heading', { name: /^Consistent with the map \(\d+\)$/ })).toBeVisible();
  await expect(claims.getByRole('heading', { name: /^Inconsistent with the map/ })).toHaveCount(0);
  await expect(claims.locator('.claim-badge.claim-inconsistent')).toHaveCount(0);
  expect(await claims.locator('.claim-badge.claim-consistent').count()).toBeGreaterThanOrEqual(10);
  expect(await claims.locator('.claim-badge.claim-not-checkable').count()).toBeGreaterThanOrEqual(5);
  await page.getByRole('link', { name: '← Back to the map' }).first().click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('.leaflet-container')).toBeVisible();
});

test('in Ukrainian, a check’s line is worded in Ukrainian, the words checked left in English and marked so', async ({ page }) => {
  await page.goto('/uk?place=lysychansk-refinery');
  const p = popup(page);
  await expect(p.getByRole('heading', { name: /Лисичанський НПЗ/ })).toBeVisible();
  const summary = badge(p, 'refinery-six-miles').locator('summary');
  await expect(summary).toHaveText(
    'Перевірка за мапою: відстань Лисичанськ — Лисичанський НПЗ між центрами: 3,2–9,2 км (2,0–5,7 милі) — узгоджується з «six miles»',
  );
  await expect(summary.locator('[lang="en"]')).toHaveText('six miles');
  // The line itself is in the page's language: the nearest lang above it is the document's.
  await expect(summary.locator('xpath=ancestor-or-self::*[@lang][1]')).toHaveAttribute('lang', 'uk');

  // The About page lists every check, rendered on the server in Ukrainian too.
  await page.goto('/uk/about');
  const villages = page.locator('.claim-badge[data-claim-id="villages-south-of-lysychansk"] summary');
  await expect(villages).toHaveText('Перевірка за мапою: не перевіряється. The villages are not named.');
  await expect(villages.locator('[lang="en"]')).toHaveText('The villages are not named.');
});
