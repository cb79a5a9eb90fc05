'use client';
import { useId, useMemo, useState } from 'react';
import type { EmbedData } from '@/lib/bulk-points';
import { searchPlaces } from '@/lib/search';

interface PlaceSearchProps {
  /** Undefined until the map's data file is here: the box is there, and finds nothing yet. */
  data: Pick<EmbedData, 'places' | 'placeOrder'> | undefined;
  onSelect: (id: string) => void;
}

/** One box that finds places by any spelling or script; Enter takes the best match. */
export function PlaceSearch({ data, onSelect }: PlaceSearchProps) {
  const [query, setQuery] = useState('');
  const inputId = useId();
  const entries = useMemo(
    () =>
      (data?.placeOrder ?? []).map((id) => {
        const p = data!.places[id]!;
        return { id, names: [p.name, p.name_uk, p.name_ru, ...p.aliases] };
      }),
    [data],
  );
  const hits = useMemo(() => searchPlaces(query, entries).slice(0, 8), [query, entries]);
  return (
    <div className="place-search">
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is new (2023 browsers) and would still need this form inside; a form with role=search is the search landmark every screen reader knows. */}
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          if (hits[0]) onSelect(hits[0].id);
        }}
      >
        <label htmlFor={inputId}>Find a place</label>
        <input
          id={inputId}
          type="search"
          value={query}
          maxLength={100}
          autoComplete="off"
          placeholder="e.g. Sievierodonetsk, Лисичанськ, Artemivsk"
          onChange={(e) => setQuery(e.target.value)}
        />
      </form>
      <p className="visually-hidden" aria-live="polite">
        {query ? `${hits.length} place${hits.length === 1 ? '' : 's'} found` : ''}
      </p>
      {hits.length > 0 && (
        <ul className="search-results">
          {hits.map((h) => {
            const p = data!.places[h.id]!;
            return (
              <li key={h.id}>
                <button type="button" onClick={() => onSelect(h.id)} data-search-hit={h.id}>
                  {p.name}
                  {h.matched !== p.name && <span className="search-matched"> ({h.matched})</span>}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
