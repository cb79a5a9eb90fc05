import { Swatch } from '@/components/map/map-legend';
import { IMAGE_FONT_FAMILY } from '@/lib/image-fonts';
import type { MapImageContent } from '@/lib/map-image';
import type { PictureLabel } from '@/lib/map-picture';
import type { Theme } from '@/lib/styles';
import { MapPicture } from './map-picture';

const INK = {
  light: { text: '#1b1b1b', muted: '#4a4a4a', panel: '#fbfaf7', overlay: 'rgba(255,255,255,0.9)', halo: '#ffffff', rule: '#d6d3cc' },
  dark: { text: '#f1f1f1', muted: '#c2c2c2', panel: '#16181b', overlay: 'rgba(22,24,27,0.9)', halo: '#16181b', rule: '#3a3f45' },
} as const;

/** A name on the map, over the picture, with a halo (drawn as text, which satori does not draw inside an SVG). */
function Label({ label, size, bold, theme }: { label: PictureLabel; size: number; bold: boolean; theme: Theme }) {
  const ink = INK[theme];
  return (
    <div
      style={{
        position: 'absolute',
        left: label.x + (bold ? 10 : 5),
        top: label.y - size * 0.7,
        fontSize: size,
        fontWeight: bold ? 700 : 400,
        color: bold ? ink.text : ink.muted,
        textShadow: `0 0 3px ${ink.halo}, 0 0 3px ${ink.halo}, 0 0 2px ${ink.halo}`,
      }}
    >
      {label.text}
    </div>
  );
}

/** The heading and the date: in the side column, or over the map's corner in a small picture. */
function Heading({ text, small, theme }: { text: MapImageContent['text']; small: boolean; theme: Theme }) {
  const ink = INK[theme];
  return (
    <div style={{ display: 'flex', flexDirection: 'column' }}>
      <div style={{ fontSize: small ? 13 : 22, fontWeight: 700, lineHeight: 1.2 }}>{text.heading}</div>
      <div style={{ fontSize: small ? 10 : 15, color: ink.muted, marginTop: small ? 0 : 4 }}>{text.date}</div>
    </div>
  );
}

/**
 * A picture of a view of the map with what makes it readable on its own: the map, a column with
 * the heading, the date and the legend (small pictures: the heading over the map, no legend), and
 * the credits with the data version along the foot. Laid out for satori (flex boxes,
 * inline styles), which draws it as SVG (app/image; resvg rasterises that to PNG); lib/map-image.ts sizes its parts.
 */
export function MapImage({ content, theme }: { content: MapImageContent; theme: Theme }) {
  const { layout, picture, text } = content;
  const ink = INK[theme];
  return (
    <div
      style={{
        display: 'flex',
        flexDirection: 'column',
        width: layout.width,
        height: layout.height,
        fontFamily: IMAGE_FONT_FAMILY,
        color: ink.text,
        background: ink.panel,
      }}
    >
      <div style={{ display: 'flex', height: layout.map.height }}>
        <div style={{ display: 'flex', position: 'relative', width: layout.map.width, height: layout.map.height, overflow: 'hidden' }}>
          <MapPicture picture={picture} withoutLabels />
          {picture.labels.map((l) => (
            <Label key={l.key} label={l} size={layout.small ? 10 : 13} bold={false} theme={theme} />
          ))}
          {picture.placeLabels.map((l) => (
            <Label key={l.key} label={l} size={layout.small ? 12 : 16} bold theme={theme} />
          ))}
          {layout.small && (
            <div
              style={{
                position: 'absolute',
                left: 6,
                top: 6,
                display: 'flex',
                maxWidth: layout.width - 12,
                padding: 5,
                borderRadius: 4,
                background: ink.overlay,
              }}
            >
              <Heading text={text} small theme={theme} />
            </div>
          )}
        </div>
        {!layout.small && (
          <div
            style={{ display: 'flex', flexDirection: 'column', width: layout.side, padding: 16, gap: 14, borderLeft: `1px solid ${ink.rule}` }}
          >
            <Heading text={text} small={false} theme={theme} />
            <div style={{ display: 'flex', flexDirection: 'column', gap: 3 }}>
              {text.legend.map((entry) => (
                <div key={entry.key} style={{ display: 'flex', alignItems: 'center', gap: 6, fontSize: 12 }}>
                  <Swatch entry={entry} />
                  <span>{entry.label}</span>
                </div>
              ))}
            </div>
          </div>
        )}
      </div>
      <div
        style={{
          display: 'flex',
          alignItems: 'center',
          height: layout.footer,
          padding: '0 8px',
          fontSize: layout.width < 500 ? 8 : 11,
          color: ink.muted,
          borderTop: `1px solid ${ink.rule}`,
        }}
      >
        {text.credits}
      </div>
    </div>
  );
}
