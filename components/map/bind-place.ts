/**
 * Wires one place's Leaflet layer, for the main map and the embed alike: a click or Enter/Space
 * selects it; cities get a permanent label (cityLabel), other places a hover label; its element gets the class
 * `place-<id>` and is made keyboard-reachable (Leaflet leaves paths unfocusable, Leaflet#7822).
 * The name and the accessible label come in the reader's language (PlaceLayer).
 */
import * as L from 'leaflet';
import type { PlaceProperties } from '@/lib/schemas';

/** What a place's layer says: its kind (a city's label stays), its name, and the label of its element. */
export interface PlaceWording extends Pick<PlaceProperties, 'kind'> {
  name: string;
  label: string;
}
import { afterFirstFrame } from './after-first-frame';
import { textElement, textIcon } from './text-icon';

/**
 * A city's name beside it, on the map with its layer, from the frame after the layer's first
 * (after-first-frame.ts). A marker whose icon is the text, placed by CSS where Leaflet's tooltip
 * was (14px right of the shape's centre, centred on it): a tooltip is placed by measuring it, a
 * forced layout for each (base-label.tsx says the same of the base map's names).
 */
function cityLabel(path: L.Path, name: string): void {
  const icon = textIcon(name, { className: 'place-label', textClassName: 'place-label-text' });
  const label = L.marker([0, 0], { icon, interactive: false, keyboard: false, pane: 'tooltipPane' });
  path.on('add', () =>
    afterFirstFrame(() => {
      // Leaflet 1.9 gives a layer's map to nothing public: its `_map` is the map it is on now, unset
      // when the layer was removed before this frame came (then no label).
      const map = (path as L.Path & { _map?: L.Map })._map;
      if (!map) return;
      const centre = 'getCenter' in path ? (path as L.Polygon).getCenter() : (path as L.CircleMarker).getLatLng();
      label.setLatLng(centre).addTo(map);
    }),
  );
  path.on('remove', () => label.remove());
}

export function bindPlace(path: L.Path, id: string, props: PlaceWording, onSelect: (id: string) => void): void {
  path.on('click', (e: L.LeafletMouseEvent) => {
    L.DomEvent.stopPropagation(e);
    onSelect(id);
  });
  if (props.kind === 'city') cityLabel(path, props.name);
  else path.bindTooltip(textElement(props.name), { direction: 'top', className: 'place-hover-label' });
  path.on('add', function makeReachable() {
    const el = path.getElement() as SVGElement | undefined;
    if (!el || el.dataset.placeId) return;
    el.classList.add(`place-${id}`);
    el.dataset.placeId = id;
    el.setAttribute('tabindex', '0');
    el.setAttribute('role', 'button');
    el.setAttribute('aria-label', props.label);
    el.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        event.stopPropagation();
        onSelect(id);
      }
    });
  });
}
