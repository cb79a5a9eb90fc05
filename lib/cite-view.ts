/**
 * "Cite this view": a citation of a view of the map (the share dialog) or of a place's page, in
 * APA, Chicago, BibTeX and CSL-JSON (what reference managers such as Zotero import). Hand-written:
 * the four shapes are small and ours, and the citation libraries (citation-js, citeproc) would add
 * hundreds of KB to the map page's bundle for them. The author is the project, never a person.
 * Pure; in the client bundle.
 */
import type { DataVersion } from './data-version';
import { formatIsoDate } from './format-date';
import type { Words } from './translate';

/** Who the map is by: the project (LICENSE, README "Credits and licences"), an organisation. */
export const CITED_AUTHOR = 'Front-line map project';
/** The work a view is part of. */
export const CITED_WORK = 'Front-line map: Severodonetsk, Lysychansk and Bakhmut, 2022–2023';

export interface CitedView {
  /** What the view shows, e.g. "Severodonetsk as reported on 30 June 2022". */
  title: string;
  /** The permalink: the view's full state and the data version (lib/permalink.ts). */
  url: string;
  /** The data version the view shows; its date is the citation's date of issue. */
  version: DataVersion;
  /** The reader's today (YYYY-MM-DD), the access date; unset until the browser knows it. */
  accessed?: string;
}

export const CITATION_STYLES = ['apa', 'chicago', 'bibtex', 'csl-json'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y ?? 0, m ?? 1, d ?? 1];
}

/** "December 1, 2026": the month-first form that APA and Chicago print. */
function monthDayYear(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}

/**
 * What a view of the map shows, as a citation's title, in the reader's language (the citation
 * around it keeps the styles' English conventions).
 * @param placeName the selected place's name, if a place is selected
 * @param date the date the situation is shown as reported on (YYYY-MM-DD)
 * @param compare compare mode's other date, if comparing (lib/compare.ts)
 * @example viewTitle(WORDS.en, 'Severodonetsk', '2022-06-30') // 'Severodonetsk as reported on 30 June 2022'
 */
export function viewTitle({ t, locale }: Words, placeName: string | undefined, date: string, compare?: string): string {
  const place = placeName ?? t('Share.viewTitleAll');
  const on = formatIsoDate(date, locale);
  if (compare === undefined) return t('Share.viewTitle', { place, date: on });
  return t('Share.viewTitleCompared', { place, date: on, compare: formatIsoDate(compare, locale) });
}

/** APA 7: author, (date of the version), title [description], site, retrieval date and URL. */
export function apaCitation({ title, url, version, accessed }: CitedView): string {
  const [y, m, d] = parts(version.date);
  const retrieved = accessed ? `Retrieved ${monthDayYear(accessed)}, from ${url}` : url;
  return `${CITED_AUTHOR}. (${y}, ${MONTHS[m - 1]} ${d}). ${title} [Interactive map; data version ${version.id}]. ${CITED_WORK}. ${retrieved}`;
}

/** Chicago, notes and bibliography, bibliography entry for a web page. */
export function chicagoCitation({ title, url, version, accessed }: CitedView): string {
  const seen = accessed ? ` Accessed ${monthDayYear(accessed)}.` : '';
  return `${CITED_AUTHOR}. “${title}.” ${CITED_WORK}. Interactive map, data version ${version.id}, ${monthDayYear(version.date)}.${seen} ${url}.`;
}

const BIBTEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/**
 * Text as a BibTeX field's value: LaTeX's special characters escaped, in one pass so that an
 * escape's own backslash and braces are not escaped again.
 * @example escapeBibtex('50% & more_') // '50\\% \\& more\\_'
 */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}$&%#_^~]/g, (c) => BIBTEX_SPECIALS[c]!);
}

/** The key of a citation: the same for the same version and title, BibTeX-safe (letters, digits, hyphens). */
function citationKey({ title, version }: CitedView): string {
  const words = title
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9 ]/g, '')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 3);
  return ['frontline-map', ...words, version.id].join('-');
}

/**
 * A BibTeX `@misc` entry (with biblatex's `urldate` and `version`). The URL is written as it is:
 * BibTeX reads `url` verbatim (the url package), and a URL has no braces to balance.
 */
export function bibtexCitation(view: CitedView): string {
  const fields: [string, string][] = [
    // Double braces: an organisation, not a "Last, First" person, and title case kept as written.
    ['author', `{${escapeBibtex(CITED_AUTHOR)}}`],
    ['title', `{${escapeBibtex(view.title)}}`],
    ['howpublished', `Interactive map, ${escapeBibtex(CITED_WORK)}`],
    ['year', view.version.date.slice(0, 4)],
    ['version', view.version.id],
    ['url', view.url],
    ...(view.accessed ? ([['urldate', view.accessed]] as [string, string][]) : []),
    ['note', `Data version ${view.version.id}`],
  ];
  return `@misc{${citationKey(view)},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}`;
}

/** A CSL date: `{ "date-parts": [[year, month, day]] }`. */
function cslDate(iso: string): { 'date-parts': [[number, number, number]] } {
  return { 'date-parts': [parts(iso)] };
}

/** One CSL-JSON item (the schema of citeproc-js and Zotero: csl-data.json). */
export function cslItem(view: CitedView) {
  return {
    id: citationKey(view),
    type: 'map',
    title: view.title,
    'container-title': CITED_WORK,
    author: [{ literal: CITED_AUTHOR }],
    publisher: CITED_AUTHOR,
    genre: 'Interactive map',
    version: view.version.id,
    issued: cslDate(view.version.date),
    ...(view.accessed ? { accessed: cslDate(view.accessed) } : {}),
    URL: view.url,
  };
}

/** CSL-JSON as a reference manager imports it: an array of items. */
export function cslJsonCitation(view: CitedView): string {
  return JSON.stringify([cslItem(view)], null, 2);
}

/** The citation in one of the styles. */
export function citationIn(style: CitationStyle, view: CitedView): string {
  if (style === 'apa') return apaCitation(view);
  if (style === 'chicago') return chicagoCitation(view);
  if (style === 'bibtex') return bibtexCitation(view);
  return cslJsonCitation(view);
}
