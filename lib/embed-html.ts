/**
 * The embed page (/embed) as one HTML document, written by hand so the page readers load stays
 * light: no React on the client, Leaflet driven by public/_embed/embed.*.js. Pure: everything it
 * shows comes from its arguments; all text is escaped.
 */
import { type EmbedData, isBulkLayer } from './bulk-points';
import { embedConfigOf } from './embed-config';
import type { EmbedOptions } from './embed-options';
import { formatDateInfo, formatIsoDate } from './format-date';
import { escapeHtml as h, jsonForScript } from './html';
import { type MapData, situationOn, topReports } from './map-data';
import type { Status } from './schemas';
import { type LegendEntry, legendEntries, statusColour, statusLegendEntries, type Theme } from './styles';
import type { TileConfig } from './tiles';
import type { Citation } from './types';
import { serializeUrlState } from './url-state';
import { BASIS_LABELS, STATUS_LABELS } from './vocabulary';

export interface EmbedPageInput {
  data: MapData;
  options: EmbedOptions;
  tiles: TileConfig;
  assets: { js: string; css: string };
  /** Absolute origin of this site, e.g. https://map.example.org */
  origin: string;
  allowedOrigins: string[] | null;
  /** The oEmbed discovery URL for this embed's state. */
  oembedUrl: string;
}

function citation(c: Citation): string {
  return `<cite class="citation"><span class="citation-outlet">${h(c.outlet)}</span>${c.byline ? ` · ${h(c.byline)}` : ''}${
    c.original ? ` · rewriting ${h(c.original.outlet)} (${h(c.original.byline)})` : ''
  } · <time datetime="${h(c.published.date)}">${h(formatDateInfo(c.published))}</time> · <a href="${h(c.url)}" target="_blank" rel="noopener noreferrer">${
    c.url_is_copy ? 'Copy of the text (original link not known)' : 'Source'
  }</a></cite>`;
}

/** A small swatch for the legend (inline SVG; colours from the style table). */
function swatch(e: LegendEntry): string {
  const st = e.style;
  const stroke = `stroke="${h(st.color)}" stroke-width="${Math.min(st.weight, 3)}"${st.dashArray ? ` stroke-dasharray="${h(st.dashArray)}"` : ''}`;
  const shape =
    e.shape === 'line'
      ? `<line x1="2" y1="7" x2="22" y2="7" ${stroke}/>`
      : e.shape === 'polygon'
        ? `<rect x="2" y="2" width="20" height="10" fill="${h(st.fillColor ?? 'none')}" fill-opacity="${st.fillOpacity ?? 1}" ${stroke}/>`
        : `<circle cx="12" cy="7" r="5" fill="${h(st.fillColor ?? 'none')}" fill-opacity="${st.fillOpacity ?? 1}" ${stroke}/>`;
  return `<svg width="24" height="14" viewBox="0 0 24 14" aria-hidden="true" focusable="false">${shape}</svg>`;
}

/** The legend, from the same style rules as the main map's, with the status colours of the theme. */
export function embedLegendHtml(data: Pick<EmbedData, 'layers'>, theme: Theme): string {
  const keys = data.layers.map((l) => l.style);
  const item = (e: LegendEntry) => `<li>${swatch(e)} ${h(e.label)}</li>`;
  const statuses = statusLegendEntries(keys).map((e) => {
    const status = e.key === 'status-none' ? null : (e.key.slice('status-'.length) as Status);
    const colour = statusColour(status, theme);
    return { ...e, style: { ...e.style, color: colour, fillColor: colour } };
  });
  return `<details class="fm-legend"><summary>Legend</summary><ul>${legendEntries(keys, theme).map(item).join('')}</ul><p class="fm-legend-title">Situation (cities and sites)</p><ul>${statuses
    .map(item)
    .join('')}</ul></details>`;
}

