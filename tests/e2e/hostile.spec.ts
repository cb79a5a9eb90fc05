/**
 * Hostile input (issues 7, 17): a corpus of requests against every route and parameter, sent with
 * Playwright's `request` fixture to the built app. The corpus is data (tests/fixtures/hostile/*.json);
 * hostile/corpus.ts crosses payloads with parameters, routes, methods and headers, this file sends
 * every request, and hostile/judge.ts checks each answer against the rules below. Each test batches
 * a group of requests and, when something breaks, lists every failing case by name in one failure
 * message.
 *
 * Rules for every answer:
 * - status < 500 (the one exception: oEmbed's documented 501 for a format other than json);
 * - a 4xx from an API route has a JSON body `{ error: { status, message } }` (a 431/414 from the
 *   HTTP server for a URL over its limit is accepted as it is);
 * - no reflected markup: each payload carries a unique marker (xss-<n>) inside a tag, and the
 *   unescaped tag with that marker must not appear in the body or the headers;
 * - no stack trace, node_modules path or server path.
 * Plus the case's expectation class:
 * | class | answer |
 * |---|---|
 * | `page` | 200 HTML (pages fall back to defaults) |
 * | `ok` | 200, any type (embed.js, the preview image, the corrections feed) |
 * | `api-200` | 200 JSON or GeoJSON |
 * | `api-400`, `api-404`, `api-405`, `api-501` | that status, with the JSON error body |
 * | `api-4xx` | any 4xx, with the JSON error body |
 * | `api` | `api-200` or `api-4xx` |
 * | `4xx` | any 4xx |
 * | `any` | the rules above only |
 *
 * Also: the security headers of every route, and that unknown ids are not written to disk. That the
 * corpus covers every route and parameter: hostile-coverage.spec.ts; the browser's doors (embed.js's
 * attributes, postMessage): hostile-embed.spec.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { type Corpus, corpusFor } from './hostile/corpus';
import { ids, ROOT, routes } from './hostile/corpus-data';
import { report, run } from './hostile/judge';
import { decodeLoosely } from './hostile/markup-forms';
import type { Req } from './hostile/request-builder';
import { checkSecurityHeaders } from './hostile/security-headers';

const originOf = (baseURL: string | undefined) => new URL(baseURL!).origin;

test.describe('hostile input', () => {
  test.describe.configure({ mode: 'parallel' });
  test.setTimeout(60_000);

  const groups: [title: string, pick: (c: Corpus) => Req[]][] = [
    ['unknown, malformed and path-trick ids on /api/layers, /api/places, /api/sources and the place pages', (c) => c.idCases],
    ['markup in every query parameter of /, /uk, /embed, /image and /api/oembed', (c) => c.markupCases],
    ['Unicode, control characters, traversal and very long values in every query parameter', (c) => c.valueCases],
    [
      'oEmbed: markup inside the page URL, other sites, data:/javascript:/file: URLs, dimensions, formats; raw queries and paths',
      (c) => c.oembedCases,
    ],
    ['malformed dates, zooms and coordinates out of range, odd layers, places, flags and themes', (c) => c.paramValueCases],
    ['wrong methods on every route', (c) => c.methodCases],
    ['odd Accept and other headers on every route; spoofed Host and forwarding headers', (c) => c.headerCases],
  ];

  test('the corpus has at least 200 cases', ({ baseURL }) => {
    const { all } = corpusFor(originOf(baseURL));
    expect(all.length).toBeGreaterThanOrEqual(200);
    expect(new Set(all.map((c) => c.name)).size, 'case names are unique enough to find a case').toBeGreaterThan(all.length * 0.9);
    // Every request that carries a marker is checked for its unescaped form.
    const marked = all.filter((c) => /xss-\d/.test(decodeLoosely(`${c.url} ${JSON.stringify(c.headers ?? {})} ${c.data ?? ''}`)));
    expect(marked.filter((c) => c.forbidden.length === 0).map((c) => c.name)).toEqual([]);
    expect(marked.length).toBeGreaterThanOrEqual(200);
  });

  for (const [title, pick] of groups) {
    test(title, async ({ request, baseURL }) => {
      const group = pick(corpusFor(originOf(baseURL)));
      const failures = await run(request, group);
      expect(failures, report(`requests (${title})`, group.length, failures)).toEqual([]);
    });
  }
});

test.describe('security headers', () => {
  test('every route sends CSP with frame-ancestors, nosniff, Referrer-Policy and X-Frame-Options (not on /embed)', async ({
    request,
    baseURL,
  }) => {
    // The embed page's own bundles are routes too.
    const embed = await (await request.get('/embed')).text();
    const assets = [...embed.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="(\/_embed\/[^"]+)"/g)].map((m) => ({ path: m[1]! }));
    expect(assets.length, 'the embed page names its script and style bundles').toBeGreaterThan(0);
    const list = [...routes.securityHeaders.routes, ...assets];
    const { failures, checked } = await checkSecurityHeaders(request, list, originOf(baseURL));
    expect(checked).toBeGreaterThanOrEqual(list.length - 1);
    expect(failures, report('routes', checked, failures)).toEqual([]);
  });

  test('answers to wrong methods carry the same headers', async ({ request, baseURL }) => {
    const { failures, checked } = await checkSecurityHeaders(request, routes.securityHeaders.errorAnswers, originOf(baseURL));
    expect(failures, report('answers', checked, failures)).toEqual([]);
  });
});

/** Paths (relative to the project) under `dir` whose name contains `probe`. */
function pathsNaming(dir: string, probe: string): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(current, { withFileTypes: true });
    } catch {
      return; // removed meanwhile (a rebuild)
    }
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      if (entry.name.includes(probe)) found.push(path.relative(ROOT, full));
      if (entry.isDirectory()) walk(full);
    }
  };
  walk(dir);
  return found;
}

