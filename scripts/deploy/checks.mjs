// The checks of `npm run test:deploy`, in order, each { name, run(ctx) }: run throws on failure.
// ctx: { nginx, apps } (ports), dir (nginx's folder), stopApp(i), note(text) for what the app does
// wrong that nginx has to make up for (printed, not failed: the app is fixed on its own).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decoded, get, summary } from './http.mjs';
import { errorLogTail } from './nginx.mjs';

/** The app's headers nginx must pass on unchanged (README "Security headers" and "Running behind a CDN"). */
const PASSED_ON = [
  'content-type',
  'cache-control',
  'etag',
  'access-control-allow-origin',
  'content-security-policy',
  'x-frame-options',
  'x-content-type-options',
  'referrer-policy',
  'permissions-policy',
  'cross-origin-opener-policy',
];

const status = (res) => res.headers['x-cache-status'];
const text = (res) => decoded(res).toString('utf8');

/** Twice through nginx: the second is a HIT with the app's bytes and headers (both unencoded). */
async function cachedAsTheAppAnswers(ctx, target) {
  await get(ctx.nginx, target);
  const hit = await get(ctx.nginx, target);
  const app = await get(ctx.apps[0], target);
  assert.equal(app.status, 200, `the app answers ${summary(app)}`);
  assert.equal(hit.status, 200, `nginx answers ${summary(hit)}`);
  assert.equal(status(hit), 'HIT', `second request: ${summary(hit)}`);
  assert.equal(hit.headers['content-encoding'], undefined, 'an unencoded request got an encoded body');
  assert.ok(hit.body.equals(app.body), `the body differs from the app's (${hit.body.length} bytes, the app's ${app.body.length})`);
  for (const name of PASSED_ON) assert.equal(hit.headers[name], app.headers[name], `header ${name} differs from the app's`);
  assert.deepEqual(varyNames(hit), varyNames(app), 'Vary names other headers than the app\u2019s');
}

/** The header names in Vary, as a set: nginx's gzip_vary repeats the app's Accept-Encoding, which changes nothing. */
function varyNames(res) {
  return new Set((res.headers.vary ?? '').split(',').map((name) => name.trim().toLowerCase()));
}

/** The first hashed asset named `pattern` in the page at `target`. */
async function assetIn(ctx, target, pattern) {
  const page = text(await get(ctx.apps[0], target));
  const found = page.match(pattern);
  assert.ok(found, `no asset matching ${pattern} in ${target}`);
  return found[0];
}

/** gzip first, then unencoded, on a host of its own so both start uncached: neither may get the other's bytes. */
async function encodingsKeptApart(ctx, target) {
  const host = 'encodings.test';
  const gzip = { host, 'accept-encoding': 'gzip' };
  const app = await get(ctx.apps[0], target, { host });
  await get(ctx.nginx, target, gzip);
  const zipped = await get(ctx.nginx, target, gzip);
  const plain = await get(ctx.nginx, target, { host });
  const plainAgain = await get(ctx.nginx, target, { host });
  assert.equal(zipped.headers['content-encoding'], 'gzip', `gzip request: ${summary(zipped)}`);
  assert.equal(status(zipped), 'HIT', `second gzip request: ${summary(zipped)}`);
  assert.ok(decoded(zipped).equals(app.body), 'the gzip answer does not decode to the app\u2019s bytes');
  for (const res of [plain, plainAgain]) {
    assert.equal(res.headers['content-encoding'], undefined, `unencoded request got Content-Encoding ${res.headers['content-encoding']}`);
    assert.ok(res.body.equals(app.body), 'the unencoded answer differs from the app\u2019s bytes');
  }
  assert.equal(status(plainAgain), 'HIT', `second unencoded request: ${summary(plainAgain)}`);
}

/** /embed's links follow Host (no SITE_URL): each host gets, and keeps getting, its own. */
async function hostsKeptApart(ctx) {
  const target = '/embed?tiles=0';
  for (const round of [1, 2]) {
    for (const [host, other] of [
      ['a.example', 'b.example'],
      ['b.example', 'a.example'],
    ]) {
      const res = await get(ctx.nginx, target, { host });
      const page = text(res);
      assert.ok(page.includes(`href="http://${host}/?tiles=0"`), `Host ${host}, round ${round}: no canonical link to ${host} (${summary(res)})`);
      assert.ok(!page.includes(other), `Host ${host}, round ${round}: the page names ${other} (${summary(res)})`);
      if (round === 2) assert.equal(status(res), 'HIT', `Host ${host}, second request: ${summary(res)}`);
    }
  }
}

