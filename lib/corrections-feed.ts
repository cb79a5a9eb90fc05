/**
 * The corrections log as an Atom 1.0 feed (RFC 4287), written by the `feed` library: sites that
 * embed the map learn of corrections in any feed reader. Node-only (crypto).
 */
import { createHash } from 'node:crypto';
import { Feed } from 'feed';
import { escapeHtml } from './html';
import { CORRECTIONS_FEED_PATH, type Correction, correctionAnchor, newestFirst } from './corrections';

/**
 * A stable `urn:uuid:` for a name (a version-5-style UUID from its SHA-1): Atom ids must be
 * absolute IRIs that never change, and the public origin is not always known at build time.
 */
export function uuidUrnOf(name: string): string {
  const hex = createHash('sha1').update(`frontline-map:${name}`).digest('hex');
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The entry's text, as the escaped HTML Atom's `type="html"` content carries. */
function contentOf(c: Correction): string {
  return `<p>What changed: ${escapeHtml(c.what)}</p><p>Why: ${escapeHtml(c.why)}</p>`;
}

/**
 * The feed's XML.
 * @param origin the site's public origin: Atom's links are absolute
 * @param dataDate the data version's date (YYYY-MM-DD): the feed's `updated` while the log is empty
 */
export function correctionsAtom(corrections: readonly Correction[], origin: string, dataDate: string): string {
  const base = origin;
  const entries = newestFirst(corrections);
  const updated = new Date(`${entries[0]?.date ?? dataDate}T00:00:00Z`);
  const feed = new Feed({
    id: uuidUrnOf('corrections'),
    title: 'Front-line map: corrections',
    description: 'What changed in the data of the front-line map of Severodonetsk, Lysychansk and Bakhmut, and why.',
    link: `${base}/about#corrections`,
    feedLinks: { atom: `${base}${CORRECTIONS_FEED_PATH}` },
    updated,
    language: 'en',
    generator: false,
    copyright: 'Data: Open Database License 1.0; quotations belong to their publishers.',
    author: { name: 'The front-line map project' },
  });
  for (const c of entries) {
    feed.addItem({
      id: uuidUrnOf(`correction:${c.id}`),
      title: c.title,
      link: `${base}/about#${correctionAnchor(c.id)}`,
      date: new Date(`${c.date}T00:00:00Z`),
      description: c.what,
      content: contentOf(c),
    });
  }
  return feed.atom1();
}
