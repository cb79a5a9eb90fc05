/**
 * The legend, generated from the style table (lib/styles.ts): one entry per visible layer's style,
 * and the situation styles (control fill, activity outline, claimed and stale dashes) when a
 * situation-styled layer is visible. Pure.
 */
import type { Control } from './schemas';
import { STALE_AFTER_DAYS } from './situation';
import {
  ACTIVITY_OUTLINE,
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
import type { Translate } from './translate';
import { CONTROLS } from './vocabulary';

export type LegendKey = StyleKey | 'uncertainty' | `control-${Control}` | 'control-none' | 'activity' | 'stale' | 'claimed';

export interface LegendEntry {
  /** Also names its words in the catalogue (legendLabel). */
  key: LegendKey;
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
    shape: rules[key].shape,
    style: rules[key].style,
  }));
  if (keys.some((k) => k === 'facility' || k === 'bridge')) {
    entries.push({ key: 'uncertainty', shape: 'circle', style: uncertaintyStyle(theme) });
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
    ...CONTROLS.map((c) => ({
      key: `control-${c}` as const,
      shape: 'point' as const,
      style: swatch(controlColour(c, theme)),
    })),
    { key: 'control-none', shape: 'point', style: swatch(grey) },
    // Drawn as a place's outline and fill, where the outline, dashes and fading show.
    {
      key: 'activity',
      shape: 'polygon',
      style: outline({ color: ACTIVITY_OUTLINE[theme], weight: 3 }),
    },
    { key: 'claimed', shape: 'polygon', style: outline({ dashArray: '6 3' }) },
    {
      key: 'stale',
      shape: 'polygon',
      style: outline({ fillOpacity: 0.12, dashArray: '2 4' }),
    },
  ];
}

/** An entry's words in the reader's language. */
export function legendLabel(t: Translate, key: LegendKey): string {
  return t(`Legend.entry.${key}`, { days: STALE_AFTER_DAYS });
}

/** The offline base map (components/map/offline-base.tsx): quiet, never interactive. */