/** Requests from Next's router bypass the cache; a plain request for the same URL then gets the HTML page. */
async function routerRequestsStayOut(ctx, target) {
  const host = 'router.test';
  const tree = encodeURIComponent(JSON.stringify(['', { children: ['__PAGE__', {}] }, null, null, true]));
  const asks = [{ rsc: '1' }, { rsc: '1', 'next-router-prefetch': '1' }, { rsc: '1', 'next-router-state-tree': tree }];
  const seen = new Set([target]);
  for (const headers of asks) {
    const res = await get(ctx.nginx, target, { host, ...headers });
    assert.equal(status(res), 'BYPASS', `${target} with ${Object.keys(headers)}: ${summary(res)}`);
    if (res.headers.location) seen.add(res.headers.location);
    if (/\bpublic\b/.test(res.headers['cache-control'] ?? '') && !/\brsc\b/i.test(res.headers.vary ?? ''))
      ctx.note(`the app marks a router answer public without Vary: RSC (${target}, ${summary(res)})`);
  }
  for (const url of [...seen, `${target}${target.includes('?') ? '&' : '?'}_rsc=abc`]) {
    const rsc = await get(ctx.nginx, url, { host, rsc: '1' });
    assert.equal(status(rsc), 'BYPASS', `${url} with RSC: 1: ${summary(rsc)}`);
    for (const attempt of [1, 2]) {
      const plain = await get(ctx.nginx, url, { host });
      assert.equal(plain.status, 200, `plain ${url} (${attempt}) after a router request: ${summary(plain)}`);
      assert.match(plain.headers['content-type'] ?? '', /^text\/html/, `plain ${url} (${attempt}): ${summary(plain)}`);
      assert.match(text(plain), /^<!DOCTYPE html>/i, `plain ${url} (${attempt}) is not an HTML page`);
    }
  }
}

/**
 * A client that has the answer already gets 304 and no body from nginx: the app's prerendered API
 * routes send an ETag but never a 304 themselves (Next answers them in full).
 */
