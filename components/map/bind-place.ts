/**
 * Wires one place's Leaflet layer, for the main map and the embed alike: a click or Enter/Space
 * selects it; cities get a permanent label, other places a hover label; its element gets the class
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

export function bindPlace(path: L.Path, id: string, props: PlaceWording, onSelect: (id: string) => void): void {
  path.on('click', (e: L.LeafletMouseEvent) => {
    L.DomEvent.stopPropagation(e);
    onSelect(id);
  });
  // A city's permanent label after the first frame (after-first-frame.ts); it opens then if its layer is on the map.
  if (props.kind === 'city')
    afterFirstFrame(() =>
      path.bindTooltip(props.name, { permanent: true, direction: 'right', offset: [8, 0], className: 'place-label', interactive: false }),
    );
  else path.bindTooltip(props.name, { direction: 'top', className: 'place-hover-label' });
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
