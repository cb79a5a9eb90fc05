/**
 * Permanent labels after the first frame. Each label is a Leaflet tooltip, and placing one forces
 * a layout; the embed's base-map names and city labels were a third of its start-up time. The map
 * shows its layers first and its labels in the task after that frame is painted: what is finally
 * shown does not change, only when.
 */
import type L from 'leaflet';

/** Runs `fn` after the next frame has been painted (a frame callback, then a task after it). */
export function afterFirstFrame(fn: () => void): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => fn();
    channel.port2.postMessage(null);
  });
}

/**
 * Takes the permanent tooltips off a group's layers (before it is added to the map) and returns
 * the function that puts them back; those whose layer is on the map then open at once, the others
 * when their layer is added, as before.
 */
export function deferPermanentTooltips(group: L.LayerGroup): () => void {
  const held: [L.Layer, L.Tooltip][] = [];
  group.eachLayer((layer) => {
    const tooltip = layer.getTooltip();
    if (!tooltip?.options.permanent) return;
    layer.unbindTooltip();
    held.push([layer, tooltip]);
  });
  return function restoreTooltips() {
    for (const [layer, tooltip] of held) layer.bindTooltip(tooltip);
  };
}
