import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, prerenderedScriptHashes } from '@/lib/inline-script-hashes';
import { contentSecurityPolicy, newNonce, scriptSrc } from '@/lib/security-headers';

/** One directive of a policy, as its list of sources. */
const directive = (csp: string, name: string) =>
  csp
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name)
    ?.slice(1);

// Computed outside this code: printf %s "$script" | openssl dgst -sha256 -binary | base64
const HELLO = "alert('Hello, world.');";
const HELLO_HASH = "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='";
const PAYLOAD = 'self.__next_f.push([1,"é"])';
const PAYLOAD_HASH = "'sha256-dv0JtpxmHXrDI1gjYAA39VMc738BDF21voU1xCV8A70='";
const NOT_FOUND = 'self.__next_f.push([1,"not found"])';
/** `printf %s "$NOT_FOUND" | openssl dgst -sha256 -binary | base64` */
const NOT_FOUND_HASH = "'sha256-K5QQ6xFJPzkbn6GZBnCEncxnulMSQWkBqE+k+DhenTY='";

describe('contentSecurityPolicy', () => {
  const variants = [{}, { nonce: 'abc' }, { hashes: [HELLO_HASH] }, { nonce: 'abc', allowEval: true }];

  it('never allows inline scripts wholesale, whatever the page', () => {
    for (const scripts of variants) {
      const csp = contentSecurityPolicy({ frameAncestors: "'self'", scripts });
      expect(directive(csp, 'script-src'), JSON.stringify(scripts)).not.toContain("'unsafe-inline'");
      expect(directive(csp, 'script-src')).toContain("'self'");
    }
  });

  it('allows a rendered page’s scripts by its nonce, and what they load by strict-dynamic', () => {
    expect(scriptSrc({ nonce: 'n0nce+/=' })).toBe("script-src 'self' 'nonce-n0nce+/=' 'strict-dynamic'");
  });

  it('allows a prerendered page’s scripts by hash, without strict-dynamic (which would refuse its external scripts)', () => {
    expect(scriptSrc({ hashes: [HELLO_HASH, PAYLOAD_HASH] })).toBe(`script-src 'self' ${HELLO_HASH} ${PAYLOAD_HASH}`);
  });

  it('allows only scripts from this origin when given nothing (/embed, the API)', () => {
    expect(scriptSrc()).toBe("script-src 'self'");
  });

  it('adds eval only when asked (next dev)', () => {
    expect(scriptSrc({ nonce: 'a' })).not.toContain('unsafe-eval');
    expect(scriptSrc({ nonce: 'a', allowEval: true })).toContain("'unsafe-eval'");
  });

  it('keeps inline styles (Leaflet), the tile server for images, and the given frame-ancestors', () => {
    const csp = contentSecurityPolicy({ frameAncestors: 'https://news.example', tileUrls: ['https://{s}.tile.example.org/{z}/{x}/{y}.png'] });
    expect(directive(csp, 'style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directive(csp, 'img-src')).toContain('https://a.tile.example.org');
    expect(directive(csp, 'frame-ancestors')).toEqual(['https://news.example']);
    expect(directive(csp, 'object-src')).toEqual(["'none'"]);
  });
});

describe('contentSecurityPolicy: the base maps', () => {
  it('allows every tile source’s origin in img-src, each once', () => {
    const tileUrls = [
      'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      'https://topo.example.org/{z}/{x}/{y}.png',
      'https://topo.example.org/b/{z}/{x}/{y}.png',
    ];
    const imgSrc = directive(contentSecurityPolicy({ frameAncestors: "'self'", tileUrls }), 'img-src');
    expect(imgSrc).toEqual(["'self'", 'data:', 'blob:', 'https://tile.openstreetmap.org', 'https://topo.example.org']);
  });

  it('allows no tile host where there are no tiles', () => {
    expect(directive(contentSecurityPolicy({ frameAncestors: "'self'", tileUrls: [] }), 'img-src')).toEqual(["'self'", 'data:', 'blob:']);
  });
});

describe('newNonce', () => {
  it('gives 128 random bits in base64, different every time', () => {
    const nonces = Array.from({ length: 1000 }, newNonce);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
    expect(nonces[0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(new Set(nonces).size).toBe(nonces.length);
  });
});

describe('inlineScriptHashes', () => {
  it('hashes each inline script’s text as the browser does (UTF-8, exactly between the tags), once', () => {
    const html = `<html><head><script>${HELLO}</script></head><body><script id="_R_">${PAYLOAD}</script><script>${HELLO}</script></body></html>`;
    expect(inlineScriptHashes(html)).toEqual([HELLO_HASH, PAYLOAD_HASH]);
  });

  it('leaves out external scripts and data blocks, keeps modules and JavaScript types', () => {
    const html = [
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script type="application/json" id="data">{"a":1}</script>',
      '<script type="application/ld+json">{}</script>',
      `<script type="module">${HELLO}</script>`,
      `<script type="text/javascript">${PAYLOAD}</script>`,
    ].join('');
    expect(inlineScriptHashes(html)).toEqual([HELLO_HASH, PAYLOAD_HASH]);
  });

  it('finds nothing in a page without inline scripts', () => {
    expect(inlineScriptHashes('<p>no scripts</p><script src="/x.js"></script>')).toEqual([]);
  });
});

describe('prerenderedScriptHashes', () => {
  it('gives each prerendered page its own hashes and those of the pages that may answer in its place, by URL path', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'csp-hashes-'));
    try {
      writeFileSync(path.join(dir, 'index.html'), `<script>${HELLO}</script>`);
      mkdirSync(path.join(dir, 'places'));
      writeFileSync(path.join(dir, 'places', 'bakhmut.html'), `<script>${PAYLOAD}</script><script>${HELLO}</script>`);
      writeFileSync(path.join(dir, '_not-found.html'), `<script>${NOT_FOUND}</script>`);
      writeFileSync(path.join(dir, 'about.rsc'), '<script>not a page</script>');
      const hashes = prerenderedScriptHashes(dir);
      expect(hashes.fallback).toEqual([NOT_FOUND_HASH]);
      expect(hashes.pages).toBe(2);
      expect(hashes.forPath('/')).toEqual([HELLO_HASH, NOT_FOUND_HASH].sort());
      expect(hashes.forPath('/places/bakhmut')).toEqual([HELLO_HASH, PAYLOAD_HASH, NOT_FOUND_HASH].sort());
      // Paths no page answers, the 404 page's own among them, and files that are not pages.
      for (const other of ['/_not-found', '/about', '/places', '/nope']) expect(hashes.forPath(other), other).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives none without a build (next dev)', () => {
    const hashes = prerenderedScriptHashes(path.join(os.tmpdir(), 'no-such-build-dir'));
    expect([hashes.pages, hashes.fallback, hashes.forPath('/')]).toEqual([0, [], undefined]);
  });
});
