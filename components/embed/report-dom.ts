/** The embed's pop-up and panel content, built as DOM (the same content as components/reports/). */
import { formatDateInfo, formatIsoDate } from '@/lib/format-date';
import { type MapData, type MapPlace, situationOn, topReports } from '@/lib/map-data';
import { statusHistory } from '@/lib/status-timeline';
import { statusColour, type Theme } from '@/lib/styles';
import type { Citation, ReportView } from '@/lib/types';
import { BASIS_LABELS, describeAssertion, STATUS_LABELS } from '@/lib/vocabulary';
import { el } from './dom';

export function citationNode(c: Citation): HTMLElement {
  return el(
    'cite',
    { class: 'citation' },
    el('span', { class: 'citation-outlet' }, c.outlet),
    c.byline ? ` · ${c.byline}` : '',
    c.original ? ` · rewriting ${c.original.outlet} (${c.original.byline})` : '',
    ' · ',
    el('time', { datetime: c.published.date }, formatDateInfo(c.published)),
    ' · ',
    el('a', { href: c.url, target: '_blank', rel: 'noopener noreferrer' }, c.url_is_copy ? 'Copy of the text (original link not known)' : 'Source'),
  );
}

export function reportNode(r: ReportView, placeId: string, date: string, withCitation = true): HTMLElement {
  const later = r.reported.date > date;
  const assertions = r.assertions.filter((a) => a.place === placeId);
  return el(
    'figure',
    { class: 'report', 'data-report-id': r.id, 'data-later': later },
    later ? el('p', { class: 'later-badge' }, 'Later reporting: not yet published on the chosen date') : null,
    el('blockquote', { class: 'report-quote' }, `“${r.quote}”`),
    el(
      'figcaption',
      {},
      el('div', { class: 'report-dates' }, 'Describes ', el('time', { datetime: r.describes.date }, formatDateInfo(r.describes))),
      assertions.length
        ? el('ul', { class: 'report-assertions' }, ...assertions.map((a) => el('li', {}, describeAssertion(a), a.describes ? ` — ${formatDateInfo(a.describes)}` : '')))
        : null,
      withCitation ? citationNode(r.citation) : null,
    ),
  );
}

function dot(status: Parameters<typeof statusColour>[0], theme: Theme): HTMLElement {
  const d = el('span', { class: 'status-dot', 'aria-hidden': 'true' });
  d.style.background = statusColour(status, theme);
  return d;
}

function historyNode(place: MapPlace, date: string, theme: Theme): HTMLElement {
  const h = statusHistory(place.id, place.reports);
  if (!h.length) return el('p', { class: 'status-history-empty' }, 'No change of situation is reported for this place.');
  return el(
    'ol',
    { class: 'status-history' },
    ...h.map((e) =>
      el(
        'li',
        { 'data-later': e.reported.date > date || e.describes.date > date },
        dot(e.status, theme),
        el('time', { datetime: e.describes.date }, formatDateInfo(e.describes)),
        ': ',
        el('strong', {}, STATUS_LABELS[e.status]),
        ` (${BASIS_LABELS[e.basis]}: ${e.according_to})`,
        e.reported.date > date || e.describes.date > date ? el('span', { class: 'later-badge' }, ` · later reporting, published ${formatDateInfo(e.reported)}`) : null,
      ),
    ),
  );
}

export interface PopupActions {
  onAllReporting: () => void;
  onClose: () => void;
  /** Where "All reporting" goes when the panel is off. */
  allReportingHref?: string;
  /** The colour theme of the status dots. */
  theme: Theme;
}

