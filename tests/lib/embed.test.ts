import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCommand, originAllowed } from '@/components/embed/messages';
import { embedUrl, iframeSnippet, scriptSnippet } from '@/lib/embed-code';
import type { EmbedPageInput } from '@/lib/embed-config';
import { type EmbedFlags, parseEmbedOptions, serializeEmbedOptions } from '@/lib/embed-options';
import { jsonForScript } from '@/lib/html';
import { frameAncestors, originFromHeaders, originVary, siteOrigin } from '@/lib/site';
import type { UrlParameter } from '@/lib/url-parameters';
import { URL_PARAMETERS } from '@/lib/url-state';
import { loadRenderEmbedPage, TEST_PAGE_SETTINGS } from '../helpers/embed-page';
import { placeReportingOf } from '@/lib/map-data';
import { loadGeoData, loadMapData } from './geo-data';
import { COMPILED_MESSAGES } from '../helpers/messages';
import { embedMessages } from '@/lib/messages';

const data = loadMapData();
const known = { places: data.placeOrder, layers: data.layers.map((l) => l.id), dateRange: data.dateRange };

describe('embed options', () => {
  it('defaults: controls and panel on, list off, light theme', () => {
    expect(parseEmbedOptions({}, known)).toMatchObject({
      controls: true,
      panel: true,
      list: false,
      theme: 'light',
      lang: 'en',
      state: { tiles: true },
    });
  });
  it('parses every option and ignores bad values', () => {
    const o = parseEmbedOptions(new URLSearchParams('controls=0&panel=0&list=1&theme=dark&lang=uk&tiles=0&place=azot&date=2022-06-24'), known);
    expect(o).toMatchObject({
      controls: false,
      panel: false,
      list: true,
      theme: 'dark',
      lang: 'uk',
      state: { tiles: false, place: 'azot', date: '2022-06-24' },
    });
    const bad = parseEmbedOptions(new URLSearchParams('controls=yes&panel=2&list=<b>&theme=neon&lang=fr&place=<x>&date=2022-13-01'), known);
    expect(bad).toMatchObject({ controls: true, panel: true, list: false, theme: 'light', lang: 'en', state: { tiles: true } });
    expect(bad.state.place).toBeUndefined();
    expect(bad.state.date).toBeUndefined();
  });
  it('round-trips through the query string', () => {
    const o = parseEmbedOptions(new URLSearchParams('controls=0&list=1&theme=auto&lang=uk&place=bakhmut&layers=cities,river'), known);
    expect(parseEmbedOptions(new URLSearchParams(serializeEmbedOptions(o, known.layers)), known)).toEqual(o);
  });
  const flags = Object.entries(URL_PARAMETERS.embed) as [keyof EmbedFlags, UrlParameter<unknown>][];
  it('defaults are the declared ones, and serialise to nothing', () => {
    const defaults = parseEmbedOptions({}, known);
    for (const [field, parameter] of flags) expect(defaults[field], parameter.name).toBe(parameter.default);
    expect(serializeEmbedOptions(defaults, known.layers)).toBe('');
  });
  for (const [field, parameter] of flags) {
    it(`${parameter.name}: the example round-trips; malformed values fall back and are never echoed`, () => {
      const o = parseEmbedOptions({ [parameter.name]: parameter.example }, known);
      expect(o[field]).not.toBe(parameter.default);
      const qs = serializeEmbedOptions(o, known.layers);
      expect(qs).toBe(`${parameter.name}=${parameter.example}`);
      expect(parseEmbedOptions(new URLSearchParams(qs), known)).toEqual(o);
      for (const raw of ['', 'yes', '2', '-1', 'true', 'DARK', 'neon', '<b>', '"><script>', 'x'.repeat(201)]) {
        const bad = parseEmbedOptions({ [parameter.name]: raw }, known);
        expect(bad, raw).toEqual(parseEmbedOptions({}, known));
        expect(serializeEmbedOptions(bad, known.layers)).toBe('');
      }
    });
  }
  it('every declared parameter is the one embed.js passes on and the README documents', () => {
    const names = Object.values(URL_PARAMETERS).flatMap((table) => Object.values(table).map((p) => p.name));
    const script = readFileSync(path.join(import.meta.dirname, '..', '..', 'public', 'embed.js'), 'utf8');
    const passedOn = [...script.match(/var OPTIONS = \[([^\]]*)\];/)![1]!.matchAll(/'([a-z]+)'/g)].map((m) => m[1]!);
    expect([...passedOn].sort()).toEqual([...names].sort());
    const readme = readFileSync(path.join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    for (const name of names) expect(readme, name).toContain(`| \`${name}\` |`);
  });
});

