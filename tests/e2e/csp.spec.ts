/**
 * Content-Security-Policy without `'unsafe-inline'` for scripts (README "Security headers"): the
 * prerendered pages (`/`, `/about`, `/places/{id}`, the 404 page) run their inline scripts by their
 * hashes, `/embed` has no inline script at all. Each page is loaded in
 * the browser with every CSP violation recorded, and must run its scripts with none.
 */
import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, test, waitForMap } from './fixtures';

/** The sources of one directive of a policy. */
const directive = (csp: string | undefined, name: string): string[] =>
  (csp ?? '')
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name)
    ?.slice(1) ?? [];

const nonceOf = (csp: string | undefined) =>
  directive(csp, 'script-src')
    .find((s) => s.startsWith("'nonce-"))
    ?.slice(7, -1);

/** Records every CSP violation the page reports, from before its first script runs. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

/**
 * Whether Next hydrated the page: its bootstrap (an external script) ran, and React, fed by the
 * inline payload scripts, took over the document.
 */
const nextRan = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { next?: { appDir?: boolean } };
    return w.next?.appDir === true && Object.keys(document.documentElement).some((k) => k.startsWith('__reactFiber'));
  });

test('no HTML page allows inline scripts wholesale', async ({ request }) => {
  for (const path of [
    '/',
    '/?place=bakhmut',
    '/about',
    '/places',
    '/downloads',
    '/places/lysychansk',
    '/places/nope',
    '/nope',
    '/embed',
    '/embed?place=bakhmut&tiles=0',
  ]) {
    const res = await request.get(path);
    const scriptSrc = directive(res.headers()['content-security-policy'], 'script-src');
    expect(scriptSrc, path).toContain("'self'");
    expect(scriptSrc, path).not.toContain("'unsafe-inline'");
    expect(scriptSrc, path).not.toContain("'unsafe-eval'");
    // Each page lists its own scripts' hashes, not every page's: nginx keeps only 4 KB of headers.
    const headerBytes = Object.entries(res.headers()).reduce((sum, [name, value]) => sum + name.length + value.length + 4, 0);
    expect(headerBytes, path).toBeLessThan(4096);
  }
});

test('/ is the same bytes for every view: its inline scripts allowed by hash, no nonce, and a shared cache may keep it', async ({ request }) => {
  const [plain, view] = [await request.get('/'), await request.get('/?place=bakhmut&date=2022-06-30')];
  expect(await view.text()).toBe(await plain.text());
  const csp = plain.headers()['content-security-policy'];
  expect(nonceOf(csp)).toBeUndefined();
  const allowed = directive(csp, 'script-src');
  const inline = [...(await plain.text()).matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  expect(inline.length).toBeGreaterThan(1);
  for (const body of inline) expect(allowed).toContain(`'sha256-${createHash('sha256').update(body).digest('base64')}'`);
  expect(plain.headers()['cache-control']).toMatch(/^public, .*s-maxage=\d+/);
});

test('the map page runs its scripts with no CSP violation', async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto('/?place=lysychansk');
  await waitForMap(page);
  await expect(page.locator('.leaflet-popup .place-popup h2')).toContainText('Lysychansk');
  await expect.poll(() => nextRan(page)).toBe(true);
  expect(await violations()).toEqual([]);
});

for (const { name, path, heading } of [
  { name: 'the About page', path: '/about', heading: /^About the map$/ },
  { name: 'a place’s page', path: '/places/lysychansk-refinery', heading: /Lysychansk oil refinery/ },
  { name: 'the list of all places', path: '/places', heading: /^All places$/ },
  { name: 'the Downloads page', path: '/downloads', heading: /^Downloads$/ },
]) {
  test(`${name} stays prerendered and runs its scripts, allowed by hash, with no CSP violation`, async ({ page, request }) => {
    const res = await request.get(path);
    expect(res.headers()['cache-control']).toMatch(/\bpublic\b.*s-maxage=/);
    expect(nonceOf(res.headers()['content-security-policy'])).toBeUndefined();
    expect(directive(res.headers()['content-security-policy'], 'script-src').some((s) => s.startsWith("'sha256-"))).toBe(true);
    const violations = await recordViolations(page);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect.poll(() => nextRan(page)).toBe(true);
    expect(await violations()).toEqual([]);
  });
}

test.describe('the 404 page', () => {
  test.use({ expectedProblems: /404.*\/no-such-page\)?$/ });

  test('runs its scripts with no CSP violation', async ({ page }) => {
    const violations = await recordViolations(page);
    const res = await page.goto('/no-such-page');
    expect(res?.status()).toBe(404);
    await expect.poll(() => nextRan(page)).toBe(true);
    expect(await violations()).toEqual([]);
  });
});

test('the embed page draws its map with no CSP violation', async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto('/embed?place=bakhmut&tiles=0');
  await expect(page.locator('path.place-lysychansk')).toHaveCount(1);
  await expect(page.locator('.leaflet-popup .place-popup h2')).toContainText('Bakhmut');
  expect(await violations()).toEqual([]);
});

test.describe('an inline script the server did not write', () => {
  // Chromium also reports the refusal on the console.
  test.use({ expectedProblems: /^console: Executing inline script violates the following Content Security Policy directive/ });

  /** Serves `path` as the server answers it (its headers too), with an unnamed inline script added. */
  async function inject(page: Page, path: string): Promise<void> {
    await page.route(
      (url) => url.pathname === path,
      async (route) => {
        const res = await route.fetch();
        const body = (await res.text()).replace('</body>', '<script>window.injected = true</script></body>');
        await route.fulfill({ response: res, body });
      },
    );
  }

  for (const [path, ready] of [
    ['/', waitForMap],
    ['/about', (page: Page) => expect.poll(() => nextRan(page)).toBe(true)],
    ['/places/lysychansk', (page: Page) => expect.poll(() => nextRan(page)).toBe(true)],
  ] as const) {
    test(`is refused on ${path}, and the page's own scripts still run`, async ({ page }) => {
      const violations = await recordViolations(page);
      await inject(page, path);
      await page.goto(path);
      await ready(page);
      await expect.poll(violations).toEqual([expect.stringMatching(/^script-src-elem inline/)]);
      expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    });
  }
});
