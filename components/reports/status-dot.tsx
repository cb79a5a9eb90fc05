import type { Status } from '@/lib/schemas';
import { NO_STATUS_COLOUR, STATUS_COLOURS } from '@/lib/styles';

/** A small swatch in the status's map colour (decorative: the status is always written out too). */
export function StatusDot({ status }: { status: Status | null }) {
  return <span className="status-dot" style={{ background: status ? STATUS_COLOURS[status] : NO_STATUS_COLOUR }} aria-hidden="true" />;
}