describe('embed code', () => {
  const input = {
    origin: 'https://map.example.org',
    state: { place: 'lysychansk', date: '2022-06-30', tiles: false },
    flags: { controls: false, panel: true, list: false, theme: 'dark' as const, lang: 'en' as const },
    allLayers: known.layers,
    title: 'A "quoted" <title>',
  };
  it('the iframe points at /embed with the state and options, title escaped', () => {
    const html = iframeSnippet(input);
    expect(html).toContain('src="https://map.example.org/embed?place=lysychansk&#38;tiles=0&#38;date=2022-06-30&#38;controls=0&#38;theme=dark"');
    expect(html).toContain('title="A &#34;quoted&#34; &#60;title&#62;"');
    expect(html).toContain('allowfullscreen');
    expect(embedUrl(input)).toBe('https://map.example.org/embed?place=lysychansk&tiles=0&date=2022-06-30&controls=0&theme=dark');
  });
  it('the script snippet carries the same state as data attributes', () => {
    expect(scriptSnippet(input)).toBe(
      '<div data-frontline-map data-place="lysychansk" data-date="2022-06-30" data-tiles="0" data-controls="0" data-theme="dark"></div>\n<script async src="https://map.example.org/embed.js"></script>',
    );
  });
  it('the script snippet carries exactly the parameters of the iframe URL, as embed.js passes them on', () => {
    const full = {
      ...input,
      state: {
        place: 'bakhmut',
        date: '2022-06-30',
        layers: ['river', 'cities'],
        zoom: 11.6,
        center: [48.6, 38] as [number, number],
        tiles: false,
      },
      flags: { controls: false, panel: false, list: true, theme: 'auto' as const, lang: 'uk' as const },
    };
    const attributes = [...scriptSnippet(full).matchAll(/ data-([a-z]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]);
    const fromUrl = [...new URL(embedUrl(full)).searchParams];
    expect(Object.fromEntries(attributes)).toEqual(Object.fromEntries(fromUrl));
    // A fractional zoom is written rounded, as /embed accepts it.
    expect(Object.fromEntries(attributes).z).toBe('12');
    expect(parseEmbedOptions(new URLSearchParams(attributes), known)).toEqual(parseEmbedOptions(new URL(embedUrl(full)).searchParams, known));
  });
});

let embedPageHtml: (input: EmbedPageInput) => string;
beforeAll(async () => {
  embedPageHtml = await loadRenderEmbedPage();
});

/** /embed's HTML for a query, as the route renders it. */
const embedPage = (query: string) => {
  const options = parseEmbedOptions(new URLSearchParams(query), known);
  return embedPageHtml({
    data,
    dataUrl: '/_data/map.test.json',
    reporting: options.state.place ? placeReportingOf(options.state.place, loadGeoData()) : undefined,
    options,
    ...TEST_PAGE_SETTINGS,
    locale: options.lang,
    messages: embedMessages(COMPILED_MESSAGES[options.lang]),
    messagesUrl: `/_data/messages-${options.lang}.test.json`,
  });
};

describe('the embed page (rendered on the server from the components the browser hydrates)', () => {
  it('speaks the language of `lang`: the document, the interface and the full map’s link, the quotes in their own', () => {
    const html = embedPage('place=severodonetsk&date=2022-07-01&lang=uk');
    expect(html).toMatch(/^<!doctype html><html lang="uk"/);
    expect(html).toContain('Під контролем Росії');
    expect(html).toContain('https://map.example.org/uk?');
    expect(embedPage('')).toMatch(/^<!doctype html><html lang="en"/);
  });
  it('has no inline executable script: config is a JSON data block, the client a same-origin file', () => {
    const html = embedPage('place=bakhmut');
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]);
    expect(scripts).toEqual([' id="fm-config" type="application/json"', ' type="module" src="/_embed/embed.ABC.js"']);
    expect(html).toContain('<link rel="modulepreload" href="/_embed/chunk.DEF.js"/>');
    expect(html).toContain('<link rel="alternate" type="application/json+oembed"');
  });
  it('inlines the build’s stylesheet and links none, so that its first paint waits for no other request', () => {
    const html = embedPage('');
    expect(html).toContain('<style>.fm{color:red}</style>');
    expect(html).not.toMatch(/<link[^>]*rel="stylesheet"/);
    // The Intl warm-up worker's address, for the entry (components/i18n/warm-intl.ts).
    expect(html).toMatch(/<html[^>]* data-intl-warmup="\/_embed\/intl-warmup\.GHI\.js"/);
    // The reporting chunk's address, for Try again after a failed load (components/embed/use-reporting.ts).
    expect(html).toMatch(/<html[^>]* data-reporting-chunk="\/_embed\/chunk\.JKL\.js"/);
  });
  it('never echoes request values: hostile options fall back to defaults', () => {
    const html = embedPage('theme=%22%3E%3Cscript%3E&place=%3Cimg%3E&controls=%3Cb%3E');
    expect(html).toContain('data-theme="light"');
    expect(html).not.toMatch(/<img>|"><script>|<b>/);
  });
  it('the list hides only when JavaScript runs and list=0', () => {
    const listTag = (html: string) => html.match(/<div[^>]*class="fm-list"[^>]*>/)![0];
    expect(listTag(embedPage(''))).toMatch(/ data-hidden(="true")?[ >]/);
    expect(listTag(embedPage('list=1'))).not.toContain('data-hidden');
  });
  it('with a place, the text gives its situation on the date and every quote about it with citations', () => {
    const html = embedPage('place=severodonetsk&date=2022-07-01');
    expect(html).toContain('as reported on <time datetime="2022-07-01">1 July 2022</time>');
    expect(html).toMatch(/data-place-id="severodonetsk"[^>]*>.*?Russian control, c. 25–26 June 2022/s);
    const quotes = placeReportingOf('severodonetsk', loadGeoData()).reports;
    expect(html.match(/<figure [^>]*class="report"/g)).toHaveLength(quotes.length);
    expect(html).toContain('<cite class="citation">');
    expect(html).not.toContain('data-place-id="lysychansk"');
  });
});

