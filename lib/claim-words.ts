/**
 * The line of a map check ("Map check: Lysychansk oil refinery 3.2–9.2 km (2.0–5.7 mi) from
 * Lysychansk’s centre — consistent with ‘six miles’"), worded where it is shown, in the reader's
 * language (the catalogue's `MapCheck`), from the parts the build measured (ClaimView['finding'],
 * lib/claims/). Places are named in the reader's language; figures are printed by Intl; the words
 * checked stay verbatim English, inside the message's `<en>` tag. Pure, and free of Turf, so that
 * the badge (components/reports/claim-badge.tsx) can use it in the browser.
 */
import { localName } from './i18n';
import { numberFormat } from './intl-formats';
import type { Words } from './translate';
import type { CheckedBank, CheckedPlace, ClaimFinding, ClaimView } from './types';

type Measured<K extends ClaimFinding['kind']> = Extract<ClaimFinding, { kind: K }>;

/** "3.2" in English, "3,2" in Ukrainian: a figure to one decimal, as the finding holds it. */
function tenths({ locale }: Words, n: number): string {
  return numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);
}

/** "3.2–9.2", or "5.0" where both ends are the same figure. */
function rangeText(words: Words, [low, high]: [number, number]): string {
  return low === high ? tenths(words, low) : words.t('MapCheck.range', { low: tenths(words, low), high: tenths(words, high) });
}

const kmText = (words: Words, range: [number, number]) => words.t('MapCheck.km', { value: rangeText(words, range) });

const name = ({ locale }: Words, place: CheckedPlace) => localName(place, locale);

function distanceText(words: Words, f: Measured<'distance'>): string {
  return words.t('MapCheck.distance', {
    to: name(words, f.to),
    from: name(words, f.from),
    km: kmText(words, f.km),
    hasMiles: f.miles ? 'yes' : 'no',
    miles: f.miles ? words.t('MapCheck.miles', { value: rangeText(words, f.miles) }) : '',
    between: f.between,
  });
}

function directionText(words: Words, f: Measured<'direction'>): string {
  const [low, high] = f.bearings ?? [0, 0];
  const [first, last] = f.compass ?? ['N', 'N'];
  return words.t('MapCheck.direction', {
    to: name(words, f.to),
    from: name(words, f.from),
    anyBearing: f.bearings && f.compass ? 'no' : 'yes',
    low,
    high,
    first: words.t(`MapCheck.compass.${first}`),
    last: words.t(`MapCheck.compass.${last}`),
  });
}

/** "the right bank (south-west)". */
function bankNamed(words: Words, bank: 'left' | 'right', compass: CheckedBank['compass']): string {
  return words.t('MapCheck.bankNamed', {
    bank,
    hasCompass: compass ? 'yes' : 'no',
    compass: compass ? words.t(`MapCheck.compassWords.${compass}`) : '',
  });
}

/** "on the right bank (south-west)", "on the river line itself", "on either bank (drawn on …)". */
function bankText(words: Words, bank: CheckedBank): string {
  const drawn = bank.drawn_side ?? 'left';
  const side = bank.side === 'on-line' ? 'line' : bank.side === 'uncertain' ? (bank.drawn_side ? 'drawn' : 'either') : bank.side;
  const named =
    bank.side === 'left' || bank.side === 'right' ? bankNamed(words, bank.side, bank.compass) : bankNamed(words, drawn, bank.compass);
  return words.t('MapCheck.bank', { side, named });
}

function riverSideText(words: Words, f: Measured<'river-side'>): string {
  const [first, second] = f.banks;
  // The English name says "river" ("Siverskyi Donets river"), which the line puts after "the".
  const river = words.locale === 'en' ? f.river.name.replace(/ river$/, '') : name(words, f.river);
  return words.t('MapCheck.riverSide', {
    first: name(words, first.place),
    firstBank: bankText(words, first),
    second: name(words, second.place),
    secondBank: bankText(words, second),
    river,
  });
}

/** A signed distance to the edge (negative inside): "1.5 km inside", "0.9 km outside", "on the edge". */
function edgeText(words: Words, km: number): string {
  if (km === 0) return words.t('MapCheck.edge', { side: 'edge', km: '' });
  return words.t('MapCheck.edge', { side: km < 0 ? 'inside' : 'outside', km: kmText(words, [Math.abs(km), Math.abs(km)]) });
}

