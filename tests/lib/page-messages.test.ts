/**
 * Each page's messages (lib/messages.ts PAGE_NAMESPACES, passed by components/i18n/page-messages.tsx)
 * against what its client modules read: a namespace too few would show its keys instead of words
 * (next-intl only logs a missing message), one too many is carried in every copy of the page Next
 * writes. Every page under app/ names its kind of page once, in a PageMessages of its own code.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json' with { type: 'json' };
import { PAGE_NAMESPACES } from '@/lib/messages';
import { pageModules, readSource } from '../helpers/client-modules';
import { namespacesUsed } from '../helpers/namespaces';

const root = path.resolve(__dirname, '..', '..');
const pages = fs
  .readdirSync(path.join(root, 'app'), { recursive: true, encoding: 'utf8' })
  .filter((f) => path.basename(f) === 'page.tsx')
  .map((f) => `app/${f.split(path.sep).join('/')}`)
  .sort();

/** The kinds of page a page's server code passes to PageMessages. */
const kindsOf = (server: readonly string[]) => [
  ...new Set(server.flatMap((file) => [...readSource(file).matchAll(/<PageMessages page="(\w+)"/g)].map((m) => m[1]!))),
];

describe('each page’s messages', () => {
  it('finds every page', () => {
    expect(pages).toEqual(expect.arrayContaining(['app/[locale]/page.tsx', 'app/[locale]/places/[id]/page.tsx', 'app/[locale]/about/page.tsx']));
  });

  it.each(pages)('%s: are the namespaces its client modules use, no fewer and no more', (page) => {
    const { server, client } = pageModules(page);
    const kinds = kindsOf(server);
    expect(kinds).toHaveLength(1);
    const used = namespacesUsed(client.map(readSource), Object.keys(en));
    expect([...PAGE_NAMESPACES[kinds[0] as keyof typeof PAGE_NAMESPACES]].sort()).toEqual(used.sort());
  });

  it('follows static and dynamic imports into the client, and not type imports', () => {
    const { server, client } = pageModules('app/[locale]/page.tsx');
    expect(server).toContain('components/map/map-page.tsx');
    expect(server).not.toContain('components/map/map-view.tsx');
    // map-view is loaded by a dynamic import from a client module; the legend is its static import.
    expect(client).toEqual(
      expect.arrayContaining(['components/map/map-app.tsx', 'components/map/map-view.tsx', 'components/map/map-legend.tsx']),
    );
    const placePage = pageModules('app/[locale]/places/[id]/page.tsx');
    expect(placePage.client).not.toContain('components/map/map-view.tsx');
    expect(placePage.server).not.toContain('components/place-page/place-picture.tsx');
  });
});
