/**
 * The map checks' lines in the reader's language (lib/claim-words.ts): the build keeps what each
 * check found in parts (ClaimView['finding']: kind, places, figures as shown, the words checked),
 * and each page words them from its catalogue. The English line is the one the badges always had;
 * the Ukrainian one names the places in Ukrainian, prints figures with Ukrainian decimal commas and
 * keeps the words checked in English, inside the message's <en> tag.
 */
import { describe, expect, it } from 'vitest';
import { summaryMessage, summaryText, verdictText } from '@/lib/claim-words';
import type { CheckedPlace, ClaimFinding, ClaimView } from '@/lib/types';
import { WORDS } from '../helpers/messages';
import { loadGeoData } from './geo-data';

const data = loadGeoData();
const claim = (id: string): ClaimView => {
  const c = data.claims.find((x) => x.id === id);
  if (!c) throw new Error(`no claim ${id} in geo/claims.json`);
  return c;
};

const place = (id: string, name: string, name_uk: string): CheckedPlace => ({ id, name, name_uk });
const lysychansk = place('lysychansk', 'Lysychansk', 'Лисичанськ');
const severodonetsk = place('severodonetsk', 'Severodonetsk', 'Сєвєродонецьк');
const river = place('siverskyi-donets', 'Siverskyi Donets river', 'Сіверський Донець');
const line = (finding: ClaimFinding, verdict: ClaimView['verdict'] = 'consistent') => ({
  en: summaryText(WORDS.en, { finding, verdict }),
  uk: summaryText(WORDS.uk, { finding, verdict }),
});

describe('the parts a check keeps', () => {
  it('a distance: the places, the range as shown in km and in the miles the words give, and the words verbatim', () => {
    expect(claim('refinery-six-miles').finding).toEqual({
      kind: 'distance',
      words: 'six miles',
      from: lysychansk,
      to: place('lysychansk-refinery', 'Lysychansk oil refinery', 'Лисичанський НПЗ'),
      between: 'centres',
      km: [3.2, 9.2],
      miles: [2, 5.7],
    });
  });

  it('a direction: whole degrees and the compass points of each end', () => {
    expect(claim('refinery-south-west-of-centre').finding).toMatchObject({
      kind: 'direction',
      words: 'southwestern',
      bearings: [219, 276],
      compass: ['SW', 'W'],
    });
  });

  it('river sides: each place’s bank, and the compass side of it', () => {
    expect(claim('twin-city-across-the-river').finding).toMatchObject({
      kind: 'river-side',
      river,
      banks: [
        { place: lysychansk, side: 'right', drawn_side: 'right', compass: 'SW' },
        { place: severodonetsk, side: 'left', drawn_side: 'left', compass: 'NE' },
      ],
    });
  });

  it('a claim the map cannot check keeps the first sentence of its reason', () => {
    expect(claim('villages-south-of-lysychansk').finding).toEqual({ kind: 'not-checkable', reason: 'The villages are not named.' });
  });
});

describe('the line in each language', () => {
  it('words the refinery’s distance in English as before, and in Ukrainian with its places in Ukrainian', () => {
    const c = claim('refinery-six-miles');
    expect(summaryText(WORDS.en, c)).toBe(
      'Map check: Lysychansk oil refinery 3.2–9.2 km (2.0–5.7 mi) from Lysychansk’s centre — consistent with ‘six miles’',
    );
    expect(summaryText(WORDS.uk, c)).toBe(
      'Перевірка за мапою: відстань Лисичанськ — Лисичанський НПЗ між центрами: 3,2–9,2 км (2,0–5,7 милі) — узгоджується з «six miles»',
    );
  });

  it('gives the words checked to the <en> tag, untranslated', () => {
    expect(summaryMessage(WORDS.uk, claim('refinery-six-miles'))).toMatchObject({
      key: 'MapCheck.summary',
      values: { verdict: 'consistent', words: 'six miles' },
    });
    expect(summaryMessage(WORDS.uk, claim('villages-south-of-lysychansk'))).toEqual({
      key: 'MapCheck.notCheckable',
      values: { reason: 'The villages are not named.' },
    });
    expect(summaryText(WORDS.uk, claim('villages-south-of-lysychansk'))).toBe(
      'Перевірка за мапою: не перевіряється. The villages are not named.',
    );
  });

  it('words a direction with Ukrainian compass points, and any bearing where the precision reaches the start', () => {
    expect(line(claim('refinery-south-west-of-centre').finding).uk).toBe(
      'Перевірка за мапою: напрямок Лисичанськ → Лисичанський НПЗ (від центру): азимут 219°–276° (від ПдЗх до Зх) — узгоджується з «southwestern»',
    );
    const any: ClaimFinding = { kind: 'direction', words: 'north', from: lysychansk, to: severodonetsk, bearings: null, compass: null };
    expect(line(any, 'inconsistent')).toEqual({
      en: 'Map check: Severodonetsk at any bearing from Lysychansk’s centre — inconsistent with ‘north’',
      uk: 'Перевірка за мапою: напрямок Лисичанськ → Сєвєродонецьк (від центру): будь-який азимут — не узгоджується з «north»',
    });
  });

  it('words the banks of a river, on the line and on either bank', () => {
    expect(line(claim('twin-city-across-the-river').finding).uk).toBe(
      'Перевірка за мапою: Сіверський Донець: Лисичанськ — на правому березі (південний захід), Сєвєродонецьк — на лівому березі (північний схід) — узгоджується з «just over the other side»',
    );
    const banks: ClaimFinding = {
      kind: 'river-side',
      words: 'across',
      river,
      banks: [
        { place: lysychansk, side: 'on-line', drawn_side: null, compass: null },
        { place: severodonetsk, side: 'uncertain', drawn_side: 'left', compass: 'NE' },
      ],
    };
    expect(line(banks)).toEqual({
      en: 'Map check: Lysychansk on the river line itself, Severodonetsk on either bank (drawn on the left bank (north-east), within the precision of the river) of the Siverskyi Donets — consistent with ‘across’',
      uk: 'Перевірка за мапою: Сіверський Донець: Лисичанськ — на самій лінії річки, Сєвєродонецьк — на будь-якому березі (намальовано на лівому березі (північний схід), у межах точності річки) — узгоджується з «across»',
    });
  });
});

