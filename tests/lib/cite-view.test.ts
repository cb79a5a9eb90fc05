import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { describe, expect, it } from 'vitest';
import {
  apaCitation,
  bibtexCitation,
  CITATION_STYLES,
  CITED_AUTHOR,
  type CitedView,
  chicagoCitation,
  citationIn,
  cslItem,
  cslJsonCitation,
  escapeBibtex,
  viewTitle,
} from '@/lib/cite-view';
import { WORDS } from '../helpers/messages';

const URL_ = 'https://map.example.org/?place=severodonetsk&date=2022-06-30&v=0123456789ab';
const VIEW: CitedView = {
  title: viewTitle(WORDS.en, 'Severodonetsk', '2022-06-30'),
  url: URL_,
  version: { id: '0123456789ab', date: '2026-11-28' },
  accessed: '2026-12-01',
};

/** The item types of the CSL 1.0.2 schema (csl-data.json). */
const CSL_TYPES = ['article', 'dataset', 'document', 'map', 'software', 'webpage'];
const isCslDate = (d: unknown) =>
  typeof d === 'object' &&
  d !== null &&
  Array.isArray((d as { 'date-parts': unknown })['date-parts']) &&
  (d as { 'date-parts': unknown[][] })['date-parts'].every((p) => p.length >= 1 && p.length <= 3 && p.every(Number.isInteger));

describe('viewTitle', () => {
  it('names the place, or the map’s three cities, and the date the view shows', () => {
    expect(viewTitle(WORDS.en, 'Severodonetsk', '2022-06-30')).toBe('Severodonetsk as reported on 30 June 2022');
    expect(viewTitle(WORDS.en, undefined, '2023-02-07')).toBe('Severodonetsk, Lysychansk and Bakhmut as reported on 7 February 2023');
    // Compare mode: the other date is part of what the view shows.
    expect(viewTitle(WORDS.en, undefined, '2022-06-20', '2022-07-01')).toBe(
      'Severodonetsk, Lysychansk and Bakhmut as reported on 20 June 2022, compared with 1 July 2022',
    );
  });

  it('in Ukrainian: the place’s name as given, the dates as Ukrainian writes them', () => {
    expect(viewTitle(WORDS.uk, 'Сєвєродонецьк', '2022-06-30')).toBe('Сєвєродонецьк за повідомленнями на 30 червня 2022 р.');
    expect(viewTitle(WORDS.uk, undefined, '2022-06-20', '2022-07-01')).toBe(
      'Сєвєродонецьк, Лисичанськ і Бахмут за повідомленнями на 20 червня 2022 р. порівняно з 1 липня 2022 р.',
    );
  });
});

describe('APA and Chicago', () => {
  it('APA: the project as author, the version’s date, title, version, retrieval date and permalink', () => {
    expect(apaCitation(VIEW)).toBe(
      'Front-line map project. (2026, November 28). Severodonetsk as reported on 30 June 2022 [Interactive map; data version 0123456789ab]. ' +
        `Front-line map: Severodonetsk, Lysychansk and Bakhmut, 2022–2023. Retrieved December 1, 2026, from ${URL_}`,
    );
  });
  it('Chicago: the same facts, with the access date', () => {
    expect(chicagoCitation(VIEW)).toBe(
      'Front-line map project. “Severodonetsk as reported on 30 June 2022.” Front-line map: Severodonetsk, Lysychansk and Bakhmut, 2022–2023. ' +
        `Interactive map, data version 0123456789ab, November 28, 2026. Accessed December 1, 2026. ${URL_}.`,
    );
  });
  it('leaves the access date out until it is known (a page rendered before the reader’s today is)', () => {
    const { accessed: _, ...unread } = VIEW;
    expect(apaCitation(unread)).not.toMatch(/Retrieved/);
    expect(apaCitation(unread)).toMatch(/0123456789ab\]\. .* https:/);
    expect(chicagoCitation(unread)).not.toMatch(/Accessed/);
    expect(bibtexCitation(unread)).not.toMatch(/urldate/);
    expect(cslItem(unread)).not.toHaveProperty('accessed');
  });
});

describe('escapeBibtex', () => {
  it('escapes each of LaTeX’s special characters once', () => {
    expect(escapeBibtex('50% & more_ #1 $2 {x}')).toBe('50\\% \\& more\\_ \\#1 \\$2 \\{x\\}');
    expect(escapeBibtex('a\\b ^ ~')).toBe('a\\textbackslash{}b \\textasciicircum{} \\textasciitilde{}');
    expect(escapeBibtex('Severodonetsk – 2022')).toBe('Severodonetsk – 2022');
  });
});

describe('BibTeX', () => {
  it('is an @misc entry that a BibTeX parser (citation-js) reads back to the same facts', () => {
    const bib = bibtexCitation(VIEW);
    expect(bib).toMatch(/^@misc\{frontline-map-severodonetsk-as-reported-0123456789ab,\n/);
    const [item] = new Cite(bib).data;
    expect(item).toMatchObject({
      title: VIEW.title,
      URL: URL_,
      version: '0123456789ab',
      accessed: { 'date-parts': [[2026, 12, 1]] },
      issued: { 'date-parts': [[2026]] },
    });
    // One organisation, not a person called "project, Front-line map".
    expect(item!.author).toEqual([{ family: CITED_AUTHOR }]);
  });
  it('escapes a title’s special characters, which the parser reads back as written', () => {
    const title = '100% of {Azot} & the_refinery #2 ~ $x^2$ \\ end';
    const bib = bibtexCitation({ ...VIEW, title });
    expect(bib).toContain('title = {{100\\% of \\{Azot\\} \\& the\\_refinery \\#2');
    expect(new Cite(bib).data[0]!.title).toBe(title);
  });
});

describe('CSL-JSON', () => {
  it('is an array of one item with the schema’s fields: type, title, author, publisher, URL, accessed, version, issued', () => {
    const items = JSON.parse(cslJsonCitation(VIEW)) as Record<string, unknown>[];
    expect(items).toHaveLength(1);
    const item = items[0]!;
    expect(item).toEqual(cslItem(VIEW));
    expect(typeof item.id).toBe('string');
    expect(CSL_TYPES).toContain(item.type);
    expect(item.title).toBe(VIEW.title);
    expect(item.author).toEqual([{ literal: CITED_AUTHOR }]);
    expect(item.publisher).toBe(CITED_AUTHOR);
    expect(item.URL).toBe(URL_);
    expect(item.version).toBe('0123456789ab');
    expect(item.issued).toEqual({ 'date-parts': [[2026, 11, 28]] });
    expect(item.accessed).toEqual({ 'date-parts': [[2026, 12, 1]] });
    expect(isCslDate(item.issued) && isCslDate(item.accessed)).toBe(true);
    // Nothing but strings, CSL names and CSL dates: the schema's value types.
    for (const [key, value] of Object.entries(item)) {
      if (key === 'author') continue;
      expect(typeof value === 'string' || isCslDate(value), key).toBe(true);
    }
  });
  it('is read by citation-js as CSL as it is', () => {
    expect(new Cite(JSON.parse(cslJsonCitation(VIEW))).data[0]).toMatchObject(cslItem(VIEW));
  });
});

describe('citationIn', () => {
  it('gives each style, each naming the data version and the permalink', () => {
    for (const style of CITATION_STYLES) {
      const text = citationIn(style, VIEW);
      expect(text, style).toContain('0123456789ab');
      expect(text, style).toContain(URL_);
    }
  });
});
