/** How the map's attribution control writes a data credit (geo/layers.json "attributions"). */
import { escapeHtml } from './html';
import type { Attribution } from './schemas';

/** The About page's credits and licences: where a credit without an address of its own links. */
export const CREDITS_PAGE = '/about#credits';

/**
 * One credit as HTML for Leaflet's attribution control: a link to the credit's own address, or to
 * the About page's credits where it has none (the project's: it has no public address to give).
 *
 * @param credit the credit from the manifest
 * @returns an escaped `<a>` that opens in a new tab
 * @example creditHtml({ text: 'Made with Natural Earth', url: 'https://www.naturalearthdata.com/', licence: 'Public domain' })
 */
export function creditHtml(credit: Attribution): string {
  const href = credit.url ?? CREDITS_PAGE;
  return `<a href="${escapeHtml(href)}" target="_blank" rel="noopener">${escapeHtml(credit.text)}</a>`;
}

/**
 * The data's licence, as GET /api/layers states it beside the layers' credits. The README's
 * "Credits and licences" and the About page say the same in prose.
 */
export const DATA_LICENCE = {
  licence: 'ODbL 1.0',
  url: 'https://opendatacommons.org/licenses/odbl/1-0/',
  note:
    'The data set as a whole is under the Open Database License 1.0, because it contains geometry derived from OpenStreetMap ' +
    '(© OpenStreetMap contributors, share-alike). Parts from Natural Earth are public domain. Quotations are their publishers’ ' +
    'text, quoted for reporting with their citations: no licence of this project covers them. The code is under the MIT licence.',
} as const;
