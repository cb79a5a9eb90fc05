/**
 * The legend, generated from the style table (lib/styles.ts): one entry per visible layer's style,
 * and the situation styles (control fill, activity outline, claimed and stale dashes) when a
 * situation-styled layer is visible. Pure.
 */
import type { Control } from './schemas';
import { STALE_AFTER_DAYS } from './situation';
import {
  ACTIVITY_OUTLINE,
  CONTROL_COLOURS,
  controlColour,
  type PathStyle,
  type Rule,
  STATUS_STYLED,
  STYLE_RULES,
  STYLE_RULES_DARK,
  type StyleKey,
  type Theme,
  uncertaintyStyle,
} from './styles';
import { CONTROL_LABELS } from './vocabulary';

export interface LegendEntry {
  key: StyleKey | 'uncertainty' | `control-${Control}` | 'control-none' | 'activity' | 'stale' | 'claimed';
  label: string;
  shape: Rule['shape'] | 'circle';
  style: PathStyle;
}

/**
 * Legend entries, generated from the style table, for the given layers in their order.
 * @param keys the style keys of the visible layers
 */
export function legendEntries(keys: readonly StyleKey[], theme: Theme = 'light'): LegendEntry[] {
  const rules = theme === 'dark' ? STYLE_RULES_DARK : STYLE_RULES;
  const entries: LegendEntry[] = [...new Set(keys)].map((key) => ({
    key,
    label: rules[key].label,
    shape: rules[key].shape,
    style: rules[key].style,
  }));
  if (keys.some((k) => k === 'facility' || k === 'bridge')) {
    entries.push({ key: 'uncertainty', label: 'Approximate site (uncertainty radius)', shape: 'circle', style: uncertaintyStyle(theme) });
  }
  return entries;
}

/** Legend entries for the situation styles of a theme (shown when a situation-styled layer is visible). */
export function statusLegendEntries(keys: readonly StyleKey[], theme: Theme = 'light'): LegendEntry[] {
  if (!keys.some((k) => STATUS_STYLED.includes(k))) return [];
  const swatch = (colour: string, extra: Partial<PathStyle> = {}): PathStyle => ({
    color: colour,
    weight: 1,
    opacity: 1,
    fillColor: colour,
    fillOpacity: 0.85,
    radius: 6,
    ...extra,
  });
  const grey = controlColour(null, theme);
  const outline = (extra: Partial<PathStyle>): PathStyle => ({
    color: grey,
    weight: 2,
    opacity: 1,
    fillColor: grey,
    fillOpacity: 0.4,
    ...extra,
  });
  return [
    ...(Object.keys(CONTROL_COLOURS) as Control[]).map((c) => ({
      key: `control-${c}` as const,
      label: CONTROL_LABELS[c],
      shape: 'point' as const,
      style: swatch(controlColour(c, theme)),
    })),
    { key: 'control-none', label: 'Control not reported', shape: 'point', style: swatch(grey) },
    // Drawn as a place's outline and fill, where the outline, dashes and fading show.
    {
      key: 'activity',
      label: 'Fighting or movement reported (outline)',
      shape: 'polygon',
      style: outline({ color: ACTIVITY_OUTLINE[theme], weight: 3 }),
    },
    { key: 'claimed', label: 'Control claimed, not confirmed (dashed)', shape: 'polygon', style: outline({ dashArray: '6 3' }) },
    {
      key: 'stale',
      label: `Last reported more than ${STALE_AFTER_DAYS} days before this date (faded)`,
      shape: 'polygon',
      style: outline({ fillOpacity: 0.12, dashArray: '2 4' }),
    },
  ];
}

/** The offline base map (components/map/offline-base.tsx): quiet, never interactive. */
