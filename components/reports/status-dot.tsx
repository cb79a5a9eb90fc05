import type { Control } from '@/lib/schemas';

/**
 * A small swatch in the control's map colour (decorative: the control is always written out too).
 * The colour is a custom property from the style table (lib/styles.ts `mapColourCss`), so the
 * swatch follows the light or dark theme like the map, also when rendered on the server.
 */
export function StatusDot({ control }: { control: Control | null }) {
  return <span className="status-dot" style={{ background: `var(--control-${control ?? 'none'})` }} aria-hidden="true" />;
}
