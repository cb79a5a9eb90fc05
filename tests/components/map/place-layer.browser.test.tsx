import 'leaflet/dist/leaflet.css';
import { MapContainer, Pane } from 'react-leaflet';
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { PlaceLayer } from '@/components/map/place-layer';
import { containerOf, lookOf, situationOn } from '@/lib/map-data';
import { PANE_Z } from '@/lib/map-settings';
import { boundsOf } from '@/lib/place-geometry';
import { ACTIVITY_OUTLINE, CONTROL_COLOURS, NO_CONTROL_COLOUR, type PlaceLook, THEME } from '@/lib/styles';
import { SAMPLE } from '../../fixtures/map-data-sample';
import { render } from '../render';

// The facilities layer: two approximate sites, the Lysychansk refinery and the Azot plant.
const layer = SAMPLE.layers.find((l) => l.id === 'facilities')!;
const DATE = '2022-06-30';
const looks: Record<string, PlaceLook> = Object.fromEntries(
  layer.collection.features.map((f) => [
    f.id,
    lookOf(situationOn(SAMPLE.places[f.id]!, DATE, containerOf(SAMPLE.places[f.id]!, SAMPLE.places))),
  ]),
);
const bounds = boundsOf(layer.collection.features.map((f) => f.geometry));

/** A fixed-size map with the app's panes and one place layer; no tiles (no network). */
function TestMap({ onSelect, selected }: { onSelect: (id: string) => void; selected?: string }) {
  return (
    <MapContainer style={{ width: 600, height: 400 }} bounds={bounds} boundsOptions={{ padding: [60, 60] }}>
      {Object.entries(PANE_Z).map(([key, z]) => (
        <Pane key={key} name={`pane-${key}`} style={{ zIndex: z }} />
      ))}
      <PlaceLayer layer={layer} selected={selected} looks={looks} onSelect={onSelect} theme="light" />
    </MapContainer>
  );
}

/** Renders the map and waits until Leaflet has drawn the layer's paths. */
async function renderMap(onSelect = vi.fn()) {
  const rendered = await render(<TestMap onSelect={onSelect} />);
  await expect.poll(() => rendered.container.querySelectorAll('path.leaflet-interactive').length).toBe(2);
  const path = (id: string) => rendered.container.querySelector<SVGPathElement>(`path.place-${id}`)!;
  return { ...rendered, onSelect, path };
}

describe('PlaceLayer on a react-leaflet map', () => {
  it('draws one interactive path per place, in the layer’s pane, on a map of the size given', async () => {
    const { container, path } = await renderMap();
    const map = container.querySelector<HTMLElement>('.leaflet-container')!;
    expect([map.offsetWidth, map.offsetHeight]).toEqual([600, 400]);
    expect(container.querySelectorAll('path.leaflet-interactive')).toHaveLength(2);
    const refinery = path('lysychansk-refinery');
    expect(refinery).not.toBeNull();
    expect(refinery.closest('.leaflet-pane-facility-pane')).not.toBeNull();
    expect(refinery.getAttribute('role')).toBe('button');
    expect(refinery.getAttribute('aria-label')).toBe('Lysychansk oil refinery: show what was reported');
    expect(path('azot').dataset.placeId).toBe('azot');
  });

  it('fills each place with its control on the chosen date, and outlines reported activity', async () => {
    const { path } = await renderMap();
    // The refinery: no control reported, fighting and (claimed) Russian troops inside.
    expect(path('lysychansk-refinery').getAttribute('fill')).toBe(NO_CONTROL_COLOUR);
    expect(path('lysychansk-refinery').getAttribute('stroke')).toBe(ACTIVITY_OUTLINE.light);
    // Azot: last reported held (c. 24 June), but Severodonetsk, which it is part of, was reported
    // under Russian control after that: not drawn as held, but grey and dotted (possibly out of date).
    expect(path('azot').getAttribute('fill')).toBe(NO_CONTROL_COLOUR);
    expect(path('azot').getAttribute('stroke-dasharray')).toBe('2 4');
    expect(Object.values(CONTROL_COLOURS)).not.toContain(path('azot').getAttribute('fill'));
  });

  it('calls onSelect with the place’s id when its path is clicked', async () => {
    const { path, onSelect } = await renderMap();
    await userEvent.click(page.elementLocator(path('lysychansk-refinery')));
    expect(onSelect).toHaveBeenCalledExactlyOnceWith('lysychansk-refinery');
  });

  it('selects from the keyboard too (Enter on the focused path)', async () => {
    const { path, onSelect } = await renderMap();
    path('azot').focus();
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledExactlyOnceWith('azot');
  });

  it('outlines the selected place in the selection colour', async () => {
    const onSelect = vi.fn();
    const { path, rerender } = await renderMap(onSelect);
    expect(path('azot').getAttribute('stroke')).toBe(THEME.halo);
    await rerender(<TestMap onSelect={onSelect} selected="azot" />);
    await expect.poll(() => path('azot').getAttribute('stroke')).toBe(THEME.selected);
    expect(path('lysychansk-refinery').getAttribute('stroke')).toBe(ACTIVITY_OUTLINE.light);
  });
});