describe('the embed page: with and without a place, the data and messages it points at, its first paint', () => {
  it('without a place, a summary and the way to the full map: no place and no quote of the data set', () => {
    const html = embedPage('date=2022-07-01');
    expect(html).toContain(`${data.placeOrder.length} places and `);
    expect(html).toContain('Every place and its reporting on the full map');
    expect(html).not.toMatch(/<figure [^>]*class="report"/);
    expect(html).not.toContain('data-place-id=');
  });
  it('points the browser at the shared data file, and carries no layer of the data', () => {
    const html = embedPage('');
    expect(html).toContain('<link rel="preload" href="/_data/map.test.json" as="fetch" crossorigin="anonymous"/>');
    expect(html).toContain('"dataUrl":"/_data/map.test.json"');
    expect(html).not.toContain('"FeatureCollection"');
  });
  it('points the browser at its language’s messages file, and carries no messages in its JSON block', () => {
    for (const lang of ['en', 'uk'] as const) {
      const html = embedPage(`lang=${lang}`);
      expect(html).toContain(`<link rel="preload" href="/_data/messages-${lang}.test.json" as="fetch" crossorigin="anonymous"/>`);
      const block = JSON.parse(html.match(/<script id="fm-config" type="application\/json">(.*?)<\/script>/s)![1]!);
      expect(block.messagesUrl).toBe(`/_data/messages-${lang}.test.json`);
      expect(block).not.toHaveProperty('messages');
    }
  });
  it('the date and the full map’s link are in the page before any script runs; the map is a placeholder', () => {
    const html = embedPage('place=bakhmut&date=2022-06-30&controls=0');
    expect(html).toMatch(/As reported on <strong class="date-stepper-value">30 June 2022<\/strong>/);
    expect(html).toContain('href="https://map.example.org/?place=bakhmut&amp;date=2022-06-30"');
    expect(html).toContain('class="map-loading"');
    expect(html).toContain('<div id="fm-root"><div id="frontline-embed" class="fm">');
    expect(html).not.toContain('timeline-step');
    // With controls, the steps are there, marked as needing JavaScript (hidden without it: styles/tokens.css).
    expect(embedPage('')).toContain('class="timeline-step needs-js"');
  });
  it('JSON in the page cannot close its script element', () => {
    const out = jsonForScript({ quote: '</script><script>alert(1)</script>', sep: '\u2028' });
    expect(out).not.toContain('</script>');
    expect(out).not.toContain('\u2028');
    expect(JSON.parse(out)).toEqual({ quote: '</script><script>alert(1)</script>', sep: '\u2028' });
  });
});

