/**
 * embed.js in a long article with several maps: the frames are lazy, so only the maps near the
 * reader load /embed, and each keeps its reserved height until it reports its own, which is the
 * height it had reserved: the article does not jump when a map loads, on a wide screen or a phone.
 */
import { expect, hostPage, test } from './fixtures';

/** Far enough apart that no lazy-loading margin of Chromium's (at most 8000px) reaches the next map. */
const GAP_PX = 9000;
const DATES = ['2022-06-20', '2022-06-21', '2022-06-22', '2022-06-23', '2022-06-24'];

for (const width of [1280, 390])
  test(`five maps far apart, ${width}px wide: only the one in view loads, the last when scrolled to, and none changes height`, async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize({ width, height: 720 });
    // Which maps have asked for /embed, by the date each was given (one per map).
    const loaded = new Set<string>();
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (url.origin === baseURL && url.pathname === '/embed') loaded.add(url.searchParams.get('date') ?? '');
    });
    const maps = DATES.map(
      (date, i) => `<div id="m${i + 1}" data-frontline-map data-date="${date}" data-tiles="0"></div><div style="height:${GAP_PX}px"></div>`,
    ).join('');
    await hostPage(
      page,
      `${maps}<script>window.ready = []; document.addEventListener('frontline-map:ready', function (e) { window.ready.push(e.target.id); });</script>
     <script src="${baseURL}/embed.js"></script>`,
      'five-maps',
    );
    const ready = () => page.evaluate(() => (window as unknown as { ready: string[] }).ready);
    await expect(page.locator('[data-frontline-map] iframe')).toHaveCount(5);
    // The first map, in view, loads and talks to the page; nothing else has been asked for then.
    await expect.poll(ready).toEqual(['m1']);
    expect([...loaded]).toEqual([DATES[0]]);
    // The others hold their place: the reserved height, so the article does not jump later.
    const reserved = (await page.locator('#m5 iframe').boundingBox())!.height;
    expect((await page.locator('#m2 iframe').boundingBox())!.height).toBe(reserved);
    // The first, loaded, has the height the others reserve.
    await expect.poll(async () => Math.abs((await page.locator('#m1 iframe').boundingBox())!.height - reserved)).toBeLessThanOrEqual(2);

    await page.locator('#m5').scrollIntoViewIfNeeded();
    await expect.poll(ready).toContain('m5');
    expect(loaded).toContain(DATES[4]);
    expect(loaded.size).toBeLessThan(5);
    // Loaded, it takes the height of its own content (auto-height still works for lazy frames).
    const frame = page.frameLocator('#m5 iframe');
    await expect
      .poll(async () => {
        const outer = (await page.locator('#m5 iframe').boundingBox())!.height;
        const inner = await frame.locator('html').evaluate((h) => Math.ceil(h.getBoundingClientRect().height));
        return Math.abs(outer - inner) <= 2 && Math.abs(outer - reserved) <= 2;
      })
      .toBe(true);
  });
