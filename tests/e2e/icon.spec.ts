/** The site's icon (app/icon.svg): every page links it, so no browser asks for a missing /favicon.ico. */
import { expect, test } from './fixtures';

for (const path of ['/', '/about', '/places/bakhmut', '/embed?tiles=0']) {
  test(`${path} links the site's icon, which is served as SVG`, async ({ page, request }) => {
    await page.goto(path);
    const href = await page.locator('head link[rel="icon"]').first().getAttribute('href');
    expect(href).toMatch(/^\/icon\.svg(\?|$)/);
    const res = await request.get(href!);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toMatch(/^image\/svg\+xml/);
    expect(await res.text()).toContain('<svg');
  });
}
