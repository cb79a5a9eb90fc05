/**
 * Cache headers a CDN or any shared cache can trust (README "Running behind a CDN"): answers for
 * Next's router (its headers or the `_rsc` parameter) are never public, errors are never stored,
 * plain pages and API answers keep their public caching. The prerendered pages (`/`, `/about`) are
 * the same bytes for every request; `/embed`, rendered per request, follows the request's Host in
 * its links without SITE_URL. The test server runs without SITE_URL; a second server is started
 * here with it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { type APIRequestContext, type APIResponse, expect, test } from '@playwright/test';

/** Cache-Control as a set of lower-case directives (values kept: `s-maxage=300`). */
const directives = (res: APIResponse | { headers: () => Record<string, string> }) =>
  new Set(
    (res.headers()['cache-control'] ?? '')
      .split(',')
      .map((d) => d.trim().toLowerCase())
      .filter(Boolean),
  );

const isPublic = (cc: Set<string>) => cc.has('public') || [...cc].some((d) => d.startsWith('s-maxage'));

/** The routes a reader can reach, one of each kind. */
const ROUTES = [
  '/',
  '/about',
  '/places',
  '/downloads',
  '/places/lysychansk',
  '/embed',
  '/api/layers',
  '/api/layers/cities',
  '/api/places/bakhmut',
  '/api/sources',
  '/api/oembed?format=json&url=http%3A%2F%2F127.0.0.1%2F',
  '/api/nope',
  '/nope',
];

/** A router-state tree Next accepts (its schema: segment, child routes). */
const TREE = encodeURIComponent(JSON.stringify(['', { children: ['__PAGE__', {}] }]));

/** What Next's client router sends, header by header. */
const ROUTER_VARIANTS: Record<string, Record<string, string>> = {
  navigation: { RSC: '1', 'Next-Router-State-Tree': TREE },
  prefetch: { RSC: '1', 'Next-Router-Prefetch': '1' },
  'segment prefetch': { RSC: '1', 'Next-Router-Prefetch': '1', 'Next-Router-Segment-Prefetch': '/_tree' },
  'Next-Url': { RSC: '1', 'Next-Url': '/about' },
  'Next-Url alone': { 'Next-Url': '/about' },
};

const withQuery = (path: string, param: string) => `${path}${path.includes('?') ? '&' : '?'}${param}`;

/** Asks without following redirects: Next answers RSC requests with a 307 to its `?_rsc=` URL first. */
const ask = (request: APIRequestContext, path: string, headers: Record<string, string> = {}) => request.get(path, { headers, maxRedirects: 0 });

test.describe('answers for Next’s router are never public', () => {
  for (const [variant, headers] of Object.entries(ROUTER_VARIANTS)) {
    test(`with the ${variant} headers, on every route, before and after Next’s redirect`, async ({ request }) => {
      for (const path of ROUTES) {
        const first = await ask(request, path, headers);
        expect(isPublic(directives(first)), `${variant} ${path} (${first.status()})`).toBe(false);
        expect(directives(first), `${variant} ${path}`).toContain('no-store');
        const location = first.headers().location;
        if (first.status() !== 307 || !location) continue;
        // The `?_rsc=` URL with the same headers: the RSC data (or the route's answer) itself.
        expect(new URL(location, 'http://x').searchParams.has('_rsc')).toBe(true);
        const data = await ask(request, location, headers);
        expect(data.status(), `${variant} ${location}`).not.toBe(307);
        expect(isPublic(directives(data)), `${variant} ${location}`).toBe(false);
        expect(directives(data)).toContain('no-store');
      }
    });
  }

  test('an _rsc parameter alone makes the answer private too', async ({ request }) => {
    for (const path of ROUTES) {
      const res = await ask(request, withQuery(path, '_rsc=abc'));
      expect(isPublic(directives(res)), path).toBe(false);
      expect(directives(res), path).toContain('no-store');
    }
  });

  test('the RSC data of / really is RSC data, so the test asks the right thing', async ({ request }) => {
    const first = await ask(request, '/', ROUTER_VARIANTS.prefetch);
    expect(first.status()).toBe(307);
    const data = await ask(request, first.headers().location!, ROUTER_VARIANTS.prefetch);
    expect(data.headers()['content-type']).toContain('text/x-component');
  });
});

test('errors are never stored, whoever answers them', async ({ request }) => {
  const errors: [string, number, Record<string, string>?, string?][] = [
    ['/nope', 404],
    ['/places/nope', 404],
    ['/api/nope', 404],
    ['/api/layers/no-such-layer', 404],
    ['/api/places/no-such-place', 404],
    ['/api/sources/no-such-source', 404],
    ['/api/layers/Bad!Id', 400],
    ['/api/oembed', 400],
    ['/api/oembed?format=xml&url=http%3A%2F%2F127.0.0.1%2F', 501],
    ['/api/oembed?format=json&url=https%3A%2F%2Felsewhere.example%2F', 404],
    ['/api/%zz', 400],
    ['/', 400, { RSC: '1', 'Next-Router-State-Tree': '%7Bnot-json' }],
    ['/embed', 400, { RSC: '1', 'Next-Router-State-Tree': '%7Bnot-json' }],
    ['/api/layers', 400, { 'Next-Router-State-Tree': '%7Bnot-json' }],
    ['/', 405, {}, 'POST'],
    ['/api/layers', 405, {}, 'DELETE'],
  ];
  for (const [path, status, headers = {}, method = 'GET'] of errors) {
    const res = await request.fetch(path, { method, headers, maxRedirects: 0 });
    expect(res.status(), `${method} ${path}`).toBe(status);
    const cc = directives(res);
    expect(cc, `${method} ${path}`).toContain('no-store');
    expect(isPublic(cc), `${method} ${path}`).toBe(false);
  }
});

