/**
 * No interaction sets off a loop of map moves (issue 11). A Leaflet event that updates the page's
 * state, whose render calls Leaflet again, loops: choosing Bakhmut from the list once made the main
 * map auto-pan about 146 times, one pixel at a time. Preact, which the embed runs on, renders at
 * once and turns such a loop into a freeze. Each interaction here must settle within a handful of
 * `moveend`s, on the main page and in the embed.
 */
import type { Page } from '@playwright/test';
import { expect, popup, test, waitForMap } from './fixtures';

/**
 * Enough for a jump to the place, the pop-up's pan into view and the pans PopupClearance restarts as
 * it fits the pop-up to the controls (each stops the pan under way: a moveend), and one more pan
 * when the place's quotes arrive after the pop-up opened and it grows; a loop makes dozens.
 * Measured: 7 for a place chosen from the list on the main page (5 before the quotes loaded apart).
 */
const HANDFUL = 8;

/**
 * Counts every map's `moveend` from its creation. On the main page Leaflet's UMD build sets
 * `window.L`, caught here as it is set. The embed bundles Leaflet's ES module build, which sets no
 * global: the chunk that holds it gets the same hook appended, on the Map class as the chunk names
 * it where it registers touch zoom (if the minified pattern ever changes, no move is counted and
 * the test's first check fails, rather than passing unmeasured).
 */
async function countMoves(page: Page): Promise<void> {
  await page.route(/\/_embed\/chunk\.[A-Z0-9]+\.js$/, async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    const map = /([\w$]+)\.addInitHook\("addHandler","touchZoom"/.exec(body)?.[1];
    const hook = `;${map}.addInitHook(function(){this.on("moveend",function(){window.moves++})});`;
    await route.fulfill({ response, body: map ? body + hook : body });
  });
  await page.addInitScript(() => {
    const w = window as unknown as { moves: number; L?: { Map: { addInitHook(fn: () => void): void } } };
    w.moves = 0;
    let leaflet: unknown;
    Object.defineProperty(window, 'L', {
      configurable: true,
      get: () => leaflet,
      set(value: { Map: { addInitHook(fn: (this: { on(e: string, f: () => void): void }) => void): void } }) {
        leaflet = value;
        value.Map.addInitHook(function countMoveEnds() {
          this.on('moveend', () => {
            w.moves++;
          });
        });
      },
    });
  });
}

/** Moves since the last call, once none has come for 20 frames in a row (the map has settled). */
async function movesAfter(page: Page, act: () => Promise<void>): Promise<number> {
  const before = await page.evaluate(() => (window as unknown as { moves: number }).moves);
  await act();
  return page.evaluate(
    (start) =>
      new Promise<number>((resolve) => {
        const w = window as unknown as { moves: number };
        let last = w.moves;
        let quiet = 0;
        const tick = () => {
          if (w.moves !== last) {
            last = w.moves;
            quiet = 0;
          } else if (++quiet >= 20) return resolve(w.moves - start);
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    before,
  );
}

const listLink = (page: Page, id: string) => page.locator(`.place-list a[data-place-id="${id}"]`);

for (const front of [
  { name: 'the main page', url: '/?tiles=0' },
  { name: 'the embed', url: '/embed?tiles=0&list=1' },
]) {
  test(`on ${front.name}, no interaction sets off more than ${HANDFUL} map moves`, async ({ page }) => {
    await countMoves(page);
    await page.goto(front.url);
    await waitForMap(page);
    await expect.poll(() => page.evaluate(() => (window as unknown as { moves: number }).moves)).toBeGreaterThan(0);
    // The first view settles first.
    await movesAfter(page, async () => {});

    const steps: [string, () => Promise<void>][] = [
      [
        'Bakhmut chosen from the list',
        async () => {
          await listLink(page, 'bakhmut').click();
          await expect(popup(page).locator('h2')).toContainText('Bakhmut');
        },
      ],
      [
        'Lysychansk chosen from the list',
        async () => {
          await listLink(page, 'lysychansk').click();
          await expect(popup(page).locator('h2')).toContainText('Lysychansk');
        },
      ],
      [
        'All reporting opened',
        async () => {
          await popup(page)
            .getByRole('button', { name: /All reporting/ })
            .click();
          await expect(page.getByRole('region', { name: /All reporting on Lysychansk/ })).toBeVisible();
        },
      ],
      [
        'the previous report chosen',
        async () => {
          await page
            .getByRole('button', { name: /^Previous report/ })
            .first()
            .click();
        },
      ],
      [
        'the panel closed',
        async () => {
          await page.getByRole('button', { name: 'Close the reporting panel' }).click();
        },
      ],
      [
        'Severodonetsk chosen on the map (by keyboard: the open pop-up may cover it)',
        async () => {
          await page.locator('path.place-severodonetsk').focus();
          await page.keyboard.press('Enter');
          await expect(popup(page).locator('h2')).toContainText('Severodonetsk');
        },
      ],
      [
        'the pop-up closed',
        async () => {
          await popup(page)
            .getByRole('button', { name: /^Close/ })
            .click();
          await expect(popup(page)).toHaveCount(0);
        },
      ],
    ];
    for (const [what, act] of steps) expect(await movesAfter(page, act), what).toBeLessThanOrEqual(HANDFUL);
  });
}
