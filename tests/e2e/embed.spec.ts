import {
  baseStyles,
  CONTROL_COLOURS,
  CONTROL_COLOURS_DARK,
  NO_CONTROL_COLOUR,
  NO_CONTROL_COLOUR_DARK,
  uncertaintyStyle,
} from '../../lib/styles';
import { expect, hostPage, test } from './fixtures';

test('a host page on another origin embeds the map by iframe; a pop-up opens inside the frame', async ({ page, baseURL }) => {
  await hostPage(
    page,
    `<iframe id="m" src="${baseURL}/embed?date=2022-06-30&tiles=0" style="width:100%;height:560px;border:0" title="Map"></iframe>`,
  );
  const frame = page.frameLocator('#m');
  await expect(frame.locator('path.place-lysychansk')).toHaveCount(1);
  await frame.locator('path.place-severodonetsk').click({ force: true });
  await expect(frame.locator('.leaflet-popup .place-popup h2')).toContainText('Severodonetsk');
  await expect(frame.locator('.leaflet-popup')).toContainText('As reported on 30 June 2022');
  await expect(frame.locator('.map-legend')).toHaveCount(1);
  await expect(frame.getByRole('link', { name: 'View full map' })).toHaveAttribute(
    'href',
    `${baseURL}/?place=severodonetsk&tiles=0&date=2022-06-30`,
  );
});

test('embed.js: auto-height, ready and place-selected events, select-place and set-date commands', async ({ page, baseURL }) => {
  await hostPage(
    page,
    `<div id="map" data-frontline-map data-place="lysychansk" data-date="2022-06-30" data-tiles="0"></div>
     <script>window.events = []; ['frontline-map:ready', 'frontline-map:place-selected'].forEach(function (t) {
       document.addEventListener(t, function (e) { window.events.push({ type: t, detail: e.detail }); }); });</script>
     <script src="${baseURL}/embed.js"></script>`,
  );
  const iframe = page.locator('#map iframe');
  await expect(iframe).toHaveCount(1);
  expect(await iframe.evaluate((f) => getComputedStyle(f).width)).toBe(await page.locator('#map').evaluate((d) => getComputedStyle(d).width));
  const frame = page.frameLocator('#map iframe');
  await expect(frame.locator('.leaflet-popup .place-popup h2')).toContainText('Lysychansk');
  // Height follows the content (the reserved 560px is replaced by the frame's document height).
  await expect
    .poll(async () => {
      const outer = (await iframe.boundingBox())!.height;
      const inner = await frame.locator('html').evaluate((h) => Math.ceil(h.getBoundingClientRect().height));
      return Math.abs(outer - inner) <= 2 && outer !== 560;
    })
    .toBe(true);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { events: { type: string }[] }).events.some((e) => e.type === 'frontline-map:ready')))
    .toBe(true);
  // The host commands the map.
  await page.evaluate(() =>
    (document.getElementById('map') as HTMLElement & { frontlineMap: { selectPlace(p: string): void } }).frontlineMap.selectPlace('bakhmut'),
  );
  await expect(frame.locator('.leaflet-popup .place-popup h2')).toContainText('Bakhmut');
  await page.evaluate(() =>
    (document.getElementById('map') as HTMLElement & { frontlineMap: { setDate(d: string): void } }).frontlineMap.setDate('2022-06-20'),
  );
  await expect(frame.locator('.fm-bar .date-stepper-value')).toHaveText('20 June 2022');
  // Choosing a place inside the frame (here by keyboard) reaches the host as an event.
  await frame.locator('path.place-severodonetsk').focus();
  await frame.locator('path.place-severodonetsk').press('Enter');
  await expect
    .poll(() =>
      page.evaluate(() =>
        (window as unknown as { events: { type: string; detail: { place: string } }[] }).events
          .filter((e) => e.type === 'frontline-map:place-selected')
          .map((e) => e.detail.place),
      ),
    )
    .toEqual(['bakhmut', 'severodonetsk']);
});

