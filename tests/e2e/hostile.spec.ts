/**
 * Hostile input (issue 7): a corpus of requests against every route and parameter, sent with
 * Playwright's `request` fixture to the built app. The corpus is data (tests/fixtures/hostile/*.json);
 * this file crosses payloads with parameters, routes, methods and headers, sends every request, and
 * checks each answer against the rules below. Each test batches a group of requests and, when
 * something breaks, lists every failing case by name in one failure message.
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
 * | `ok` | 200, any type (embed.js, the preview image) |
 * | `api-200` | 200 JSON or GeoJSON |
 * | `api-400`, `api-404`, `api-405`, `api-501` | that status, with the JSON error body |
 * | `api-4xx` | any 4xx, with the JSON error body |
 * | `api` | `api-200` or `api-4xx` |
 * | `4xx` | any 4xx |
 * | `any` | the rules above only |
 *
 * Also: the security headers of every route, and that unknown ids are not written to disk.
 */
import { maxHeaderSize } from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { type APIRequestContext, type APIResponse, expect, test } from '@playwright/test';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'hostile');
const ROOT = path.resolve(__dirname, '..', '..');

function load<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, file), 'utf8')) as T;
}

// ---------------------------------------------------------------------------------------------
// The corpus files

type Expect = 'page' | 'ok' | 'api' | 'api-200' | 'api-400' | 'api-404' | 'api-405' | 'api-501' | 'api-4xx' | '4xx' | 'any';

/** A literal `value`, or `repeat` × `times`. */
interface Value {
  name: string;
  value?: string;
  repeat?: string;
  times?: number;
}

interface Payloads {
  markup: { name: string; template: string }[];
  values: Value[];
}

interface RouteEntry {
  path: string;
  query?: Record<string, string>;
  get: Expect;
  kind: 'page' | 'api' | 'asset';
}

interface HeaderRoute {
  path: string;
  method?: string;
  frameable?: boolean;
  skipIf404?: boolean;
}

interface Routes {
  routes: RouteEntry[];
  wrongMethods: string[];
  wrongMethodExpect: Record<RouteEntry['kind'], Expect>;
  queryParams: Record<string, string[]>;
  queryExpect: Record<string, Expect>;
  valuesPerParameter: string[];
  oembedBase: Record<string, string>;
  nestedOembed: Record<string, string[]>;
  securityHeaders: { routes: HeaderRoute[]; errorAnswers: HeaderRoute[] };
}

interface Ids {
  routes: { prefix: string; known: string }[];
  ids: (Omit<Value, 'value'> & { id?: string; expect: Expect })[];
}

interface HeaderSet {
  name: string;
  headers: Record<string, string>;
  expect?: Expect;
}

interface Headers {
  accept: HeaderSet[];
  hostRoutes: string[];
  host: HeaderSet[];
}

interface Cases {
  paramValues: { param: string; pages: string[]; expect: Expect; values: string[] }[];
  requests: {
    name: string;
    method?: string;
    path: string;
    query?: Record<string, string> | string;
    headers?: Record<string, string>;
    data?: string;
    expect: Expect;
    allow501?: boolean;
  }[];
}

const payloads = load<Payloads>('payloads.json');
const routes = load<Routes>('routes.json');
const ids = load<Ids>('ids.json');
const headerSets = load<Headers>('headers.json');
const cases = load<Cases>('cases.json');

// ---------------------------------------------------------------------------------------------
// Building requests

/** One request of the corpus. */
interface Req {
  name: string;
  method: string;
  /** Path and query, as sent (relative to the app's origin). */
  url: string;
  headers?: Record<string, string>;
  data?: string;
  expect: Expect;
  /** Unescaped forms of the payload that must not appear in the answer. */
  forbidden: Forbidden[];
  allow501?: boolean;
}

const caseValue = (v: { value?: string; id?: string; repeat?: string; times?: number }): string =>
  v.value ?? v.id ?? (v.repeat ?? '').repeat(v.times ?? 0);

/** A short, readable form of a URL or value for case names. */
function short(s: string, max = 110): string {
  const printable = JSON.stringify(s).slice(1, -1);
  return printable.length <= max ? printable : `${printable.slice(0, max)}…(${s.length} chars)`;
}

