import { useLocale, useTranslations } from 'next-intl';
import type { Stories } from '@/lib/stories';
import { titleAndDescription } from '@/lib/i18n';

/**
 * The stories a reader may open: each title and its one-line description (what it covers). Both
 * are data (geo/stories), written in English, and marked so.
 */
export function StoryList({ stories, onOpen }: { stories: Stories; onOpen: (id: string) => void }) {
  const t = useTranslations('Story');
  const locale = useLocale();
  if (!stories.length) return null;
  return (
    <section className="story-list needs-js" aria-labelledby="stories-heading">
      <h2 id="stories-heading">{t('heading')}</h2>
      <ul>
        {stories.map((s) => {
          const { title, description } = titleAndDescription(s, locale);
          return (
            <li key={s.id}>
              <button type="button" onClick={() => onOpen(s.id)} data-story-open={s.id}>
                {title}
              </button>
              <span className="story-list-description">{description}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
