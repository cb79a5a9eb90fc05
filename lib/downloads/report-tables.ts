/** The reports, their assertions and the map checks of their claims as download tables (lib/downloads/table.ts). */
import { reportView } from '../citations';
import { summaryText, verdictText } from '../claim-words';
import { claimSchema } from '../claim-schemas';
import { formatDateInfo } from '../format-date';
import { activitySchema, basisSchema, controlSchema } from '../schemas';
import { quoteLinkOf } from '../text-fragment';
import { ENGLISH } from '../english-words';
import type { Assertion, Citation, ClaimView, DateInfo, Report, ReportView } from '../types';
import { joinList, type Table } from './table';

const REPORT_ID = 'The report, by id (reports.csv).';

/** "Sky News · Alex Crawford, special correspondent · c. 30 June 2022": the citation line every quote carries on the map. */
export function citationText(c: Citation): string {
  const original = c.original ? ` · rewriting ${c.original.outlet} (${c.original.byline})` : '';
  return `${c.outlet}${c.byline ? ` · ${c.byline}` : ''}${original} · ${formatDateInfo(c.published)}`;
}

function describedColumns(): Table<ReportView>['columns'] {
  const d = (r: ReportView): DateInfo => r.describes;
  return [
    { name: 'describes_date', type: 'date', required: true, description: 'The date the passage describes.', value: (r) => d(r).date },
    {
      name: 'describes_approximate',
      type: 'boolean',
      required: true,
      description: 'Whether that date is inferred.',
      value: (r) => d(r).approximate,
    },
    { name: 'describes_earliest', type: 'date', description: 'The earliest it can be, where bounded.', value: (r) => d(r).earliest },
    { name: 'describes_latest', type: 'date', description: 'The latest it can be, where bounded.', value: (r) => d(r).latest },
    { name: 'describes_basis', type: 'string', description: 'How the date was inferred.', value: (r) => d(r).basis },
  ];
}

export const reportsTable: Table<ReportView> = {
  name: 'reports',
  title: 'Reports',
  description:
    'Every report: a verbatim quotation from a news article (checked against its text at every build), the places it is about, the date it describes, and its citation. The quotations are their publishers’ and authors’ text, quoted for reporting with their citations: no licence of this project covers them.',
  title_uk: 'Повідомлення',
  description_uk:
    'Кожне повідомлення: дослівна цитата з новинної статті (звірена з її текстом під час кожного збирання), місця, яких вона стосується, дата, яку вона описує, і бібліографічне посилання. Цитати — текст їхніх видавців і авторів, наведений для інформування з посиланнями: жодна ліцензія цього проєкту на них не поширюється.',
  rows: (data) => data.reports.map((r: Report) => reportView(r, data)),
  primaryKey: 'id',
  foreignKeys: [{ fields: 'source', reference: { resource: 'sources', fields: 'id' } }],
  columns: [
    { name: 'id', type: 'string', required: true, unique: true, description: 'Permanent id of the report.', value: (r) => r.id },
    { name: 'quote', type: 'string', required: true, description: 'The passage, verbatim.', value: (r) => r.quote },
    {
      name: 'places',
      type: 'string',
      required: true,
      description: 'The places it is about, by id (places.csv), separated by " | ".',
      value: (r) => joinList(r.places),
    },
    ...describedColumns(),
    {
      name: 'source',
      type: 'string',
      required: true,
      description: 'The source quoted, by id (sources.csv).',
      value: (r) => r.citation.source_id,
    },
    {
      name: 'citation',
      type: 'string',
      required: true,
      description: 'The citation as the map shows it: outlet, byline, date.',
      value: (r) => citationText(r.citation),
    },
    {
      name: 'reported_date',
      type: 'date',
      required: true,
      description: 'When it was reported: the source’s publication date.',
      value: (r) => r.reported.date,
    },
    {
      name: 'reported_approximate',
      type: 'boolean',
      required: true,
      description: 'Whether that date is inferred.',
      value: (r) => r.reported.approximate,
    },
    {
      name: 'url',
      type: 'string',
      required: true,
      description: 'The article: its original address where known, else the copy the text matches (see url_is_copy).',
      value: (r) => r.citation.url,
    },
    {
      name: 'url_is_copy',
      type: 'boolean',
      required: true,
      description: 'Whether url is a copy, the original’s address not being known.',
      value: (r) => r.citation.url_is_copy,
    },
    {
      name: 'quote_url',
      type: 'string',
      required: true,
      description: 'url with a text fragment (#:~:text=) that opens the article at the quoted words in browsers that support it.',
      value: (r) => quoteLinkOf(r.citation.url, r.quote),
    },
  ],
};

interface AssertionRow {
  report: string;
  assertion: Assertion;
}