/** A form of a payload that must not appear in an answer, and how to say so. */
interface Forbidden {
  re: RegExp;
  text: string;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Decodes %XX sequences where they decode (and + as a space), leaving the rest as it is. */
function decodeLoosely(s: string): string {
  return s.replace(/\+/g, ' ').replace(/(?:%[0-9a-f]{2})+/gi, (seq) => {
    try {
      return decodeURIComponent(seq);
    } catch {
      return seq;
    }
  });
}

/**
 * The dangerous forms of a filled-in payload (decoded as the server would read it): for each
 * occurrence of the marker, the text from the nearest `<` before it (the tag that would run)
 * through the marker; without a `<`, a URL attribute carrying the marker (javascript:…).
 * The percent-encoded form is harmless, and Next's pages do carry the query in that form.
 */
function dangerousForms(raw: string, marker: string): Forbidden[] {
  const payload = decodeLoosely(raw);
  const forms = new Map<string, Forbidden>();
  const end = `${escapeRe(marker)}(?!\\d)`;
  for (let i = payload.indexOf(marker); i >= 0; i = payload.indexOf(marker, i + 1)) {
    const lt = payload.lastIndexOf('<', i);
    if (lt >= 0) {
      const text = payload.slice(lt, i + marker.length);
      forms.set(text, { re: new RegExp(escapeRe(text.slice(0, -marker.length)) + end, 'i'), text });
    } else {
      // No tag: a script URL (javascript:…) is dangerous where it starts a link or a source.
      const text = `a script URL in an attribute, with ${marker}`;
      const scheme = `\\b(?:href|src|action|formaction|data|poster)\\s*=\\s*["']?\\s*(?:java\\s*script|vbscript|data)\\s*:`;
      forms.set(text, { re: new RegExp(`${scheme}[^>]*?${end}`, 'i'), text });
    }
  }
  return [...forms.values()];
}

class Builder {
  private n = 0;
  readonly all: Req[] = [];

  constructor(private readonly origin: string) {}

  /** A fresh marker, and a function filling {m}, {origin}, {origin-encoded} and {pad:N} in strings. */
  private filler() {
    const marker = `xss-${++this.n}`;
    const forbidden = new Map<string, Forbidden>();
    const fill = (s: string): string => {
      const out = s
        .replaceAll('{origin-encoded}', encodeURIComponent(this.origin))
        .replaceAll('{origin}', this.origin)
        .replace(/\{pad:(\d+)\}/g, (_, n: string) => 'a'.repeat(Number(n)))
        .replaceAll('{m}', marker);
      for (const form of dangerousForms(out, marker)) forbidden.set(form.text, form);
      return out;
    };
    return { marker, forbidden, fill };
  }

  add(r: Omit<Req, 'forbidden' | 'method'> & { method?: string; forbidden?: Forbidden[] }): Req {
    const req: Req = { method: 'GET', forbidden: [], ...r };
    this.all.push(req);
    return req;
  }

