import { describe, expect, it } from 'vitest';
import { normaliseText } from '@/lib/normalise-text';
import { blockingPassages, type ExcludedPassage, excludedPassageProblems, excludedSpans } from '@/lib/quote-exclusions';
import { loadGeoData } from './geo-data';

const PARA = 'Anna’s family has two cats.';
const TEXT = normaliseText(`Intro line.\n\nAnna's family has two cats.\n\nAnna’s family has two cats.\n\nShe walks the dog.`);
const duplicate: ExcludedPassage = { passage: PARA, reason: 'duplicate', note: 'Appears twice.' };
const error: ExcludedPassage = { passage: 'two cats', reason: 'error', note: 'Three cats.' };

const block = (quote: string, passages: ExcludedPassage[]) => blockingPassages(TEXT, normaliseText(quote), passages);

describe('excludedSpans', () => {
  it('excludes every copy of a duplicate but the first', () => {
    const spans = excludedSpans(TEXT, [duplicate]);
    expect(spans).toHaveLength(1);
    expect(spans[0]!.start).toBe(TEXT.lastIndexOf("Anna's"));
  });

  it('excludes every occurrence of an error or furniture', () => {
    expect(excludedSpans(TEXT, [error]).map((s) => s.start)).toEqual([TEXT.indexOf('two cats'), TEXT.lastIndexOf('two cats')]);
  });
});

describe('blockingPassages: the duplicated paragraph', () => {
  it('lets the paragraph be quoted: its first copy is the text', () => {
    expect(block(PARA, [duplicate])).toEqual([]);
    expect(block('family has two', [duplicate])).toEqual([]);
  });

  it('lets a quote run into the first copy', () => {
    expect(block("Intro line. Anna's family", [duplicate])).toEqual([]);
  });

  it('refuses a quote that can only be read across the second copy', () => {
    expect(block('two cats. Anna’s family', [duplicate])).toEqual([duplicate]);
    expect(block('two cats. She walks', [duplicate])).toEqual([duplicate]);
  });

  it('still refuses an error inside the paragraph, in either copy, naming what each copy overlaps', () => {
    expect(block(PARA, [duplicate, error])).toEqual([error, duplicate]);
  });

  it('says nothing of a quote that is not in the text (another check reports it)', () => {
    expect(block('three dogs', [duplicate])).toEqual([]);
  });
});

describe('excludedPassageProblems', () => {
  it('accepts passages that stand in the text, a duplicate at least twice', () => {
    expect(excludedPassageProblems(TEXT, [duplicate, error])).toEqual([]);
  });

  it('rejects a passage missing from the text, and a duplicate that occurs once', () => {
    const once: ExcludedPassage = { passage: 'She walks the dog.', reason: 'duplicate', note: 'x' };
    const missing: ExcludedPassage = { passage: 'Subscribe now', reason: 'furniture', note: 'x' };
    expect(excludedPassageProblems(TEXT, [once, missing])).toEqual([
      'excluded duplicate occurs only once in the text, so it duplicates nothing: "She walks the dog."',
      'excluded passage not found in the text: "Subscribe now"',
    ]);
  });
});

describe('the exclusions in geo/sources.json', () => {
  const data = loadGeoData();
  const check = (sourceId: string, quote: string) => {
    const s = data.sources.get(sourceId)!;
    return blockingPassages(normaliseText(s.text), normaliseText(quote), s.excluded_passages).map((p) => p.reason);
  };

  it('leave the first copy of the Anna paragraph quotable and keep the second out', () => {
    expect(check('bbc-bakhmut-repost', "Anna's family consists of her mother Yulia, grandfather Valery, two cats")).toEqual([]);
    expect(check('bbc-bakhmut-repost', 'a jail. Also Read')).toEqual(['furniture']);
    expect(check('bbc-bakhmut-repost', 'prized stuffed animals. Anna’s family consists')).toEqual(['duplicate']);
  });

  it('keep out the whole of the re-poster’s biography and the comment form', () => {
    for (const words of [
      'Daniel Harrison',
      'My passion for SEO',
      'I am dedicated to helping others share theirs',
      'Required fields are marked',
    ]) {
      expect(check('bbc-bakhmut-repost', words), words).toEqual(['furniture']);
    }
  });

  it('keep out the rewrite’s known errors', () => {
    expect(check('nepal-news-severodonetsk', 'Serhiy Hayday, a top military commander in east Ukraine')).toEqual(['error']);
    expect(check('bbc-bakhmut-repost', 'marking the days until 24 February 2022')).toEqual(['error']);
    expect(check('bbc-bakhmut-repost', 'and it was manufactured in Germany')).toEqual(['error']);
  });
});