test('Escape closes the embed panel, then its pop-up, and focus goes back to what opened each', async ({ page }) => {
  await page.goto('/embed?tiles=0');
  await page.locator('path.place-bakhmut').focus();
  await page.keyboard.press('Enter');
  const popup = page.locator('.leaflet-popup .place-popup');
  await expect(popup.locator('h2')).toBeFocused();
  const allReporting = popup.getByRole('button', { name: /All reporting/ });
  await allReporting.click();
  const panel = page.getByRole('region', { name: /All reporting on Bakhmut/ });
  await expect(panel).toBeVisible();
  await expect(panel.locator('h2')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(allReporting).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(popup).toHaveCount(0);
  await expect(page.locator('path.place-bakhmut')).toBeFocused();
  await expect(page.locator('path.place-bakhmut')).toHaveCount(1);
});

test('the dark embed draws its base, uncertainty circles and status dots in the dark colours', async ({ page }) => {
  await page.goto('/embed?tiles=0&theme=dark&place=lysychansk-refinery&date=2022-06-30');
  const rgb = (hex: string) => `rgb(${[0, 1, 2].map((i) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16)).join(', ')})`;
  await expect(page.locator('path.uncertainty-lysychansk-refinery')).toHaveAttribute('stroke', uncertaintyStyle('dark').color!);
  expect(uncertaintyStyle('dark').color).not.toBe(uncertaintyStyle('light').color);
  await expect(page.locator(`path[fill="${baseStyles('dark').region.fillColor}"]`).first()).toBeAttached();
  const dot = page.locator('.leaflet-popup .status-dot').first();
  const shown = await dot.evaluate((d) => getComputedStyle(d).backgroundColor);
  expect([...Object.values(CONTROL_COLOURS_DARK), NO_CONTROL_COLOUR_DARK].map(rgb)).toContain(shown);
  expect([...Object.values(CONTROL_COLOURS), NO_CONTROL_COLOUR].map(rgb)).not.toContain(shown);
  // The controls take the theme too: a dark layers box with a light icon, dark zoom buttons.
  const luminance = (css: string) => {
    const [r, g, b] = css.match(/\d+/g)!.map(Number);
    return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
  };
  expect(luminance(await page.locator('.leaflet-control-layers').evaluate((e) => getComputedStyle(e).backgroundColor))).toBeLessThan(0.3);
  expect(luminance(await page.locator('.leaflet-control-zoom-in').evaluate((e) => getComputedStyle(e).backgroundColor))).toBeLessThan(0.3);
  expect(await page.locator('.leaflet-control-layers-toggle').evaluate((e) => getComputedStyle(e).filter)).toContain('invert(1)');
});

test('the frame ignores commands of the wrong shape', async ({ page, baseURL }) => {
  await hostPage(
    page,
    `<iframe id="m" src="${baseURL}/embed?place=azot&tiles=0" style="width:100%;height:560px;border:0" title="Map"></iframe>`,
  );
  const frame = page.frameLocator('#m');
  await expect(frame.locator('.leaflet-popup .place-popup h2')).toContainText('Azot');
  await page.evaluate(() => {
    const w = (document.getElementById('m') as HTMLIFrameElement).contentWindow!;
    w.postMessage({ type: 'frontline-map:select-place', place: '<img src=x onerror=alert(1)>' }, '*');
    w.postMessage({ type: 'frontline-map:set-date', date: 'yesterday' }, '*');
    w.postMessage('frontline-map:select-place bakhmut', '*');
    w.postMessage({ type: 'select-place', place: 'bakhmut' }, '*');
  });
  await page.waitForTimeout(300);
  await expect(frame.locator('.leaflet-popup .place-popup h2')).toContainText('Azot');
  await expect(frame.locator('img[src="x"]')).toHaveCount(0);
});

test.describe('framing the main page', () => {
  test.use({ expectedProblems: /frame-ancestors|Refused to display|X-Frame-Options|ERR_BLOCKED_BY_RESPONSE/i });

  test('the main page refuses to be framed by another origin', async ({ page, baseURL, request }) => {
    const res = await request.get('/');
    expect(res.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(res.headers()['x-frame-options']).toBe('SAMEORIGIN');
    const embed = await request.get('/embed');
    expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
    expect(embed.headers()['x-frame-options']).toBeUndefined();
    await hostPage(page, `<iframe id="m" src="${baseURL}/" style="width:100%;height:400px" title="Map"></iframe>`);
    await page.waitForTimeout(1500);
    await expect(page.frameLocator('#m').locator('.leaflet-container')).toHaveCount(0);
  });
});

test('without SITE_URL, links follow the request and the answers vary on it', async ({ request, baseURL }) => {
  // The test server runs without SITE_URL: a shared cache must keep http and https answers apart.
  const host = new URL(baseURL!).host;
  const varies = (header: string | undefined) => (header ?? '').split(',').map((s) => s.trim().toLowerCase());
  const embed = await request.get('/embed', { headers: { 'X-Forwarded-Proto': 'https' } });
  expect(varies(embed.headers().vary)).toEqual(expect.arrayContaining(['host', 'x-forwarded-proto']));
  expect(await embed.text()).toMatch(new RegExp(`<link rel="canonical" href="https://${host.replace(/\./g, '\\.')}/"/?>`));
  const plain = await request.get('/embed');
  expect(await plain.text()).toMatch(new RegExp(`<link rel="canonical" href="http://${host.replace(/\./g, '\\.')}/"/?>`));
  const oembed = await request.get(`/api/oembed?format=json&url=${encodeURIComponent(`${baseURL}/embed`)}`);
  expect(oembed.status()).toBe(200);
  expect(varies(oembed.headers().vary)).toEqual(expect.arrayContaining(['host', 'x-forwarded-proto']));
});

test.describe('share dialog', () => {
  // The live preview reloads when an option changes: the superseded loads are aborted (its page,
  // its bundle, and the map's data file it fetches).
  test.use({ expectedProblems: /\/(embed\?|_embed\/|_data\/)\S* net::ERR_ABORTED$/ });

  test('the share dialog’s code, pasted into a host page, works', async ({ page, baseURL }) => {
    await page.goto('/?place=lysychansk&date=2022-06-30&tiles=0');
    await page.getByRole('button', { name: 'Share / embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share, cite or embed this view' });
    await expect(dialog).toBeVisible();
    // The link carries the whole state (the view too, once the map has moved to show the pop-up).
    await expect(dialog.getByLabel('Link to this view')).toHaveValue(
      new RegExp(`^${baseURL!.replace(/\./g, '\\.')}/\\?place=lysychansk&(z=\\d+&ll=[\\d.]+,[\\d.]+&)?tiles=0&date=2022-06-30$`),
    );
    await dialog.getByLabel('Map controls and date stepper').uncheck();
    await expect(dialog.frameLocator('iframe').locator('.leaflet-popup .place-popup h2')).toContainText('Lysychansk');
    const script = await dialog.getByLabel('Embed with a script (resizes to fit)').inputValue();
    const iframe = await dialog.getByLabel('Embed with an iframe').inputValue();
    expect(script).toContain('data-controls="0"');

    await hostPage(page, script, 'script-article');
    const f1 = page.frameLocator('[data-frontline-map] iframe');
    await expect(f1.locator('.leaflet-popup .place-popup h2')).toContainText('Lysychansk');
    await expect(f1.locator('.leaflet-control-zoom')).toHaveCount(0);
    // The legend goes with the controls (it is there with them: the first test).
    await expect(f1.locator('.map-legend')).toHaveCount(0);

    await hostPage(page, iframe, 'iframe-article');
    const f2 = page.frameLocator('iframe');
    await expect(f2.locator('.leaflet-popup .place-popup h2')).toContainText('Lysychansk');
    await expect(f2.locator('.fm-bar .date-stepper-value')).toHaveText('30 June 2022');
  });
});

test('oEmbed: the embed links its oEmbed, whose html works in a host page', async ({ page, request }) => {
  // The prerendered pages link theirs only when SITE_URL is set at build (cache-headers.spec.ts).
  await page.goto('/embed?place=bakhmut&tiles=0');
  await expect(page.locator('.leaflet-popup .place-popup h2')).toContainText('Bakhmut');
  // The pop-up's situation comes with the report digests and their decoder (a chunk of its own):
  // once it shows, the page has nothing left to load that leaving it for the host page would cancel.
  await expect(page.locator('.leaflet-popup .place-popup div.situation')).toBeVisible();
  const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
  expect(href).toBeTruthy();
  const res = await request.get(href!.replace(/^https?:\/\/[^/]+/, ''));
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Front-line map' });
  expect(body.title).toContain('Bakhmut');
  await hostPage(page, body.html, 'oembed-article');
  await expect(page.frameLocator('iframe').locator('.leaflet-popup .place-popup h2')).toContainText('Bakhmut');
  const thumb = await request.get(body.thumbnail_url.replace(/^https?:\/\/[^/]+/, ''));
  expect(body.thumbnail_url).toMatch(/\/image\?place=bakhmut$/);
  expect(thumb.status()).toBe(200);
  expect(thumb.headers()['content-type']).toBe('image/png');
});

test.describe('embed without JavaScript', () => {
  // With JavaScript off, the browser refuses the page's scripts: expected.
  test.use({ javaScriptEnabled: false, expectedProblems: /\.js (csp|net::ERR_ABORTED)$/ });
  test('a selected place: its situation, every quote with its citation, and a link to the full map', async ({ page }) => {
    await page.goto('/embed?place=severodonetsk&date=2022-07-01&list=0&theme=%3Cscript%3E');
    const entry = page.locator('li[data-place-id="severodonetsk"]');
    await expect(entry).toBeVisible();
    await expect(page.locator('.place-list-date')).toContainText('as reported on 1 July 2022');
    await expect(entry).toContainText('Russian control, c. 25–26 June 2022');
    await expect(entry.locator('figure.report').first()).toBeVisible();
    await expect(entry.locator('cite').first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'View full map' })).toHaveAttribute('href', /\/\?place=severodonetsk&date=2022-07-01$/);
    expect(await page.content()).not.toContain('<script>');
    expect(await page.locator('html').getAttribute('data-theme')).toBe('light');
  });
  test('no place selected: what the map holds, and the way to every place on the full map', async ({ page }) => {
    await page.goto('/embed?date=2022-07-01&list=0');
    await expect(page.locator('.fm-summary')).toHaveText(/^\d+ places and \d+ quoted reports\. Every place and its reporting on the full map$/);
    await expect(page.getByRole('link', { name: 'Every place and its reporting on the full map' })).toHaveAttribute(
      'href',
      /\/\?date=2022-07-01$/,
    );
    await expect(page.locator('figure.report')).toHaveCount(0);
  });
  test('a picture of the view stands where the map would be, loaded and visible', async ({ page }) => {
    await page.goto('/embed?place=lysychansk&date=2022-06-30&theme=dark');
    const picture = page.getByRole('img', { name: /^This view of the map, drawn for readers without JavaScript/ });
    await expect(picture).toHaveAttribute('src', '/image?place=lysychansk&date=2022-06-30&width=800&height=500&theme=dark');
    await expect(picture).toBeVisible();
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(800);
  });
});

test('with JavaScript, the embed never loads its no-JavaScript picture', async ({ page }) => {
  const pictures: string[] = [];
  page.on('request', (req) => {
    if (new URL(req.url()).pathname === '/image') pictures.push(req.url());
  });
  await page.goto('/embed?place=lysychansk&tiles=0');
  await expect(page.locator('.leaflet-popup .place-popup h2')).toContainText('Lysychansk');
  await expect(page.locator('.fm-noscript-picture')).toHaveCount(0);
  expect(pictures).toEqual([]);
});
