import 'leaflet/dist/leaflet.css';
import { MapContainer, Pane } from 'react-leaflet';
import { describe, expect, it } from 'vitest';
import { UncertaintyCircles } from '@/components/map/uncertainty-circles';
import { PANE_Z } from '@/lib/map-settings';
import { boundsOf } from '@/lib/place-geometry';
import { type Theme, uncertaintyStyle } from '@/lib/styles';
import { SAMPLE } from '../../fixtures/map-data-sample';
import { render } from '../render';

// The facilities layer: two approximate sites, the Lysychansk refinery and the Azot plant.
const layer = SAMPLE.layers.find((l) => l.id === 'facilities')!;
const bounds = boundsOf(layer.collection.features.map((f) => f.geometry));

/**
 * The circles straight on a map that already exists: Leaflet makes each path as the circle is
 * added, so whatever the path needs (class, dashes, not taking clicks) must be there at creation.
 */
function TestMap({ theme }: { theme: Theme }) {
  return (
    <MapContainer style={{ width: 600, height: 400 }} bounds={bounds}>
      {Object.entries(PANE_Z).map(([key, z]) => (
        <Pane key={key} name={`pane-${key}`} style={{ zIndex: z }} />
      ))}
      <UncertaintyCircles layer={layer} theme={theme} />
    </MapContainer>
  );
}

const circles = (container: HTMLElement) => [...container.querySelectorAll<SVGPathElement>('.leaflet-pane-facility-pane path')];

describe('UncertaintyCircles', () => {
  it('draws a dashed, classed circle per approximate site that takes no clicks, in the theme’s colour', async () => {
    const { container, rerender } = await render(<TestMap theme="light" />);
    await expect.poll(() => circles(container).length).toBe(2);
    for (const path of circles(container)) {
      expect(path.classList.contains('uncertainty')).toBe(true);
      expect(path.classList.contains('leaflet-interactive')).toBe(false);
      expect(path.getAttribute('stroke')).toBe(uncertaintyStyle('light').color);
      expect(path.getAttribute('stroke-dasharray')).toBe(uncertaintyStyle('light').dashArray);
    }
    expect(container.querySelector('path.uncertainty-lysychansk-refinery')).not.toBeNull();
    expect(container.querySelector('path.uncertainty-azot')).not.toBeNull();
    // The other theme: the same two circles in its colour, still classed and inert.
    await rerender(<TestMap theme="dark" />);
    await expect.poll(() => circles(container).map((p) => p.getAttribute('stroke'))).toEqual([1, 2].map(() => uncertaintyStyle('dark').color));
    expect(circles(container).every((p) => p.classList.contains('uncertainty') && !p.classList.contains('leaflet-interactive'))).toBe(true);
  });
});
