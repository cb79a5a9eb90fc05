/**
 * The corrections log (issue 14): geo/corrections.json on the About page, on each affected place's
 * page, and as an Atom feed that a third-party parser reads.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { expect, test } from './fixtures';

interface Correction {
  id: string;
  date: string;
  title: string;
  what: string;
  why: string;
  places: string[];
}
const { corrections } = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'geo', 'corrections.json'), 'utf8')) as {
  corrections: Correction[];
};

test('the About page lists every correction, dated, with what changed and why, and links its feed', async ({ page }) => {
  await page.goto('/about');
  const section = page.getByRole('region', { name: 'Corrections' });
  await expect(section.locator('li.correction')).toHaveCount(corrections.length);
  for (const c of corrections) {
    const item = section.locator(`li#correction-${c.id}`);
    await expect(item.getByRole('heading', { level: 3 })).toHaveText(c.title);
    await expect(item.locator('time')).toHaveAttribute('datetime', c.date);
    await expect(item).toContainText(`What changed: ${c.what}`);
    await expect(item).toContainText(`Why: ${c.why}`);
    for (const place of c.places) await expect(item.locator(`a[href="/places/${place}"]`)).toHaveCount(1);
  }
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', '/corrections.xml');
});

test('a place’s page lists the corrections that touch it, each linking to the log', async ({ page }) => {
  const refinery = corrections.filter((c) => c.places.includes('lysychansk-refinery'));
  expect(refinery.length).toBeGreaterThan(0);
  await page.goto('/places/lysychansk-refinery');
  const section = page.getByRole('region', { name: /^Corrections/ });
  for (const c of refinery) {
    const item = section.locator('li.correction', { has: page.getByRole('heading', { name: c.title, exact: true }) });
    await expect(item).toContainText(c.why);
    await expect(item.getByRole('link', { name: 'This correction in the log' })).toHaveAttribute('href', `/about#correction-${c.id}`);
  }
  // Kramatorsk is named by no correction, but its one report is (the re-reading of every report's
  // assertions), and so is that report's source, the BBC re-post (its excluded passages).
  expect(corrections.filter((c) => c.places.includes('kramatorsk'))).toEqual([]);
  await page.goto('/places/kramatorsk');
  await expect(page.getByRole('region', { name: /^Corrections/ }).getByRole('heading', { level: 3 })).toHaveText(
    ['control-apart-from-activity', 'excluded-passages'].map((id) => corrections.find((c) => c.id === id)!.title),
  );
});

test('the feed is Atom that a feed parser reads, one entry per correction, linking into the About page', async ({ request, baseURL }) => {
  const res = await request.get('/corrections.xml');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  expect(res.headers()['cache-control']).toMatch(/\bpublic\b/);
  // The test server has no SITE_URL: the links name the request's host, so a shared cache must keep one copy per host.
  expect(res.headers().vary).toMatch(/\bHost\b/);
  const feed = parseFeed(await res.text());
  expect(feed.meta.type).toBe('atom');
  expect(feed.self).toBe(`${baseURL}/corrections.xml`);
  expect(feed.items.map((i) => i.title).sort()).toEqual(corrections.map((c) => c.title).sort());
  for (const item of feed.items) {
    const link = new URL(item.url!);
    expect(link.pathname).toBe('/about');
    expect((await request.get(link.pathname)).status()).toBe(200);
  }
});
