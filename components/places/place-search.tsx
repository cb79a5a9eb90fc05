'use client';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useMemo, useState } from 'react';
import { useSearchNames } from '@/components/data/use-data-file';
import { useWords } from '@/components/i18n/use-words';
import type { EmbedData } from '@/lib/bulk-points';
import { localName } from '@/lib/i18n';
import { searchPlaces } from '@/lib/search';

interface PlaceSearchProps {
  /** Undefined until the map's data file is here: the box is there, and finds nothing yet. */
  data: Pick<EmbedData, 'places' | 'placeOrder' | 'search'> | undefined;
  onSelect: (id: string) => void;
}

/** One box that finds places by any spelling or script; Enter takes the best match. Hits show the name in the reader's language. */
export function PlaceSearch({ data, onSelect }: PlaceSearchProps) {
  const t = useTranslations('Places');
  const { locale } = useWords();
  const [query, setQuery] = useState('');
  const inputId = useId();
  // The Russian names and other spellings come in a file of their own, asked for when the reader
  // first focuses or types in the box: most readers never search (lib/map-data.ts SearchNames).
  const [wanted, setWanted] = useState(false);
  const more = useSearchNames(wanted ? data?.search : undefined);
  const entries = useMemo(
    () =>
      (data?.placeOrder ?? []).map((id) => {
        const p = data!.places[id]!;
        return { id, names: [p.name, p.name_uk, ...(more.value?.names[id] ?? [])] };
      }),
    [data, more.value],
  );
  const hits = useMemo(() => searchPlaces(query, entries).slice(0, 8), [query, entries]);
  // Enter before the names are here waits for them (or for their failure), so that a Russian name
  // or another spelling typed at once still finds its place.
  const [submitted, setSubmitted] = useState(false);
  const complete = more.value !== undefined || more.failed;
  useEffect(() => {
    if (!submitted || !complete) return;
    setSubmitted(false);
    if (hits[0]) onSelect(hits[0].id);
  }, [submitted, complete, hits, onSelect]);
  return (
    <div className="place-search needs-js">
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is new (2023 browsers) and would still need this form inside; a form with role=search is the search landmark every screen reader knows. */}
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setWanted(true);
          setSubmitted(true);
        }}
      >
        <label htmlFor={inputId}>{t('find')}</label>
        <input
          id={inputId}
          type="search"
          value={query}
          maxLength={100}
          autoComplete="off"
          placeholder={t('placeholder')}
          onFocus={() => setWanted(true)}
          onChange={(e) => {
            setWanted(true);
            setQuery(e.target.value);
          }}
        />
      </form>
      <p className="visually-hidden" aria-live="polite">
        {query ? t('found', { count: hits.length }) : ''}
      </p>
      {hits.length > 0 && (
        <ul className="search-results">
          {hits.map((h) => {
            const name = localName(data!.places[h.id]!, locale);
            return (
              <li key={h.id}>
                <button type="button" onClick={() => onSelect(h.id)} data-search-hit={h.id}>
                  {name}
                  {h.matched !== name && <span className="search-matched"> ({h.matched})</span>}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