describe('the line in each language: containment, between, and distances between edges', () => {
  it('words containment inside, outside and on the edge, with the range the precision allows', () => {
    const at = (relation: 'inside' | 'on-edge' | 'outside', edge_km: number, range_km: [number, number]) =>
      line({ kind: 'containment', words: 'in', subject: severodonetsk, container: lysychansk, relation, edge_km, range_km });
    expect(at('inside', 1.5, [-4.5, 1.5])).toEqual({
      en: 'Map check: Severodonetsk inside Lysychansk, 1.5 km from its edge (with precision: 4.5 km inside to 1.5 km outside) — consistent with ‘in’',
      uk: 'Перевірка за мапою: Сєвєродонецьк — Лисичанськ: усередині, 1,5 км від краю (з урахуванням точності: 4,5 км усередині — 1,5 км ззовні) — узгоджується з «in»',
    });
    expect(at('outside', 0.4, [0.4, 0.4]).en).toBe('Map check: Severodonetsk 0.4 km outside Lysychansk — consistent with ‘in’');
    expect(at('on-edge', 0, [0, 2]).en).toBe(
      'Map check: Severodonetsk on the edge of Lysychansk (with precision: on the edge to 2.0 km outside) — consistent with ‘in’',
    );
    expect(at('inside', 13.9, [-20.4, -7.4]).uk).toBe(
      'Перевірка за мапою: Сєвєродонецьк — Лисичанськ: усередині, 13,9 км від краю (з урахуванням точності: 7,4–20,4 км усередині) — узгоджується з «in»',
    );
  });

  it('words a place between two others', () => {
    const bridge = place('bridge-pavlohrad', 'Pavlohrad bridge', 'Павлоградський міст');
    expect(line(claim('twin-city-bridge-between').finding)).toEqual({
      en: 'Map check: Pavlohrad bridge 0.4 km off the straight line between Lysychansk’s and Severodonetsk’s centres (with precision: 0.0–3.4 km) — consistent with ‘over the other side of a bombed-out bridge’',
      uk: 'Перевірка за мапою: Павлоградський міст: 0,4 км від прямої Лисичанськ — Сєвєродонецьк, що з’єднує їхні центри (з урахуванням точності: 0,0–3,4 км) — узгоджується з «over the other side of a bombed-out bridge»',
    });
    expect(claim('twin-city-bridge-between').finding).toMatchObject({ subject: bridge, ends: [lysychansk, severodonetsk] });
  });

  it('words a distance between edges, in km only where the words give km', () => {
    const edges: ClaimFinding = {
      kind: 'distance',
      words: 'next to',
      from: lysychansk,
      to: severodonetsk,
      between: 'edges',
      km: [0, 0],
      miles: null,
    };
    expect(line(edges, 'inconsistent')).toEqual({
      en: 'Map check: Severodonetsk 0.0 km from the edge of Lysychansk — inconsistent with ‘next to’',
      uk: 'Перевірка за мапою: відстань Лисичанськ — Сєвєродонецьк між найближчими краями: 0,0 км — не узгоджується з «next to»',
    });
  });
});

describe('the sentence on the verdict', () => {
  it('ends how a check was measured, in each language, and is not written into the data', () => {
    const c = claim('refinery-six-miles');
    expect(c.method.some((l) => l.startsWith('Verdict'))).toBe(false);
    expect(verdictText(WORDS.en, c)).toBe(
      'Verdict: consistent. Part of what the map’s precision allows agrees with what the words allow; the rest does not, so the map cannot rule the claim out.',
    );
    expect(verdictText(WORDS.uk, c)).toBe(
      'Висновок: узгоджується. Частина того, що допускає точність мапи, узгоджується з тим, що допускають слова; решта — ні, тож мапа не може виключити це твердження.',
    );
  });

  it('says whether all of the range agrees, or none of it; nothing for a claim the map cannot check', () => {
    expect(verdictText(WORDS.en, { verdict: 'consistent', agreement: 'whole-range' })).toBe(
      'Verdict: consistent. Everything the map’s precision allows agrees with what the words allow.',
    );
    expect(verdictText(WORDS.uk, { verdict: 'inconsistent', agreement: null })).toBe(
      'Висновок: не узгоджується. Ніщо з того, що допускає точність мапи, не узгоджується з тим, що допускають слова.',
    );
    expect(verdictText(WORDS.uk, claim('villages-south-of-lysychansk'))).toBeNull();
  });
});