async function notModifiedFromTheCache(ctx, target) {
  const full = await get(ctx.nginx, target);
  const etag = full.headers.etag;
  assert.match(etag ?? '', /^"/, `no ETag on ${target}: ${summary(full)}`);
  const direct = await get(ctx.apps[0], target, { 'if-none-match': etag });
  if (direct.status !== 304) ctx.note(`the app answers If-None-Match on ${target} with ${direct.status}, not 304`);
  const again = await get(ctx.nginx, target, { 'if-none-match': etag });
  assert.equal(again.status, 304, `If-None-Match ${etag}: ${summary(again)}`);
  assert.equal(again.body.length, 0, 'a 304 with a body');
  assert.equal(again.headers.etag, etag, 'the 304 names another ETag');
}

/** Errors are answered by the app every time, whatever Cache-Control it gives them. */
async function errorsNotStored(ctx) {
  const target = '/api/places/nope';
  for (const attempt of [1, 2, 3]) {
    const res = await get(ctx.nginx, target);
    assert.equal(res.status, 404, `attempt ${attempt}: ${summary(res)}`);
    assert.notEqual(status(res), 'HIT', `attempt ${attempt}: a 404 served from the cache`);
    if (attempt === 1 && /\bpublic\b/.test(res.headers['cache-control'] ?? ''))
      ctx.note(`the app marks its 404 public (${res.headers['cache-control']})`);
  }
}

/** Concurrent requests for one uncached URL: one goes to an app, the others wait for it (proxy_cache_lock). */
async function herdCoalesced(ctx) {
  const target = `/api/layers?herd=${Date.now()}`;
  const answers = await Promise.all(Array.from({ length: 20 }, () => get(ctx.nginx, target)));
  for (const res of answers) assert.equal(res.status, 200, summary(res));
  const misses = answers.filter((res) => status(res) !== 'HIT').length;
  assert.equal(misses, 1, `${misses} of 20 concurrent requests went to the apps`);
}

/** The access log names both apps: nginx spreads requests over them. */
function bothAppsAnswered(ctx) {
  const log = readFileSync(path.join(ctx.dir, 'access.log'), 'utf8');
  for (const port of ctx.apps) assert.ok(log.includes(`127.0.0.1:${port} `), `no request reached the app on port ${port}`);
}

/** With one app stopped, uncached requests still succeed: the other answers them. */
async function survivesOneApp(ctx) {
  await ctx.stopApp(0);
  for (const i of [1, 2, 3, 4]) {
    const res = await get(ctx.nginx, `/api/layers?failover=${i}`);
    assert.equal(res.status, 200, `request ${i} with one app stopped: ${summary(res)}`);
  }
}

function errorLogClean(ctx) {
  const log = readFileSync(path.join(ctx.dir, 'error.log'), 'utf8');
  assert.ok(!/\[(crit|alert|emerg)\]/.test(log), `nginx logged serious errors:\n${errorLogTail(ctx.dir)}`);
}

export const CHECKS = [
  { name: 'gzip and unencoded answers kept apart: /api/places/lysychansk', run: (ctx) => encodingsKeptApart(ctx, '/api/places/lysychansk') },
  { name: 'gzip and unencoded answers kept apart: /embed?tiles=0', run: (ctx) => encodingsKeptApart(ctx, '/embed?tiles=0') },
  { name: 'cached with the app\u2019s bytes and headers: /api/layers', run: (ctx) => cachedAsTheAppAnswers(ctx, '/api/layers') },
  {
    name: 'cached with the app\u2019s bytes and headers: /api/places/lysychansk',
    run: (ctx) => cachedAsTheAppAnswers(ctx, '/api/places/lysychansk'),
  },
  {
    // Prerendered: the same bytes for every view (the browser reads the view from the URL).
    name: 'cached with the app\u2019s bytes and headers: / and /?place=bakhmut',
    run: async (ctx) => {
      await cachedAsTheAppAnswers(ctx, '/');
      await cachedAsTheAppAnswers(ctx, '/?place=bakhmut');
    },
  },
  { name: 'cached with the app\u2019s bytes and headers: /embed?tiles=0', run: (ctx) => cachedAsTheAppAnswers(ctx, '/embed?tiles=0') },
  {
    name: 'cached with the app\u2019s bytes and headers: a hashed /_embed/ asset',
    run: async (ctx) => cachedAsTheAppAnswers(ctx, await assetIn(ctx, '/embed?tiles=0', /\/_embed\/embed\.[A-Z0-9]+\.js/)),
  },
  {
    // The one map data file every page and embed shares (lib/data-files.ts), and a place's quotes.
    name: 'cached with the app\u2019s bytes and headers: the map\u2019s data file and a place\u2019s reporting file',
    run: async (ctx) => {
      await cachedAsTheAppAnswers(ctx, await assetIn(ctx, '/embed?tiles=0', /\/_data\/map\.[0-9a-f]+\.json/));
      await cachedAsTheAppAnswers(ctx, await assetIn(ctx, '/embed?tiles=0&place=bakhmut', /\/_data\/places\.[0-9a-f]+\/bakhmut\.json/));
    },
  },
  {
    name: 'cached with the app\u2019s bytes and headers: a /_next/static/ asset',
    run: async (ctx) => cachedAsTheAppAnswers(ctx, await assetIn(ctx, '/', /\/_next\/static\/[\w/.-]+\.js/)),
  },
  {
    name: 'If-None-Match answered 304 by nginx: /api/places/lysychansk',
    run: (ctx) => notModifiedFromTheCache(ctx, '/api/places/lysychansk'),
  },
  { name: 'Host variants kept apart: /embed?tiles=0 for a.example and b.example', run: hostsKeptApart },
  { name: 'router requests (RSC, prefetch, state tree, _rsc) never cached: /', run: (ctx) => routerRequestsStayOut(ctx, '/') },
  {
    name: 'router requests (RSC, prefetch, state tree, _rsc) never cached: /embed?tiles=0',
    run: (ctx) => routerRequestsStayOut(ctx, '/embed?tiles=0'),
  },
  { name: '404 (/api/places/nope) never served from the cache', run: errorsNotStored },
  { name: '20 concurrent requests for one uncached URL reach the apps once', run: herdCoalesced },
  { name: 'both app processes answered requests', run: bothAppsAnswered },
  { name: 'with one app stopped, the other answers', run: survivesOneApp },
  { name: 'nginx\u2019s error log has no critical errors', run: errorLogClean },
];