export function popupNode(place: MapPlace, date: string, actions: PopupActions): HTMLElement {
  const situation = situationOn(place, date);
  const heading = el('h2', { id: `popup-${place.id}`, tabindex: '-1' }, place.name, ' ', el('span', { lang: 'uk', class: 'place-name-uk' }, place.name_uk));
  const close = el('button', { type: 'button', class: 'icon-button', 'aria-label': `Close ${place.name}` }, '×');
  close.addEventListener('click', actions.onClose);
  const all = actions.allReportingHref
    ? el('a', { class: 'all-reporting', href: actions.allReportingHref, target: '_blank', rel: 'noopener' }, `All reporting (${place.reports.length})`)
    : el('button', { type: 'button', class: 'all-reporting' }, `All reporting (${place.reports.length})`);
  if (!actions.allReportingHref) all.addEventListener('click', actions.onAllReporting);
  return el(
    'div',
    { class: 'place-popup', role: 'dialog', 'aria-labelledby': `popup-${place.id}` },
    el('div', { class: 'place-popup-head' }, heading, close),
    place.precision.type === 'approximate'
      ? el(
          'details',
          { class: 'precision-note' },
          el('summary', {}, el('strong', {}, 'Approximate location'), `, within about ${place.precision.radius_m.toLocaleString('en-GB')} m`),
          place.precision.note,
        )
      : null,
    el(
      'p',
      { class: 'situation' },
      dot(situation?.status ?? null, actions.theme),
      `As reported on ${formatIsoDate(date)}: `,
      situation
        ? el('strong', {}, STATUS_LABELS[situation.status])
        : el('strong', {}, 'no situation reported yet'),
      situation ? ` (${BASIS_LABELS[situation.basis]}: ${situation.according_to}, ${formatDateInfo(situation.describes)})` : '',
    ),
    all,
    ...topReports(place, 3, date).map((r) => reportNode(r, place.id, date)),
    el('details', { class: 'popup-history' }, el('summary', {}, 'Status history'), historyNode(place, date, actions.theme)),
  );
}

/** The pop-up of a point with no reporting attached (a bulk point without a MapPlace, lib/bulk-points.ts). */
export function bareFeaturePopupNode(id: string, name: string, onClose: () => void): HTMLElement {
  const heading = el('h2', { id: `popup-${id}`, tabindex: '-1' }, name);
  const close = el('button', { type: 'button', class: 'icon-button', 'aria-label': `Close ${name}` }, '×');
  close.addEventListener('click', onClose);
  return el(
    'div',
    { class: 'place-popup', role: 'dialog', 'aria-labelledby': `popup-${id}` },
    el('div', { class: 'place-popup-head' }, heading, close),
    el('p', { class: 'situation' }, 'No reporting is attached to this point.'),
  );
}

export function panelNode(place: MapPlace, data: Pick<MapData, 'sources'>, date: string, theme: Theme, onClose: () => void): HTMLElement {
  const close = el('button', { type: 'button', class: 'icon-button', 'aria-label': 'Close the reporting panel' }, '×');
  close.addEventListener('click', onClose);
  const bySource = new Map<string, ReportView[]>();
  for (const r of place.reports) bySource.set(r.citation.source_id, [...(bySource.get(r.citation.source_id) ?? []), r]);
  return el(
    'section',
    { class: 'report-panel', 'aria-labelledby': 'report-panel-heading' },
    el('div', { class: 'report-panel-head' }, el('h2', { id: 'report-panel-heading', tabindex: '-1' }, `All reporting on ${place.name} (${place.reports.length})`), close),
    el('section', { class: 'panel-history' }, el('h3', {}, 'Status history'), historyNode(place, date, theme)),
    ...[...bySource.entries()].map(([sourceId, reports]) => {
      const source = data.sources[sourceId]!;
      return el(
        'section',
        { class: 'panel-source', 'aria-label': source.citation.outlet },
        el('h3', {}, source.citation.title),
        citationNode(source.citation),
        el('details', { class: 'reliability' }, el('summary', {}, 'About this source'), el('ul', {}, ...source.reliability.map((n) => el('li', {}, n)))),
        ...reports.map((r) => reportNode(r, place.id, date, false)),
      );
    }),
  );
}