export const assertionsTable: Table<AssertionRow> = {
  name: 'assertions',
  title: 'Assertions',
  description:
    'What each report asserts about a place: who controls it (control) or one thing happening there (activity), on what basis and according to whom. The map’s situation on a date is made from these.',
  title_uk: 'Твердження',
  description_uk:
    'Що кожне повідомлення стверджує про місце: хто його контролює (control) або що одне там відбувається (activity), на якій підставі й за чиїми словами. З них складено ситуацію на мапі на кожну дату.',
  rows: (data) => data.reports.flatMap((r) => r.assertions.map((assertion) => ({ report: r.id, assertion }))),
  foreignKeys: [
    { fields: 'report', reference: { resource: 'reports', fields: 'id' } },
    { fields: 'place', reference: { resource: 'places', fields: 'id' } },
  ],
  columns: [
    { name: 'report', type: 'string', required: true, description: REPORT_ID, value: (r) => r.report },
    { name: 'place', type: 'string', required: true, description: 'The place, by id (places.csv).', value: (r) => r.assertion.place },
    {
      name: 'axis',
      type: 'string',
      required: true,
      enum: ['control', 'activity'],
      description: 'What is asserted.',
      value: (r) => ('control' in r.assertion ? 'control' : 'activity'),
    },
    {
      name: 'value',
      type: 'string',
      required: true,
      enum: [...controlSchema.options, ...activitySchema.options],
      description:
        'For control: ukrainian, contested or russian; for activity: under-attack, russian-advance, ukrainian-withdrawal or russian-troops-inside.',
      value: (r) => ('control' in r.assertion ? r.assertion.control : r.assertion.activity),
    },
    {
      name: 'basis',
      type: 'string',
      required: true,
      enum: basisSchema.options,
      description: 'Observed, official, reported or claimed.',
      value: (r) => r.assertion.basis,
    },
    { name: 'according_to', type: 'string', required: true, description: 'Who makes the assertion.', value: (r) => r.assertion.according_to },
    {
      name: 'describes_date',
      type: 'date',
      description: 'Where the assertion is about another date than its report’s: that date.',
      value: (r) => r.assertion.describes?.date,
    },
  ],
};

export const claimsTable: Table<ClaimView> = {
  name: 'claims',
  title: 'Map checks of claims',
  description:
    'Geographic statements in the quotes (distances, directions, river banks, positions) checked against the map’s geometry at build, with the verdict and the numbers behind it (About page, “How the map checks the reporting’s geography”).',
  title_uk: 'Перевірки за мапою',
  description_uk:
    'Географічні висловлювання в цитатах (відстані, напрямки, береги річки, розташування), перевірені за геометрією мапи під час збирання, з висновком і числами, на яких він ґрунтується (сторінка «Про мапу», «Як мапа перевіряє географію в повідомленнях»).',
  rows: (data) => data.claims,
  primaryKey: 'id',
  foreignKeys: [{ fields: 'report', reference: { resource: 'reports', fields: 'id' } }],
  columns: [
    { name: 'id', type: 'string', required: true, unique: true, description: 'Permanent id of the claim.', value: (c) => c.id },
    { name: 'report', type: 'string', required: true, description: REPORT_ID, value: (c) => c.report },
    {
      name: 'kind',
      type: 'string',
      required: true,
      enum: claimSchema.options.map((o) => o.shape.kind.value),
      description: 'What kind of statement.',
      value: (c) => c.kind,
    },
    { name: 'text', type: 'string', required: true, description: 'The words checked, verbatim from the quote.', value: (c) => c.text },
    {
      name: 'places',
      type: 'string',
      required: true,
      description: 'The places involved, by id, separated by " | ".',
      value: (c) => joinList(c.places),
    },
    {
      name: 'verdict',
      type: 'string',
      required: true,
      enum: ['consistent', 'inconsistent', 'not-checkable'],
      description: 'The outcome of the check.',
      value: (c) => c.verdict,
    },
    {
      name: 'agreement',
      type: 'string',
      enum: ['whole-range', 'part-of-range'],
      description: 'For a consistent claim: whether all, or only part, of what the places’ precision allows agrees.',
      value: (c) => c.agreement,
    },
    {
      name: 'summary',
      type: 'string',
      required: true,
      description: 'The map check as one line, in English (as the map’s English pages word it).',
      value: (c) => summaryText(ENGLISH, c),
    },
    { name: 'unit', type: 'string', description: 'km or deg (empty for banks).', value: (c) => c.measurement?.unit },
    { name: 'value', type: 'number', description: 'The measurement as drawn.', value: (c: ClaimView) => c.measurement?.value },
    { name: 'range_min', type: 'number', description: 'The least the places’ precision allows.', value: (c) => c.measurement?.range?.[0] },
    { name: 'range_max', type: 'number', description: 'The most it allows.', value: (c) => c.measurement?.range?.[1] },
    {
      name: 'method',
      type: 'string',
      required: true,
      description: 'How it was measured and judged.',
      value: (c) => [...c.method, verdictText(ENGLISH, c) ?? []].flat().join(' '),
    },
    { name: 'note', type: 'string', required: true, description: 'How the words are read, and why the tolerance.', value: (c) => c.note },
    { name: 'reason', type: 'string', description: 'Why it cannot be checked, for a claim that cannot.', value: (c) => c.reason },
  ],
};