/** A signed range to the edge: "11.9–15.9 km inside", "1.1 km inside to 2.9 km outside". */
function edgeRangeText(words: Words, [min, max]: [number, number]): string {
  if (max < 0) return words.t('MapCheck.edge', { side: 'inside', km: kmText(words, [-max, -min]) });
  if (min > 0) return words.t('MapCheck.edge', { side: 'outside', km: kmText(words, [min, max]) });
  return words.t('MapCheck.edgeRange', { from: edgeText(words, min), to: edgeText(words, max) });
}

function containmentText(words: Words, f: Measured<'containment'>): string {
  const [min, max] = f.range_km;
  return words.t('MapCheck.containment', {
    subject: name(words, f.subject),
    container: name(words, f.container),
    relation: f.relation === 'on-edge' ? 'edge' : f.relation,
    km: kmText(words, [f.edge_km, f.edge_km]),
    hasSpan: min === max ? 'no' : 'yes',
    span: min === max ? '' : edgeRangeText(words, f.range_km),
  });
}

function betweenText(words: Words, f: Measured<'relative-position'>): string {
  return words.t('MapCheck.between', {
    subject: name(words, f.subject),
    km: kmText(words, [f.offset_km, f.offset_km]),
    first: name(words, f.ends[0]),
    second: name(words, f.ends[1]),
    range: kmText(words, f.range_km),
  });
}

/**
 * @param words the reader's language
 * @param finding what a check measured (any kind but not-checkable)
 * @returns the measured part of the badge's line, e.g. "Lysychansk oil refinery 3.2–9.2 km (2.0–5.7 mi) from Lysychansk’s centre"
 */
export function findingText(words: Words, finding: Exclude<ClaimFinding, { kind: 'not-checkable' }>): string {
  switch (finding.kind) {
    case 'distance':
      return distanceText(words, finding);
    case 'direction':
      return directionText(words, finding);
    case 'river-side':
      return riverSideText(words, finding);
    case 'containment':
      return containmentText(words, finding);
    case 'relative-position':
      return betweenText(words, finding);
  }
}

/** The badge's line as a catalogue message and its values; its `<en>` tag holds English words (the words checked, or the reason). */
export type SummaryMessage =
  | { key: 'MapCheck.notCheckable'; values: { reason: string } }
  | { key: 'MapCheck.summary'; values: { measured: string; verdict: 'consistent' | 'inconsistent'; words: string } };

/**
 * @param words the reader's language
 * @param claim a checked claim
 * @returns the message of its badge's line, for a component to render with its `<en>` tag (t.rich)
 */
export function summaryMessage(words: Words, claim: Pick<ClaimView, 'finding' | 'verdict'>): SummaryMessage {
  const f = claim.finding;
  if (f.kind === 'not-checkable') return { key: 'MapCheck.notCheckable', values: { reason: f.reason } };
  const verdict = claim.verdict === 'consistent' ? 'consistent' : 'inconsistent';
  return { key: 'MapCheck.summary', values: { measured: findingText(words, f), verdict, words: f.words } };
}

/**
 * @param words the reader's language
 * @param claim a checked claim
 * @returns its badge's line as plain text, e.g. "Map check: not checkable. The villages are not named."
 */
export function summaryText(words: Words, claim: Pick<ClaimView, 'finding' | 'verdict'>): string {
  const { key, values } = summaryMessage(words, claim);
  return words.t.markup(key, { ...values, en: (chunks) => chunks });
}

/**
 * @param words the reader's language
 * @param claim a checked claim
 * @returns the sentence on its verdict that ends how it was measured ("Verdict: consistent.
 *          Everything the map’s precision allows …"), or null for a claim the map cannot check
 */
export function verdictText({ t }: Words, claim: Pick<ClaimView, 'verdict' | 'agreement'>): string | null {
  if (claim.verdict === 'not-checkable') return null;
  const agreement = claim.verdict === 'inconsistent' ? 'none' : claim.agreement === 'whole-range' ? 'whole' : 'part';
  return t('MapCheck.verdict', { agreement });
}
