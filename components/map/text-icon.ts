import * as L from 'leaflet';

/** A text as an element (textContent): given a string, Leaflet would set it as HTML. */
export function textElement(text: string, className = ''): HTMLElement {
  const span = document.createElement('span');
  span.className = className;
  span.textContent = text;
  return span;
}

/**
 * A marker's icon that is a text, for the map's labels (base-label.tsx, bind-place.ts). Its size is
 * given as undefined, over DivIcon's default 12×12: Leaflet then sets no size and no margin, so the
 * icon's top-left corner is on the point and CSS places the text from there. Nothing is measured.
 */
export function textIcon(text: string, { className, textClassName }: { className: string; textClassName: string }): L.DivIcon {
  return L.divIcon({ html: textElement(text, textClassName), className, iconSize: undefined });
}