test('plain pages and API answers keep their public caching', async ({ request }) => {
  const sources = (await (await request.get('/api/sources')).json()) as { sources: { id: string }[] };
  const publicPaths = [
    '/about',
    '/places',
    '/downloads',
    '/places/lysychansk',
    '/embed',
    '/embed?place=bakhmut&tiles=0',
    '/api/layers',
    '/api/layers/cities',
    '/api/places/bakhmut',
    `/api/sources/${sources.sources[0]!.id}`,
    '/embed.js',
  ];
  for (const path of publicPaths) {
    const res = await ask(request, path);
    expect(res.status(), path).toBe(200);
    const cc = directives(res);
    expect(cc, path).toContain('public');
    expect(
      [...cc].some((d) => d.startsWith('s-maxage=')),
      path,
    ).toBe(true);
  }
});

/** GET over node:http, which sends the Host header it is given (Playwright's client sets its own). */
function rawGet(url: string, headers: Record<string, string>): Promise<{ headers: Record<string, string>; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers, agent: false }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => resolve({ headers: res.headers as Record<string, string>, body }));
      })
      .on('error', reject);
  });
}

/** The origins of the absolute links in a page's head (oEmbed discovery, preview image). */
function headLinkOrigins(html: string): string[] {
  const head = html.slice(0, html.indexOf('</head>'));
  const links = [...head.matchAll(/<(?:link|meta)\b[^>]*?(?:href|content)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]!);
  expect(links.length).toBeGreaterThan(1);
  return [...new Set(links.map((link) => new URL(link.replace(/&amp;/g, '&')).origin))];
}

test('/ is prerendered: the same bytes whatever the Host, with no origin made up at build, and public', async ({ baseURL }) => {
  const home = await rawGet(`${baseURL}/`, { Host: 'mirror.example:8080', 'X-Forwarded-Proto': 'https' });
  const plain = await rawGet(`${baseURL}/`, {});
  expect(home.body).toBe(plain.body);
  // Built without SITE_URL: no absolute link at all in its head (Next would write localhost:3000).
  expect(home.body.slice(0, home.body.indexOf('</head>'))).not.toMatch(/(?:href|content)="https?:/);
  expect(isPublic(directives({ headers: () => home.headers }))).toBe(true);
  expect(home.headers.vary ?? '').not.toMatch(/host/i);
});

/** A TCP port on 127.0.0.1 that the system says is free now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Resolves once `url` answers at all (any status), retrying while the server is still starting. */
async function answers(url: string, exited: Promise<never>): Promise<void> {
  for (;;) {
    const up = await Promise.race([
      fetch(url).then(
        async (res) => {
          await res.arrayBuffer();
          return true;
        },
        () => false,
      ),
      exited,
    ]);
    if (up) return;
    // A refused connection comes back at once: pause a little before asking again.
    await Promise.race([new Promise((resolve) => setTimeout(resolve, 100)), exited]);
  }
}

const TILE_SOURCES = readFileSync('tests/e2e/tile-sources.json', 'utf8');

/**
 * `npm start` (scripts/start.mjs, which runs `next start` on the existing build) with the given
 * environment on a free port, once it answers. It has the test build's base maps, as the browser
 * tests' server has: without them `npm start` would build again (scripts/is-test-build.ts).
 */
async function startServer(env: Record<string, string>): Promise<{ url: string; output: () => string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['scripts/start.mjs'], {
    env: { ...process.env, PORT: String(port), HOSTNAME: '127.0.0.1', SITE_URL: '', TILE_SOURCES, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const exitedEarly = exit.then(() => Promise.reject(new Error(`server exited before it answered: ${output}`)));
  // It also settles when the test stops the server: that rejection is expected, not a failure.
  exitedEarly.catch(() => {});
  await answers(`${url}/api/layers`, exitedEarly);
  return {
    url,
    output: () => output,
    stop: () => {
      child.kill('SIGTERM');
      return exit;
    },
  };
}

test.describe('the production server and SITE_URL', () => {
  test.describe.configure({ mode: 'serial' });
  test.setTimeout(60_000);

  test('with SITE_URL, /embed names only that origin whatever the Host and varies on nothing; the server warns that the build had none', async () => {
    const server = await startServer({ SITE_URL: 'https://map.example.org' });
    try {
      const embed = await rawGet(`${server.url}/embed?place=bakhmut`, { Host: 'mirror.example:8080', 'X-Forwarded-Proto': 'http' });
      expect(headLinkOrigins(embed.body)).toEqual(['https://map.example.org']);
      expect(embed.headers.vary ?? '').not.toMatch(/host/i);
      expect(isPublic(directives({ headers: () => embed.headers }))).toBe(true);
      expect(server.output()).not.toMatch(/SITE_URL is not set/);
      // The test build has no SITE_URL: its prerendered pages name no origin, and the server says so (lib/build-settings.ts).
      expect(server.output()).toContain('SITE_URL: (not set) at build, https://map.example.org now');
    } finally {
      await server.stop();
    }
  });

  test('without SITE_URL, the server warns once at start and still serves', async () => {
    const server = await startServer({});
    try {
      expect(server.output().match(/Warning: SITE_URL is not set/g)).toHaveLength(1);
      const res = await rawGet(`${server.url}/api/layers`, {});
      expect(JSON.parse(res.body)).toHaveProperty('layers');
      await rawGet(`${server.url}/`, {});
      // At start only, not once per request.
      expect(server.output().match(/Warning:/g)).toHaveLength(1);
    } finally {
      await server.stop();
    }
  });
});
