'use client';
import { useTranslations } from 'next-intl';
import { type TouchEvent, useEffect, useRef } from 'react';
import { usePlaceReporting } from '@/components/data/use-data-file';
import { useWords } from '@/components/i18n/use-words';
import { ReportQuote } from '@/components/reports/report-quote';
import { localName, titleAndDescription } from '@/lib/i18n';
import { type StoryAt, type StoryPlace, stepForKey, stepForSwipe } from '@/lib/story-steps';
import { useStoryKeys } from './use-story-keys';

export interface StoryPanelProps {
  at: StoryAt;
  /** The places the steps name (the page's, or the map's once its data file is here: undefined until then): their names, and where each step's quote is loaded from. */
  places?: Readonly<Record<string, StoryPlace>>;
  onStep: (step: number) => void;
  onClose: () => void;
}

/**
 * A story's step: its report's quote, verbatim, with its citation and the date it describes (marked
 * "c." where approximate), and nothing else in the story's own words but its title and description
 * (data, in English, marked so).
 * Next/Previous, the arrow keys (useStoryKeys) and a swipe step through it; each new step is
 * announced (a polite live region) and the panel's heading takes the focus when the story opens.
 */
export function StoryPanel({ at, places, onStep, onClose }: StoryPanelProps) {
  const t = useTranslations('Story');
  const { locale } = useWords();
  const { story, number, step } = at;
  const words = titleAndDescription(story, locale);
  const count = story.steps.length;
  const placeId = step.places[0]!;
  const { value: reporting } = usePlaceReporting(places?.[placeId]);
  const report = reporting?.reports.find((r) => r.id === step.report);
  const heading = useRef<HTMLHeadingElement>(null);
  const touch = useRef<{ x: number; y: number } | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves when a story opens, not on each step (the reader's focus stays on the button they pressed).
  useEffect(() => heading.current?.focus(), [story.id]);
  useStoryKeys((key) => {
    const next = stepForKey(key, number, count);
    if (next !== undefined) onStep(next);
    return next !== undefined;
  });

  const go = (next: number) => {
    if (next >= 1 && next <= count) onStep(next);
  };
  const onTouchStart = (e: TouchEvent) => {
    const t = e.touches[0];
    touch.current = t ? { x: t.clientX, y: t.clientY } : null;
  };
  const onTouchEnd = (e: TouchEvent) => {
    const t = e.changedTouches[0];
    const from = touch.current;
    touch.current = null;
    const next = t && from ? stepForSwipe(t.clientX - from.x, t.clientY - from.y, number, count) : undefined;
    if (next !== undefined) onStep(next);
  };
  const names = step.places.map((id) => (places?.[id] ? localName(places[id], locale) : id)).join(', ');

  return (
    <section
      className="story-panel"
      aria-labelledby="story-title"
      data-story={story.id}
      data-step={number}
      onTouchStart={onTouchStart}
      onTouchEnd={onTouchEnd}
    >
      <header className="story-head">
        <h2 id="story-title" ref={heading} tabIndex={-1}>
          {words.title}
        </h2>
        <button type="button" className="story-close needs-js" onClick={onClose}>
          {t('close')}
        </button>
      </header>
      <p className="story-description">{words.description}</p>
      <p className="story-progress" aria-live="polite" aria-atomic="true">
        {t('progress', { number, count, places: names })}
      </p>
      <div className="story-step">
        {report ? <ReportQuote report={report} placeId={placeId} /> : <p className="story-loading">{t('loading')}</p>}
      </div>
      <nav className="story-nav needs-js" aria-label={t('steps')}>
        <button type="button" aria-disabled={number <= 1 || undefined} onClick={() => go(number - 1)}>
          ← {t('previous')}
        </button>
        <button type="button" aria-disabled={number >= count || undefined} onClick={() => go(number + 1)}>
          {t('next')} →
        </button>
      </nav>
    </section>
  );
}
