/**
 * Hostile input through the browser's doors (issue 17), which the request corpus (hostile.spec.ts)
 * cannot see: markup in every URL parameter as the page's own script reads it, every data-*
 * attribute public/embed.js reads on a host page, and every field of every command the embed
 * accepts by postMessage. Never reflected markup, never a broken embed, never a style or an
 * attribute injected into the host page. The lists come from the code (tests/e2e/hostile/surface.ts).
 */
import type { Page } from '@playwright/test';
import embedFixture from '../fixtures/hostile/embed.json' with { type: 'json' };
import { expect, hostPage, test } from './fixtures';
import { EMBED_COMMANDS, embedScriptAttributes, LOCALE_PREFIXES, QUERY_PARAMETERS } from './hostile/surface';

/** A fixture's value with its placeholders filled: {m} a marker, {pad:N} N letters. */
const fill = (value: string, marker: string) =>
  value.replaceAll('{m}', marker).replace(/\{pad:(\d+)\}/g, (_, n: string) => 'a'.repeat(Number(n)));

/** Elements a payload would have injected (each carries data-xss), in the page and every frame of it. */
async function injected(page: Page): Promise<number> {
  let count = 0;
  for (const frame of page.frames()) if (!frame.isDetached()) count += await frame.locator('[data-xss]').count();
  return count;
}

/** Dialogs the page opened: an alert would mean a payload ran (each is dismissed, so that nothing hangs). */
function watchDialogs(page: Page): string[] {
  const opened: string[] = [];
  page.on('dialog', (dialog) => {
    opened.push(dialog.message());
    void dialog.dismiss();
  });
  return opened;
}

for (const route of ['/', ...LOCALE_PREFIXES, '/embed']) {
  test(`markup in every parameter ${route} reads never reaches its page, which still draws its map`, async ({ page }) => {
    const dialogs = watchDialogs(page);
    const query = new URLSearchParams(
      QUERY_PARAMETERS[route]!.map((name, i) => [name, `"><img src=x data-xss="${i}"><svg data-xss onload=alert(${i})>`]),
    );
    // Tiles off, so that the map draws from the offline base: the parameter's markup form is tried above.
    query.set('tiles', '0');
    await page.goto(`${route}?${query}`);
    await expect(page.locator('path.place-lysychansk')).toHaveCount(1);
    expect(await injected(page)).toBe(0);
    expect(dialogs).toEqual([]);
  });
}

/** A host page whose elements embed.js turns into maps: one per set of attributes, set by script (never parsed as markup). */
async function hostWith(page: Page, baseURL: string, elements: Record<string, string>[]): Promise<void> {
  // In a script block, `<` is written as \u003c so that no value can close the block.
  const data = JSON.stringify(elements).replaceAll('<', '\\u003c');
  await hostPage(
    page,
    `<div id="maps"></div>
     <script>window.placesSelected = [];
       document.addEventListener('frontline-map:place-selected', function (e) { window.placesSelected.push(e.detail.place); });
       ${data}.forEach(function (attrs, i) {
       var div = document.createElement('div'); div.id = 'map-' + i; div.setAttribute('data-frontline-map', '');
       Object.keys(attrs).forEach(function (k) { div.setAttribute('data-' + k, attrs[k]); });
       document.getElementById('maps').appendChild(div); });</script>
     <script src="${baseURL}/embed.js"></script>`,
    'hostile-embed',
  );
}

/** What embed.js may have changed on the host page: its head, its body's own attributes, its scripts and styles. */
const hostState = (page: Page) =>
  page.evaluate(() => ({
    head: document.head.innerHTML,
    body: [...document.body.attributes].map((a) => `${a.name}=${a.value}`),
    scripts: document.scripts.length,
    styles: document.querySelectorAll('style, link[rel="stylesheet"]').length,
    frames: [...document.querySelectorAll('[data-frontline-map]')].map((div) => ({
      children: [...div.children].map((c) => c.tagName),
      attributes: [...(div.querySelector('iframe')?.attributes ?? [])].map((a) => a.name).sort(),
      src: div.querySelector('iframe')?.src ?? '',
      title: div.querySelector('iframe')?.title ?? '',
      style: (({ display, width, height, position, background, inset }) => ({ display, width, height, position, background, inset }))(
        div.querySelector('iframe')?.style ?? ({} as CSSStyleDeclaration),
      ),
    })),
  }));

