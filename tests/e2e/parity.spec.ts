/**
 * The main page and the embed draw the same map with the same components (issue 11): for every
 * place on three dates, the pop-up and the "All reporting" panel have the same text and the same
 * structure in both. Each page selects the places from its own text list, as a reader would.
 */
import type { Page } from '@playwright/test';
import { decodeMapData } from '@/lib/map-data-codec';
import { decodeDigests } from '@/lib/decode-digests';
import type { EmbedConfig } from '@/lib/embed-config';
import { expect, popup, TILE_HOST, test, waitForMap } from './fixtures';

const DATES = ['2022-06-24', '2022-06-30', '2023-02-08'];

/**
 * An element's tree as text: each element as its tag and the attributes that carry meaning (class,
 * role, aria-*, lang, href, datetime, data-*), each text node trimmed. Styles, ids made by the
 * renderer and attribute order are left out.
 */
function structureOf(page: Page, selector: string): Promise<string> {
  return page.locator(selector).evaluate((root) => {
    const keep = (name: string) => /^(class|role|lang|href|datetime|aria-(?!labelledby|describedby|controls)[\w-]+|data-[\w-]+)$/.test(name);
    const walk = (node: Node, depth: number): string[] => {
      if (node.nodeType === Node.TEXT_NODE) {
        const text = node.textContent!.replace(/\s+/g, ' ').trim();
        return text ? [`${'  '.repeat(depth)}"${text}"`] : [];
      }
      if (!(node instanceof Element)) return [];
      const attrs = [...node.attributes]
        .filter((a) => keep(a.name))
        .map((a) => `${a.name}=${a.value}`)
        .sort();
      return [
        `${'  '.repeat(depth)}<${node.tagName.toLowerCase()}${attrs.length ? ` ${attrs.join(' ')}` : ''}>`,
        ...[...node.childNodes].flatMap((c) => walk(c, depth + 1)),
      ];
    };
    return walk(root, 0).join('\n');
  });
}

/** A place's pop-up and (where it has reporting) its "All reporting" panel, as structure. */
async function readPlace(page: Page, id: string, name: string, reported: boolean): Promise<{ popup: string; panel: string }> {
  await page.locator(`.place-list a[data-place-id="${id}"]`).click();
  await expect(popup(page).locator('h2')).toContainText(name);
  // The quotes arrive with the place's reporting file: compare once they are in.
  await expect(popup(page).locator('.reporting-pending')).toHaveCount(0);
  const popupTree = await structureOf(page, '.leaflet-popup .place-popup');
  // A place drawn for orientation (no report) has no panel to open.
  if (!reported) return { popup: popupTree, panel: '' };
  const panel = page.getByRole('region', { name: new RegExp(`All reporting on ${name}`) });
  // By keyboard: a click goes to a point on the screen, and the pop-up may still be panning
  // into view there (the map under it would take the click and close the place).
  await popup(page)
    .getByRole('button', { name: /All reporting/ })
    .press('Enter');
  await expect(panel, `All reporting on ${page.url()}`).toBeVisible();
  await expect(panel.locator('.reporting-pending')).toHaveCount(0);
  const panelTree = await structureOf(page, 'section.report-panel');
  await panel.getByRole('button', { name: 'Close the reporting panel' }).click();
  await expect(panel).toHaveCount(0);
  return { popup: popupTree, panel: panelTree };
}

for (const date of DATES) {
  test(`every place's pop-up and panel are the same on / and /embed on ${date}`, async ({ page: main, context }) => {
    test.setTimeout(180_000);
    const html = await (await main.request.get('/embed?tiles=0')).text();
    const { shell } = JSON.parse(html.match(/<script id="fm-config" type="application\/json">([\s\S]*?)<\/script>/)![1]!) as EmbedConfig;
    const map = decodeMapData(await (await main.request.get(shell.dataUrl)).json());
    const data = decodeDigests(await (await main.request.get(map.digests)).json(), map);
    const embed = await context.newPage();
    await embed.route(TILE_HOST, (route) => route.abort());
    embed.on('pageerror', (err) => {
      throw err;
    });
    await main.goto(`/?date=${date}&tiles=0`);
    await embed.goto(`/embed?date=${date}&tiles=0&list=1`);
    await waitForMap(main);
    await waitForMap(embed);
    for (const id of data.placeOrder) {
      const { name, reports } = data.places[id]!;
      const reported = reports.length > 0;
      const [a, b] = [await readPlace(main, id, name, reported), await readPlace(embed, id, name, reported)];
      expect(b.popup, `pop-up of ${id} on ${date}`).toBe(a.popup);
      expect(b.panel, `panel of ${id} on ${date}`).toBe(a.panel);
      expect(a.popup).toContain(reported ? '"As reported on' : 'No reporting in this map');
    }
    await embed.close();
  });
}
