import { useTranslations } from 'next-intl';
import { legendEntries, type LegendEntry, legendLabel, statusLegendEntries } from '@/lib/legend';
import type { StyleKey, Theme } from '@/lib/styles';

/** A legend entry's sample, drawn with its map style: in the map's legend and in the pictures of the map (components/map-picture/map-image.tsx). */
export function Swatch({ entry }: { entry: LegendEntry }) {
  const s = entry.style;
  const stroke = { stroke: s.color, strokeWidth: Math.min(s.weight, 4), strokeOpacity: s.opacity, strokeDasharray: s.dashArray };
  return (
    <svg width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" focusable="false">
      {entry.shape === 'polygon' && <rect x="2" y="2" width="24" height="12" fill={s.fillColor} fillOpacity={s.fillOpacity} {...stroke} />}
      {entry.shape === 'line' && <line x1="2" y1="8" x2="26" y2="8" {...stroke} />}
      {entry.shape === 'point' && (
        <circle cx="14" cy="8" r={Math.min(s.radius ?? 6, 6)} fill={s.fillColor} {...stroke} stroke="currentColor" strokeWidth={1} />
      )}
      {entry.shape === 'circle' && <circle cx="14" cy="8" r="6.5" fill={s.fillColor} fillOpacity={s.fillOpacity} {...stroke} />}
    </svg>
  );
}

function LegendList({ entries }: { entries: readonly LegendEntry[] }) {
  const t = useTranslations();
  return (
    <ul>
      {entries.map((e) => (
        <li key={e.key}>
          <Swatch entry={e} /> {legendLabel(t, e.key)}
        </li>
      ))}
    </ul>
  );
}

/** The legend, generated from the style table for the visible layers, in the theme's colours. */
export function MapLegend({ keys, initiallyOpen, theme }: { keys: readonly StyleKey[]; initiallyOpen: boolean; theme: Theme }) {
  const entries = legendEntries(keys, theme);
  const statuses = statusLegendEntries(keys, theme);
  const t = useTranslations('Legend');
  if (!entries.length) return null;
  return (
    <details className="map-legend" open={initiallyOpen} aria-label={t('title')}>
      <summary>{t('title')}</summary>
      <LegendList entries={entries} />
      {statuses.length > 0 && (
        <>
          <h3>{t('situation')}</h3>
          <LegendList entries={statuses} />
        </>
      )}
    </details>
  );
}