test('answers to unknown or malformed ids are not written to the server’s disk', async ({ request }) => {
  // Every distinct id must not cost a file: otherwise anyone can fill the disk with requests.
  const nextDir = path.join(ROOT, '.next');
  expect(fs.existsSync(nextDir), 'the app is served from this tree’s .next').toBe(true);
  // Why nothing can be written: every route with an id in its path is prerendered for the known ids
  // only (dynamicParams = false), so Next answers any other id with its 404 and never renders it.
  // Read from the build's own record, not assumed; a route that rendered unknown ids would write
  // them to .next in the background, which no wait of any length could prove absent.
  const manifest = JSON.parse(fs.readFileSync(path.join(nextDir, 'prerender-manifest.json'), 'utf8')) as {
    dynamicRoutes: Record<string, { fallback: unknown }>;
  };
  // Every page is under app/[locale]/ (issue 15): each language is a param, prerendered for ours only.
  const pages = [
    '/[locale]',
    '/[locale]/about',
    '/[locale]/downloads',
    '/[locale]/places',
    '/[locale]/places/[id]',
    '/[locale]/stories/[story]/[step]',
  ];
  const routesWithIds = [...ids.routes.map((r) => `${r.prefix}[id]`), ...pages];
  expect(Object.keys(manifest.dynamicRoutes).sort()).toEqual(routesWithIds.sort());
  for (const route of routesWithIds) expect(manifest.dynamicRoutes[route]?.fallback, route).toBe(false);
  // And the answers themselves: no 5xx, and nothing named after the probe once they have arrived.
  const probe = `hostile-disk-probe-${Date.now().toString(36)}`;
  for (const prefix of [...ids.routes.map((r) => r.prefix), '/places/', '/uk/places/', '/']) {
    for (const id of [probe, `${probe}-BAD`]) {
      const res = await request.get(prefix + id);
      expect(res.status(), prefix + id).toBe(id.endsWith('-BAD') && prefix.startsWith('/api/') ? 400 : 404);
    }
  }
  // A story step's own path is sent to the map's address (lib/story-pages.ts): a redirect, never a
  // render; and the map's address serves only the steps the build made a page for.
  for (const url of [`/stories/${probe}/1`, `/uk/stories/twin-cities-2022/${probe}`]) {
    expect((await request.get(url, { maxRedirects: 0 })).status(), url).toBe(308);
  }
  for (const url of [`/?story=${probe}`, `/uk?story=twin-cities-2022&step=${probe}`]) expect((await request.get(url)).status(), url).toBe(200);
  const written = pathsNaming(nextDir, probe);
  expect(written, `files written for the probe ids (${probe}):\n  ${written.join('\n  ')}`).toEqual([]);
});