  /** A request from parts that may hold placeholders; a `query` object is encoded, a string is sent as it is. */
  request(
    label: string,
    parts: {
      method?: string;
      path: string;
      query?: Record<string, string> | string;
      headers?: Record<string, string>;
      data?: string;
      expect: Expect;
      allow501?: boolean;
    },
  ): Req {
    const { forbidden, fill } = this.filler();
    const pathname = fill(parts.path);
    let qs = '';
    if (typeof parts.query === 'string') qs = fill(parts.query);
    else if (parts.query) qs = new URLSearchParams(Object.entries(parts.query).map(([k, v]) => [fill(k), fill(v)])).toString();
    const headers = parts.headers && Object.fromEntries(Object.entries(parts.headers).map(([k, v]) => [k, fill(v)]));
    const data = parts.data === undefined ? undefined : fill(parts.data);
    const url = qs ? `${pathname}?${qs}` : pathname;
    const method = parts.method ?? 'GET';
    return this.add({
      name: `${method} ${short(url)}  [${label}]`,
      method,
      url,
      headers,
      data,
      expect: parts.expect,
      allow501: parts.allow501,
      forbidden: [...forbidden.values()],
    });
  }
}

/** The values crossed with query parameters: markup templates (with {m}), and plain hostile values. */
const markupValues = payloads.markup.map((p) => ({ name: p.name, value: p.template }));
const plainValues = payloads.values.map((v) => ({ name: v.name, value: caseValue(v) }));

/** Restores the {m} placeholder in percent-encoded text. */
const keepMarker = (encoded: string) => encoded.replaceAll('%7Bm%7D', '{m}');

/** A header set's name and the headers it sends. */
const withNames = (set: HeaderSet) => `${set.name} (${Object.keys(set.headers).join(', ')})`;

/** Builds the whole corpus, grouped; numbering is deterministic so a marker names one case. */
function buildCorpus(origin: string) {
  const b = new Builder(origin);
  const group = (fn: () => void): Req[] => {
    const start = b.all.length;
    fn();
    return b.all.slice(start);
  };

  const idCases = group(() => {
    for (const route of ids.routes) {
      b.request(`known ${route.prefix} id`, { path: route.prefix + route.known, expect: 'api-200' });
      for (const id of ids.ids) b.request(`id: ${id.name}`, { path: route.prefix + caseValue(id), expect: id.expect });
      for (const p of payloads.markup)
        b.request(`id: markup ${p.name}`, { path: route.prefix + keepMarker(encodeURIComponent(p.template)), expect: 'api-400' });
    }
  });

  const queryCases = (kind: 'markup' | 'values') =>
    group(() => {
      const values = kind === 'markup' ? markupValues : plainValues;
      for (const [route, params] of Object.entries(routes.queryParams)) {
        const base = route === '/api/oembed' ? routes.oembedBase : {};
        const expectation = routes.queryExpect[route]!;
        const perParameter = kind === 'markup' || routes.valuesPerParameter.includes(route);
        for (const v of values) {
          for (const param of perParameter ? params : []) {
            b.request(`${param}: ${v.name}`, {
              path: route,
              query: { ...base, [param]: v.value },
              expect: expectation,
              allow501: param === 'format',
            });
          }
          // Every parameter at once.
          const all = Object.fromEntries(params.map((p) => [p, v.value]));
          b.request(`every parameter: ${v.name}`, {
            path: route,
            query: { ...base, ...all },
            expect: expectation,
            allow501: params.includes('format'),
          });
        }
      }
    });
  const markupCases = queryCases('markup');
  const valueCases = queryCases('values');

  const oembedCases = group(() => {
    // The payload inside the URL given to oEmbed: a map page whatever its parameters, so 200.
    for (const [page, params] of Object.entries(routes.nestedOembed)) {
      for (const p of payloads.markup) {
        for (const param of params) {
          b.request(`oEmbed url with ${param}: ${p.name}`, {
            path: '/api/oembed',
            query: { format: 'json', url: `{origin}${page}?${keepMarker(new URLSearchParams({ [param]: p.template }).toString())}` },
            expect: 'api-200',
          });
        }
      }
    }
    for (const r of cases.requests) {
      b.request(r.name, {
        method: r.method,
        path: r.path,
        query: r.query,
        headers: r.headers,
        data: r.data,
        expect: r.expect,
        allow501: r.allow501,
      });
    }
  });

  const paramValueCases = group(() => {
    for (const pv of cases.paramValues) {
      for (const page of pv.pages) {
        for (const value of pv.values)
          b.request(`${pv.param}=${short(value, 40)}`, { path: page, query: { [pv.param]: value }, expect: pv.expect });
      }
    }
  });

  const methodCases = group(() => {
    routes.wrongMethods.forEach((method, i) => {
      for (const route of routes.routes) {
        const body = payloads.markup[i % payloads.markup.length]!.template;
        b.request(`wrong method on ${route.kind}`, {
          method,
          path: route.path,
          query: route.query,
          headers: { 'Content-Type': 'text/html' },
          data: body,
          expect: routes.wrongMethodExpect[route.kind],
        });
      }
    });
  });

  const headerCases = group(() => {
    for (const set of headerSets.accept) {
      for (const route of routes.routes)
        b.request(withNames(set), { path: route.path, query: route.query, headers: set.headers, expect: set.expect ?? route.get });
    }
    for (const set of headerSets.host) {
      for (const route of headerSets.hostRoutes) b.request(withNames(set), { path: route, headers: set.headers, expect: 'any' });
    }
  });

  return { all: b.all, idCases, markupCases, valueCases, oembedCases, paramValueCases, methodCases, headerCases };
}

let corpus: ReturnType<typeof buildCorpus> | undefined;
const corpusFor = (origin: string) => (corpus ??= buildCorpus(origin));

// ---------------------------------------------------------------------------------------------
// Checking answers

/** The app's API routes (a 4xx from these must be a JSON error). */
const API_ROUTE = /^\/api\/(?:layers|sources)(?:\/[^/]+)?$|^\/api\/places\/[^/]+$|^\/api\/oembed$/;
/** Statuses the HTTP server itself may give for an oversized request. */
const SERVER_LIMITS = new Set([414, 431]);
const OVERSIZED = 8 * 1024;

const LEAKS: [RegExp, string][] = [
  [/^\s*at\s+(?:[^\n]*\()?(?:file:\/\/|node:|\/|[A-Za-z]:\\)[^\s()]*:\d+(?::\d+)?\)?\s*$/m, 'a stack frame'],
  [/Error:[\s\S]*node_modules[\\/]/, 'an error naming node_modules'],
  [/\/work\//, 'a server path (/work/)'],
];

function snippet(body: string): string {
  return short(body.replace(/\s+/g, ' ').trim(), 100) || '(empty)';
}

function jsonErrorProblem(status: number, type: string, body: string): string | undefined {
  if (!/^application\/json\b/i.test(type)) return `${status} without a JSON error (content-type "${type}", body ${snippet(body)})`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return `${status} body is not JSON: ${snippet(body)}`;
  }
  const error = (parsed as { error?: { status?: unknown; message?: unknown } } | null)?.error;
  if (!error || error.status !== status || typeof error.message !== 'string' || !error.message) {
    return `${status} body is not { error: { status: ${status}, message } }: ${snippet(body)}`;
  }
  return undefined;
}

function classProblem(c: Req, status: number, type: string, body: string): string | undefined {
  if (SERVER_LIMITS.has(status) && c.url.length > OVERSIZED) return undefined;
  const is4xx = status >= 400 && status < 500;
  const api200 = () => {
    if (status !== 200 || !/^application\/(?:geo\+)?json\b/i.test(type)) return `expected 200 JSON, got ${status} "${type}": ${snippet(body)}`;
    try {
      JSON.parse(body);
      return undefined;
    } catch {
      return `200 JSON that does not parse: ${snippet(body)}`;
    }
  };
  switch (c.expect) {
    case 'page':
      return status === 200 && /^text\/html\b/i.test(type) ? undefined : `expected 200 HTML, got ${status} "${type}": ${snippet(body)}`;
    case 'ok':
      return status === 200 ? undefined : `expected 200, got ${status}: ${snippet(body)}`;
    case 'api-200':
      return api200();
    case 'api':
      if (status === 200) return api200();
      if (is4xx || (c.allow501 && status === 501)) return jsonErrorProblem(status, type, body);
      return `expected 200 or a 4xx JSON error, got ${status}: ${snippet(body)}`;
    case 'api-4xx':
      return is4xx ? jsonErrorProblem(status, type, body) : `expected a 4xx JSON error, got ${status}: ${snippet(body)}`;
    case '4xx':
      return is4xx ? undefined : `expected a 4xx, got ${status}: ${snippet(body)}`;
    case 'any':
      return undefined;
    default: {
      const want = Number(c.expect.slice(4));
      return status === want
        ? jsonErrorProblem(status, type, body)
        : `expected ${want} with a JSON error, got ${status} "${type}": ${snippet(body)}`;
    }
  }
}

/** Sends one request; returns what is wrong with the answer (nothing when it is fine). */
async function problemsOf(request: APIRequestContext, c: Req): Promise<string[]> {
  let res: APIResponse;
  try {
    res = await request.fetch(c.url, { method: c.method, headers: c.headers, data: c.data, failOnStatusCode: false, timeout: 20_000 });
  } catch (e) {
    // Over the HTTP server's header limit, Node answers 431 and closes the connection; a client
    // still writing a request this large (600 KB) may see the reset before it reads the 431, a
    // race that CI runs have both won and lost. Refused either way: nothing reached the app.
    if (c.url.length > maxHeaderSize && /ECONNRESET|EPIPE/.test(String(e))) return [];
    return [`no answer: ${String(e).split('\n')[0]}`];
  }
  const status = res.status();
  const headers = res.headers();
  const type = headers['content-type'] ?? '';
  const body = (await res.body()).toString('utf8');
  const headerText = Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
  const problems: string[] = [];

  if (status >= 500 && !(c.allow501 && status === 501)) {
    problems.push(`server error ${status}: ${snippet(body)}`);
  } else {
    // A 4xx from an API route is a JSON error (whatever the case expected); then the case's class.
    const pathname = new URL(res.url()).pathname;
    const apiError =
      API_ROUTE.test(pathname) && status >= 400 && !(SERVER_LIMITS.has(status) && c.url.length > OVERSIZED)
        ? jsonErrorProblem(status, type, body)
        : undefined;
    if (apiError) problems.push(`API route: ${apiError}`);
    const cls = classProblem(c, status, type, body);
    if (cls && cls !== apiError) problems.push(cls);
  }

  for (const form of c.forbidden) {
    if (form.re.test(body)) problems.push(`reflects markup in the body: ${short(form.text, 80)}`);
    if (form.re.test(headerText)) problems.push(`reflects markup in a header: ${short(form.text, 80)}`);
  }
  if (/hostile=1/.test(headers['set-cookie'] ?? '')) problems.push('header injection: Set-Cookie from the request');
  for (const [re, what] of LEAKS) if (re.test(body) || re.test(headerText)) problems.push(`leaks ${what}`);
  if (body.includes(ROOT) || headerText.includes(ROOT)) problems.push('leaks the project path');
  return problems;
}

/** Sends a group with some concurrency; returns one line per failing case. */
async function run(request: APIRequestContext, group: Req[], concurrency = 12): Promise<string[]> {
  const failures: string[] = [];
  let next = 0;
  const worker = async () => {
    for (let c = group[next++]; c; c = group[next++]) {
      const problems = await problemsOf(request, c);
      if (problems.length) failures.push(`${c.name}\n      → ${problems.join('\n      → ')}`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, group.length) }, worker));
  return failures.sort();
}

