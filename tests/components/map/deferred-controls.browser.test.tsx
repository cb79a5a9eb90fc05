import 'leaflet/dist/leaflet.css';
import { LayerGroup, LayersControl, MapContainer } from 'react-leaflet';
import { describe, expect, it } from 'vitest';
import { DataAttribution } from '@/components/map/data-attribution';
import { deferControlUpdates } from '@/components/map/deferred-controls';
import { render } from '../render';

// As components/map/map-view.tsx does.
deferControlUpdates();

const LAYER_NAMES = ['Layer 1', 'Layer 2', 'Layer 3', 'Layer 4', 'Layer 5'];
const CREDITS = ['Credit one', 'Credit two', '<a href="https://example.org/">Credit three</a>'];

/** Every node added under elements matching `selector`, as the browser reports the mutations. */
function watchAdditions(root: HTMLElement, selector: string) {
  const added: Node[] = [];
  const observer = new MutationObserver((records) => {
    for (const r of records) if (r.target instanceof Element && r.target.matches(selector)) added.push(...r.addedNodes);
  });
  observer.observe(root, { childList: true, subtree: true });
  return { added, stop: () => observer.disconnect() };
}

function TestMap({ overlays }: { overlays: number }) {
  return (
    <MapContainer style={{ width: 400, height: 300 }} center={[48.9, 38.4]} zoom={9}>
      <DataAttribution html={CREDITS} />
      <LayersControl position="topright" collapsed={false}>
        {LAYER_NAMES.slice(0, overlays).map((name) => (
          <LayersControl.Overlay key={name} name={name} checked>
            <LayerGroup />
          </LayersControl.Overlay>
        ))}
      </LayersControl>
    </MapContainer>
  );
}

describe('the map’s attribution and layers controls', () => {
  it('write the prefix and every credit once, in the order given, instead of once per credit', async () => {
    const writes = watchAdditions(document.body, '.leaflet-control-attribution');
    const { container } = await render(<TestMap overlays={0} />);
    const attribution = container.querySelector('.leaflet-control-attribution')!;
    await expect.poll(() => attribution.textContent).toContain('Credit three');
    writes.stop();
    expect(attribution.textContent?.trim()).toBe('Leaflet | Credit one, Credit two, Credit three');
    // One write: the prefix's link, the separator, the credits' text and link (Leaflet wrote them
    // all again for each credit: four times here).
    expect(writes.added.filter((n) => n.nodeName === 'A').map((n) => n.textContent?.trim())).toEqual(['Leaflet', 'Credit three']);
  });

  it('list the layers added at once to a control already on the map in one write, each checked', async () => {
    const { container, rerender } = await render(<TestMap overlays={0} />);
    await expect.poll(() => container.querySelector('.leaflet-control-layers-overlays')).not.toBeNull();
    const writes = watchAdditions(container, '.leaflet-control-layers-overlays');
    await rerender(<TestMap overlays={5} />);
    const labels = () => [...container.querySelectorAll('.leaflet-control-layers-overlays label')];
    await expect.poll(() => labels().length).toBe(5);
    writes.stop();
    expect(labels().map((l) => l.textContent?.trim())).toEqual(LAYER_NAMES);
    expect(labels().every((l) => l.querySelector('input')?.checked)).toBe(true);
    // Five labels added, not 1 + 2 + 3 + 4 + 5 = 15 (Leaflet rewrote the list for each layer).
    expect(writes.added.filter((n) => n.nodeName === 'LABEL')).toHaveLength(5);
  });
});