describe('embed messages', () => {
  it('accepts the two commands in their shapes only', () => {
    expect(parseCommand({ type: 'frontline-map:select-place', place: 'bakhmut' })).toEqual({
      type: 'frontline-map:select-place',
      place: 'bakhmut',
    });
    expect(parseCommand({ type: 'frontline-map:select-place', place: null })).toEqual({ type: 'frontline-map:select-place', place: null });
    expect(parseCommand({ type: 'frontline-map:set-date', date: '2022-06-30' })).toEqual({ type: 'frontline-map:set-date', date: '2022-06-30' });
    for (const bad of [
      null,
      'frontline-map:select-place',
      { type: 'frontline-map:select-place', place: 5 },
      { type: 'frontline-map:select-place', place: 'x'.repeat(65) },
      { type: 'frontline-map:set-date', date: 'today' },
      { type: 'other' },
    ]) {
      expect(parseCommand(bad)).toBeUndefined();
    }
  });
  it('checks the sender’s origin against the allowed list', () => {
    expect(originAllowed('https://news.example', null)).toBe(true);
    expect(originAllowed('https://news.example', ['https://news.example'])).toBe(true);
    expect(originAllowed('https://evil.example', ['https://news.example'])).toBe(false);
  });
});

describe('site settings', () => {
  it('SITE_URL wins over the request; bad values fall back', () => {
    expect(siteOrigin('http://localhost:3000/x', { SITE_URL: 'https://map.example.org/path' })).toBe('https://map.example.org');
    expect(siteOrigin('http://localhost:3000/x', { SITE_URL: 'javascript:alert(1)' })).toBe('http://localhost:3000');
    expect(originFromHeaders(new Headers({ host: '127.0.0.1:3100' }), 'http://localhost/', {})).toBe('http://127.0.0.1:3100');
    expect(originFromHeaders(new Headers({ host: 'evil"><script>' }), 'http://localhost/', {})).toBe('http://localhost');
  });
  it('answers built from the request origin vary on Host and X-Forwarded-Proto, unless SITE_URL fixes it', () => {
    expect(originVary({})).toBe('Host, X-Forwarded-Proto');
    expect(originVary({ SITE_URL: 'not a url' })).toBe('Host, X-Forwarded-Proto');
    expect(originVary({ SITE_URL: 'https://map.example.org' })).toBeNull();
    const https = new Headers({ host: 'map.example.org', 'x-forwarded-proto': 'https' });
    expect(originFromHeaders(https, 'http://localhost/', {})).toBe('https://map.example.org');
    expect(originFromHeaders(https, 'http://localhost/', { SITE_URL: 'https://fixed.example' })).toBe('https://fixed.example');
  });
  it('FRAME_ANCESTORS lists origins; nothing valid means any', () => {
    expect(frameAncestors({ FRAME_ANCESTORS: 'https://a.example, https://b.example/path bogus' })).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
    expect(frameAncestors({ FRAME_ANCESTORS: 'bogus' })).toBeNull();
    expect(frameAncestors({})).toBeNull();
  });
});
