import { describe, expect, it } from 'vitest';
import { oembedFor, type OEmbedRich } from '@/lib/oembed';
import { loadMapData } from './geo-data';
import { WORDS } from '../helpers/messages';

const ORIGIN = 'https://map.example.org';
const data = loadMapData();
const ask = (query: Record<string, string>) => oembedFor(new URLSearchParams(query), ORIGIN, data, {}, (locale) => WORDS[locale]);

/** The fields oEmbed 1.0 requires of every response and of type "rich" (oembed.com, 2.3.4). */
function expectValidRich(body: OEmbedRich, max?: { width?: number; height?: number }) {
  expect(body.type).toBe('rich');
  expect(body.version).toBe('1.0');
  for (const key of ['html', 'title', 'provider_name', 'provider_url'] as const) expect(typeof body[key]).toBe('string');
  expect(Number.isInteger(body.width) && body.width > 0).toBe(true);
  expect(Number.isInteger(body.height) && body.height > 0).toBe(true);
  if (max?.width) expect(body.width).toBeLessThanOrEqual(max.width);
  if (max?.height) expect(body.height).toBeLessThanOrEqual(max.height);
  // thumbnail_url, _width and _height come together or not at all.
  const thumb = [body.thumbnail_url, body.thumbnail_width, body.thumbnail_height].filter((v) => v !== undefined);
  expect([0, 3]).toContain(thumb.length);
  expect(body.html).toMatch(/^<iframe [^>]*src="https:\/\/map\.example\.org\/embed/);
}

describe('oembedFor', () => {
  it('answers a map page with a rich iframe of /embed in the same state', () => {
    const r = ask({ url: `${ORIGIN}/?place=bakhmut&date=2023-02-07&tiles=0`, format: 'json' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expectValidRich(r.body);
    expect(r.body.html).toContain('src="https://map.example.org/embed?place=bakhmut&#38;tiles=0&#38;date=2023-02-07"');
    expect(r.body.title).toContain('Bakhmut');
    expect(r.body.provider_url).toBe(`${ORIGIN}/`);
    // Its thumbnail is a picture of the same view (app/image), tiles never drawn.
    expect(r.body).toMatchObject({
      thumbnail_url: `${ORIGIN}/image?place=bakhmut&date=2023-02-07`,
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
  });

  it('accepts /embed URLs and keeps their options', () => {
    const r = ask({ url: `${ORIGIN}/embed?controls=0&theme=dark&place=azot` });
    expect(r.ok && r.body.html).toContain('place=azot&#38;controls=0&#38;theme=dark');
    expect(r.ok && r.body.thumbnail_url).toBe(`${ORIGIN}/image?place=azot&theme=dark`);
  });

  it('embeds the map in Ukrainian from /uk or lang=uk: the frame, its title and its picture', () => {
    for (const url of [`${ORIGIN}/uk?place=lysychansk`, `${ORIGIN}/embed?place=lysychansk&lang=uk`]) {
      const r = ask({ url });
      expect(r.ok && r.body.title).toBe('Лисичанськ: що повідомляли (мапа лінії фронту)');
      expect(r.ok && r.body.html).toContain('/embed?place=lysychansk&#38;lang=uk"');
      expect(r.ok && r.body.thumbnail_url).toBe(`${ORIGIN}/image?place=lysychansk&lang=uk`);
    }
    // A query's own lang wins over the page's language; other prefixes are not map pages.
    expect(ask({ url: `${ORIGIN}/uk?lang=en` }).ok && (ask({ url: `${ORIGIN}/uk?lang=en` }) as { body: OEmbedRich }).body.html).not.toContain(
      'lang=',
    );
    expect(ask({ url: `${ORIGIN}/uk/about` }).ok).toBe(false);
  });

  it.each([
    [{ maxwidth: '500' }, { width: 500 }],
    [
      { maxwidth: '500', maxheight: '200' },
      { width: 500, height: 200 },
    ],
    [{ maxheight: '300' }, { height: 300 }],
    [{ maxwidth: '10000', maxheight: '10000' }, {}],
  ])('fits within %o', (limits, max) => {
    const r = ask({ url: `${ORIGIN}/`, ...limits });
    expect(r.ok).toBe(true);
    if (r.ok) expectValidRich(r.body, max);
  });
});

describe('oembedFor: hostile page URLs', () => {
  it('drops unknown and hostile values in the page URL instead of echoing them', () => {
    const r = ask({ url: `${ORIGIN}/?place=%22%3E%3Cscript%3Ealert(1)%3C/script%3E&theme=%3Cb%3E&layers=nope` });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.body.html).not.toMatch(/<script>alert|<b>|nope/);
    expect(r.body.html).toContain(`src="${ORIGIN}/embed"`);
  });

  it.each([
    [{ url: `${ORIGIN}/`, format: 'xml' }, 501],
    [{ url: `${ORIGIN}/`, format: 'yaml' }, 501],
    [{}, 400],
    [{ url: '' }, 400],
    [{ url: 'not a url' }, 400],
    [{ url: 'javascript:alert(1)' }, 400],
    [{ url: 'data:text/html,<b>x</b>' }, 400],
    [{ url: `${ORIGIN}/`, maxwidth: 'abc' }, 400],
    [{ url: `${ORIGIN}/`, maxwidth: '0' }, 400],
    [{ url: `${ORIGIN}/`, maxheight: '-5' }, 400],
    [{ url: `${ORIGIN}/`, maxheight: '1e3' }, 400],
    [{ url: `${ORIGIN}/${'a'.repeat(2100)}` }, 400],
    [{ url: 'https://evil.example.com/?place=bakhmut' }, 404],
    [{ url: 'http://map.example.org/' }, 404],
    [{ url: `${ORIGIN}/api/layers` }, 404],
    [{ url: `${ORIGIN}/about` }, 404],
  ])('rejects %o with %i', (query, status) => {
    const r = ask(query as Record<string, string>);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.status).toBe(status);
      expect(r.message).not.toMatch(/evil|script|javascript/);
    }
  });
});
