/**
 * Permanent labels come after the first frame. Each label is a Leaflet tooltip, and placing one
 * forces a layout; the base-map names and city labels were a third of the embed's start-up time.
 * The map shows its layers first and its labels in the task after that frame is painted: what is
 * finally shown does not change, only when.
 */

/** Runs `fn` after the next frame has been painted (a frame callback, then a task after it); returns what cancels it. */
export function afterFirstFrame(fn: () => void): () => void {
  let cancelled = false;
  const frame = requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      if (!cancelled) fn();
    };
    channel.port2.postMessage(null);
  });
  return function cancel() {
    cancelled = true;
    cancelAnimationFrame(frame);
  };
}