function report(what: string, total: number, failures: string[]): string {
  return `${failures.length} of ${total} ${what} broke a rule:\n  ${failures.join('\n  ')}\n`;
}

// ---------------------------------------------------------------------------------------------
// The tests

test.describe('hostile input', () => {
  test.describe.configure({ mode: 'parallel' });
  test.setTimeout(60_000);

  const groups: [title: string, pick: (c: ReturnType<typeof buildCorpus>) => Req[]][] = [
    ['unknown, malformed and path-trick ids on /api/layers, /api/places and /api/sources', (c) => c.idCases],
    ['markup in every query parameter of /, /embed and /api/oembed', (c) => c.markupCases],
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
    const { all } = corpusFor(new URL(baseURL!).origin);
    expect(all.length).toBeGreaterThanOrEqual(200);
    expect(new Set(all.map((c) => c.name)).size, 'case names are unique enough to find a case').toBeGreaterThan(all.length * 0.9);
    // Every request that carries a marker is checked for its unescaped form.
    const marked = all.filter((c) => /xss-\d/.test(decodeLoosely(`${c.url} ${JSON.stringify(c.headers ?? {})} ${c.data ?? ''}`)));
    expect(marked.filter((c) => c.forbidden.length === 0).map((c) => c.name)).toEqual([]);
    expect(marked.length).toBeGreaterThanOrEqual(200);
  });

  for (const [title, pick] of groups) {
    test(title, async ({ request, baseURL }) => {
      const group = pick(corpusFor(new URL(baseURL!).origin));
      const failures = await run(request, group);
      expect(failures, report(`requests (${title})`, group.length, failures)).toEqual([]);
    });
  }
});