test('every data-* attribute embed.js reads, with markup: one frame each, of the map, and nothing else on the host page', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const dialogs = watchDialogs(page);
  const names = embedScriptAttributes();
  const values = embedFixture.attributes.map((v, i) => fill(v, `xss-attr-${i}`));
  const heights = embedFixture.height;
  await hostWith(page, baseURL!, [
    ...values.map((v) => ({ ...Object.fromEntries(names.map((n) => [n, v])), tiles: '0' })),
    ...heights.map((height) => ({ height, tiles: '0', place: 'azot' })),
  ]);
  await expect(page.locator('[data-frontline-map] iframe')).toHaveCount(values.length + heights.length);
  const state = await hostState(page);
  // The head as tests/e2e/fixtures.ts's hostPage writes it.
  expect(state.head).toBe('<meta charset="utf-8"><title>Host</title>');
  expect(state.body).toEqual([]);
  expect(state.styles).toBe(0);
  expect(state.scripts).toBe(2);
  for (const [i, frame] of state.frames.entries()) {
    const what = `element ${i}`;
    expect(frame.children, what).toEqual(['IFRAME']);
    expect(frame.attributes, what).toEqual(['allowfullscreen', 'class', 'loading', 'src', 'style', 'title']);
    expect(new URL(frame.src).origin, what).toBe(new URL(baseURL!).origin);
    expect(new URL(frame.src).pathname, what).toBe('/embed');
    expect(frame.style, what).toMatchObject({ display: 'block', width: '100%', position: '', background: '', inset: '' });
    const height = Number(/^(\d+)px$/.exec(frame.style.height)?.[1]);
    expect(height >= 200 && height <= 4000, `${what}: height ${frame.style.height}`).toBe(true);
  }
  // A title is the frame's name as given (a property, never parsed); a value too long for the URL is left out of it.
  expect(state.frames.slice(0, values.length).map((f) => f.title)).toEqual(values);
  expect(state.frames.some((f) => f.src.includes('aaaaaaaaaa'))).toBe(false);
  // Each frame of a hostile element is a working map: brought into view (they load lazily), it draws.
  for (const i of values.keys()) {
    await page.locator(`#map-${i}`).scrollIntoViewIfNeeded();
    await expect(page.frameLocator(`#map-${i} iframe`).locator('path.place-lysychansk')).toHaveCount(1);
  }
  expect(await injected(page)).toBe(0);
  expect(dialogs).toEqual([]);
});

test('every field of every command the embed accepts, with hostile values: ignored, and the map still answers', async ({ page, baseURL }) => {
  test.setTimeout(60_000);
  const dialogs = watchDialogs(page);
  await hostWith(page, baseURL!, [{ place: 'azot', tiles: '0' }]);
  const frame = page.frameLocator('#map-0 iframe');
  await expect(frame.locator('.leaflet-popup .place-popup h2')).toContainText('Azot');
  const date = await frame.locator('.fm-bar .date-stepper-value').textContent();
  const fields = embedFixture.fields as Record<string, unknown[]>;
  const messages: unknown[] = [];
  for (const [name, names] of Object.entries(EMBED_COMMANDS)) {
    const type = `frontline-map:${name}`;
    messages.push({ type }, { type: name }, { type: `${type} ` });
    for (const field of names) {
      for (const [i, value] of fields[field]!.entries()) {
        const v = typeof value === 'string' ? fill(value, `xss-${name}-${i}`) : value;
        messages.push({ type, [field]: v }, { type, [field]: v, style: 'background:red', innerHTML: '<b data-xss>x</b>' });
      }
    }
  }
  // Then one good command: the frame hears its messages in order, so once it has answered this
  // one, it has handled every hostile one before it.
  messages.push({ type: 'frontline-map:select-place', place: 'bakhmut' });
  const sent = await page.evaluate(
    ({ messages, origin }) => {
      const w = document.querySelector<HTMLIFrameElement>('#map-0 iframe')!.contentWindow!;
      for (const m of messages) w.postMessage(m, origin);
      return messages.length;
    },
    { messages, origin: new URL(baseURL!).origin },
  );
  expect(sent).toBeGreaterThan(20);
  await expect(frame.locator('.leaflet-popup .place-popup h2')).toContainText('Bakhmut');
  // No hostile command chose a place or a date: the one place the map announced is the good one's.
  await expect.poll(() => page.evaluate(() => (window as unknown as { placesSelected: unknown[] }).placesSelected)).toEqual(['bakhmut']);
  await expect(frame.locator('.fm-bar .date-stepper-value')).toHaveText(date!);
  expect(await injected(page)).toBe(0);
  expect(await page.evaluate(() => ({ body: document.body.getAttribute('style'), polluted: ({} as { polluted?: unknown }).polluted }))).toEqual({
    body: null,
    polluted: undefined,
  });
  expect(dialogs).toEqual([]);
});