/**
 * The server-rendered text list: every place, its situation on the date and its top quotes. Points
 * of a bulk layer (lib/bulk-points.ts) with no reporting are not listed one by one: a line per
 * layer says how many there are.
 */
export function embedListHtml(data: Pick<EmbedData, 'layers' | 'places' | 'placeOrder'>, date: string): string {
  const items = data.placeOrder.map((id) => {
    const place = data.places[id]!;
    const s = situationOn(place, date);
    const situation = s
      ? `${h(STATUS_LABELS[s.status])} (${h(BASIS_LABELS[s.basis])}: ${h(s.according_to)}, ${h(formatDateInfo(s.describes))})`
      : 'No situation reported by this date';
    const quotes = topReports(place, 2, date)
      .map((r) => `<figure class="report"><blockquote class="report-quote">“${h(r.quote)}”</blockquote><figcaption>${citation(r.citation)}</figcaption></figure>`)
      .join('');
    return `<li data-place-id="${h(id)}"><span class="place-name">${h(place.name)}</span> <span class="place-name-uk" lang="uk">${h(place.name_uk)}</span><p class="situation">${situation}</p>${quotes}</li>`;
  });
  for (const layer of data.layers.filter(isBulkLayer)) {
    const bare = layer.points.ids.filter((id) => !data.places[id]).length;
    if (bare) items.push(`<li class="fm-list-bulk"><span class="place-name">${h(layer.title)}</span><p class="situation">${h(bare.toLocaleString('en-GB'))} ${bare === 1 ? 'point' : 'points'} with no reporting attached, shown on the map only</p></li>`);
  }
  return `<h2>Places and reporting, as reported on ${h(formatIsoDate(date))}</h2><ul>${items.join('')}</ul>`;
}

export function embedPageHtml({ data, options, tiles, assets, origin, allowedOrigins, oembedUrl }: EmbedPageInput): string {
  const date = options.state.date ?? data.dateRange.max;
  const qs = serializeUrlState(options.state, data.layers.map((l) => l.id));
  const fullMap = `${origin}/${qs ? `?${qs}` : ''}`;
  const config = embedConfigOf({ data, options, tiles, origin, allowedOrigins });
  const place = options.state.place ? data.places[options.state.place] : undefined;
  const title = place ? `${place.name}: front-line map` : 'Front-line map: Severodonetsk, Lysychansk and Bakhmut';
  const bar = options.controls
    ? `<div class="fm-date"><button type="button" class="fm-prev" aria-label="Previous report date">‹</button><span>As reported on <strong class="fm-date-label">${h(
        formatIsoDate(date),
      )}</strong></span><button type="button" class="fm-next" aria-label="Next report date">›</button></div>`
    : `<div class="fm-date"><span>As reported on <strong class="fm-date-label">${h(formatIsoDate(date))}</strong></span></div>`;
  return `<!doctype html>
<html lang="en" data-theme="${h(options.theme)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(title)}</title>
<link rel="stylesheet" href="${h(assets.css)}">
<link rel="alternate" type="application/json+oembed" href="${h(oembedUrl)}" title="${h(title)}">
<link rel="canonical" href="${h(fullMap)}">
</head>
<body>
<div id="frontline-embed" class="fm">
<div class="fm-map" role="region" aria-label="Map of the places in the reporting"><div class="fm-map-placeholder">Loading the map… The places and their reporting are listed below.</div></div>
<div class="fm-bar">${bar}${options.controls ? embedLegendHtml(data, options.theme === 'dark' ? 'dark' : 'light') : ''}<a class="fm-full" href="${h(fullMap)}" target="_blank" rel="noopener">View full map</a></div>
<div class="fm-panel-slot"></div>
<section class="fm-list" aria-label="Places and reporting"${options.list ? '' : ' data-hidden'}>${embedListHtml(config.data, date)}</section>
</div>
<script id="fm-config" type="application/json">${jsonForScript(config)}</script>
<script src="${h(assets.js)}" defer></script>
</body>
</html>`;
}
