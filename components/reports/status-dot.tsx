import type { Status } from '@/lib/schemas';

/**
 * A small swatch in the status's map colour (decorative: the status is always written out too).
 * The colour is a custom property from the style table (lib/styles.ts `mapColourCss`), so the
 * swatch follows the light or dark theme like the map, also when rendered on the server.
 */
export function StatusDot({ status }: { status: Status | null }) {
  return <span className="status-dot" style={{ background: `var(--status-${status ?? 'none'})` }} aria-hidden="true" />;
}