test.describe('security headers', () => {
  const origin = (baseURL: string | undefined) => new URL(baseURL!).origin;

  /** What is wrong with a response's security headers. */
  function headerProblems(h: Record<string, string>, frameable: boolean): string[] {
    const problems: string[] = [];
    const csp = h['content-security-policy'];
    if (!csp) problems.push('no Content-Security-Policy');
    else {
      const ancestors = /(?:^|;)\s*frame-ancestors\s+([^;]*)/i.exec(csp)?.[1]?.trim();
      if (ancestors === undefined) problems.push('Content-Security-Policy without frame-ancestors');
      else if (frameable ? !(process.env.FRAME_ANCESTORS ? ancestors !== "'self'" : ancestors === '*') : ancestors !== "'self'") {
        problems.push(`frame-ancestors ${ancestors} (expected ${frameable ? '*' : "'self'"})`);
      }
    }
    if (h['x-content-type-options'] !== 'nosniff') problems.push(`X-Content-Type-Options: ${h['x-content-type-options'] ?? '(missing)'}`);
    if (!h['referrer-policy']) problems.push('no Referrer-Policy');
    const xfo = h['x-frame-options'];
    if (frameable && xfo !== undefined) problems.push(`X-Frame-Options: ${xfo} on a frameable page`);
    if (!frameable && xfo?.toUpperCase() !== 'SAMEORIGIN') problems.push(`X-Frame-Options: ${xfo ?? '(missing)'}`);
    return problems;
  }

  async function check(request: APIRequestContext, list: HeaderRoute[], base: string): Promise<{ failures: string[]; checked: number }> {
    const failures: string[] = [];
    let checked = 0;
    for (const r of list) {
      const url = r.path.replaceAll('{origin}', encodeURIComponent(base));
      const method = r.method ?? 'GET';
      const res = await request.fetch(url, { method, failOnStatusCode: false, maxRedirects: 0 });
      if (r.skipIf404 && res.status() === 404) continue;
      checked++;
      const problems = headerProblems(res.headers(), r.frameable === true);
      // oEmbed's 501 for format=xml is documented; any other 5xx is a fault of its own.
      if (res.status() >= 500 && !(res.status() === 501 && url.startsWith('/api/oembed'))) problems.push(`answered ${res.status()}`);
      if (problems.length) failures.push(`${method} ${url} (${res.status()}): ${problems.join('; ')}`);
    }
    return { failures, checked };
  }

  test('every route sends CSP with frame-ancestors, nosniff, Referrer-Policy and X-Frame-Options (not on /embed)', async ({
    request,
    baseURL,
  }) => {
    // The embed page's own bundles are routes too.
    const embed = await (await request.get('/embed')).text();
    const assets = [...embed.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="(\/_embed\/[^"]+)"/g)].map((m) => ({ path: m[1]! }));
    expect(assets.length, 'the embed page names its script and style bundles').toBeGreaterThan(0);
    const list = [...routes.securityHeaders.routes, ...assets];
    const { failures, checked } = await check(request, list, origin(baseURL));
    expect(checked).toBeGreaterThanOrEqual(list.length - 1);
    expect(failures, report('routes', checked, failures)).toEqual([]);
  });

  test('answers to wrong methods carry the same headers', async ({ request, baseURL }) => {
    const { failures, checked } = await check(request, routes.securityHeaders.errorAnswers, origin(baseURL));
    expect(failures, report('answers', checked, failures)).toEqual([]);
  });
});

test('answers to unknown or malformed ids are not written to the server’s disk', async ({ request }) => {
  // Every distinct id must not cost a file: otherwise anyone can fill the disk with requests.
  const nextDir = path.join(ROOT, '.next');
  expect(fs.existsSync(nextDir), 'the app is served from this tree’s .next').toBe(true);
  const probe = `hostile-disk-probe-${Date.now().toString(36)}`;
  for (const route of ids.routes) {
    for (const id of [probe, `${probe}-BAD`]) {
      const res = await request.get(route.prefix + id);
      expect(res.status()).toBeLessThan(500);
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const written: string[] = [];
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // removed meanwhile (a rebuild)
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.name.includes(probe)) written.push(path.relative(ROOT, full));
      if (entry.isDirectory()) walk(full);
    }
  };
  walk(nextDir);
  expect(written, `files written for the probe ids (${probe}):\n  ${written.join('\n  ')}`).toEqual([]);
});
