/**
 * Quote in context (issue 14): each quote links to its source opened at the quoted words, with a URL
 * text fragment. Chromium itself finds the words: the source's address is answered here with its
 * text (geo/sources/*.txt, verbatim) as a page, below a screen of blank space, so that the
 * browser scrolls only when it has found the quote. No request leaves the machine.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { escapeHtml } from '@/lib/html';
import { expect, test } from './fixtures';

const GEO = path.join(__dirname, '..', '..', 'geo');
const readGeo = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(GEO, file), 'utf8')) as T;
const { reports } = readGeo<{ reports: { id: string; source: string; places: string[]; quote: string }[] }>('reports.json');
const { sources } = readGeo<{ sources: { id: string; text_file: string }[] }>('sources.json');

/** The source's text as an article page: one paragraph per line, after 3,000 px of nothing. */
function articleOf(sourceId: string): string {
  const text = fs.readFileSync(path.join(GEO, sources.find((s) => s.id === sourceId)!.text_file), 'utf8');
  const paragraphs = text.split('\n').map((line) => `<p>${escapeHtml(line)}</p>`);
  return `<!doctype html><meta charset="utf-8"><title>article</title><div style="height:3000px"></div>${paragraphs.join('')}<div style="height:3000px"></div>`;
}

/** Each report's quote link, as its first place's page gives it (one visit per place). */
async function quoteLinks(page: Page): Promise<Map<string, string>> {
  const links = new Map<string, string>();
  for (const place of new Set(reports.map((r) => r.places[0]!))) {
    await page.goto(`/places/${place}`);
    for (const report of reports.filter((r) => r.places[0] === place))
      links.set(report.id, (await page.locator(`figure[data-report-id="${report.id}"] a.quote-in-source`).getAttribute('href'))!);
  }
  return links;
}

test('every quote’s link opens its source scrolled to the quoted words', async ({ page }) => {
  test.setTimeout(120_000);
  // The set covers what the encoding must get right.
  for (const mark of [',', '–', '“', '’', '-'])
    expect(
      reports.some((r) => r.quote.includes(mark)),
      mark,
    ).toBe(true);
  const links = await quoteLinks(page);
  for (const report of reports) {
    const link = links.get(report.id)!;
    const url = new URL(link);
    expect(url.hash, report.id).toMatch(/^#:~:text=[^&]+$/);
    await page.route(`${url.origin}/**`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: articleOf(report.source) }));
    // A new document each time: a text fragment is followed on a page's load, not on a move within it.
    await page.goto('about:blank');
    await page.goto(link);
    const firstWords = report.quote.split(/\s+/).slice(0, 4).join(' ');
    const paragraph = page.locator('p', { hasText: firstWords }).first();
    await expect(paragraph, report.id).toBeInViewport();
    await page.unroute(`${url.origin}/**`);
  }
});
