import { ImageResponse } from 'next/og';
import { isBulkLayer } from '@/lib/bulk-points';
import { getMapData } from '@/lib/data';
import type { MapLayer } from '@/lib/map-data';
import { THUMBNAIL } from '@/lib/oembed';
import { anchorOf } from '@/lib/place-geometry';
import { BASE_STYLE, STYLE_RULES } from '@/lib/styles';
import { pathData, projector } from '@/lib/svg-shapes';

/** Drawn once, at build: it depends only on the data. */
export const dynamic = 'force-static';

const size = { width: THUMBNAIL.width, height: THUMBNAIL.height };

/**
 * GET /preview-image: the preview card that chat apps and social sites show for a link (the
 * pages' og:image, app/layout.tsx) and oEmbed's thumbnail: the layers themselves drawn as SVG
 * shapes, no tile server involved. A route rather than Next's `opengraph-image` file, whose
 * og:image link Next writes into every page as an absolute URL, `http://localhost:3000` when the
 * prerendered pages are built without SITE_URL; the layout links this one only with SITE_URL.
 */
export function GET() {
  const data = getMapData();
  const mapW = 760;
  const project = projector({ bbox: [37.45, 48.45, 38.75, 49.1], width: mapW, height: size.height });
  // The picture draws every layer whole: a layer in bulk form (thousands of points) is left out.
  const layers = data.layers.filter((l): l is MapLayer => !isBulkLayer(l));
  const regions = layers.find((l) => l.style === 'region')!.collection.features.filter((f) => f.id !== 'donbas');
  const border = data.base.features.filter((f) => f.properties.kind === 'country-border');
  const drawn = layers.filter((l) => l.style !== 'region');
  return new ImageResponse(
    <div style={{ display: 'flex', width: '100%', height: '100%', background: '#fbfaf7' }}>
      {/* biome-ignore lint/a11y/noSvgWithoutTitle: next/og renders this to a PNG, where a <title> is never read; the image's text alternative is the `alt` export. */}
      <svg width={mapW} height={size.height} viewBox={`0 0 ${mapW} ${size.height}`} style={{ background: '#e8eef2' }}>
        {regions.map((f) => (
          <path
            key={f.id}
            d={pathData(f.geometry, project)}
            fill={BASE_STYLE.region.fillColor}
            stroke={BASE_STYLE.region.color}
            strokeWidth={2}
          />
        ))}
        {border.map((f, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: drawn once into a PNG; the border features have no id and never change order.
          <path key={i} d={pathData(f.geometry, project)} fill="none" stroke={BASE_STYLE.border.color} strokeWidth={3} strokeDasharray="12 6" />
        ))}
        {drawn.flatMap((l) =>
          l.collection.features.map((f) => {
            const s = STYLE_RULES[l.style];
            if (f.geometry.type === 'Point') {
              const [x, y] = project([anchorOf(f)[1], anchorOf(f)[0]]);
              return <circle key={f.id} cx={x} cy={y} r={9} fill={(s.point ?? s.style).fillColor} stroke="#fff" strokeWidth={3} />;
            }
            const line = f.geometry.type.includes('Line');
            return (
              <path
                key={f.id}
                d={pathData(f.geometry, project)}
                fill={line ? 'none' : s.style.fillColor}
                fillOpacity={line ? 0 : 0.5}
                stroke={s.style.color}
                strokeWidth={line ? 5 : 3}
              />
            );
          }),
        )}
      </svg>
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'center',
          padding: '48px',
          width: size.width - mapW,
          color: '#1b1b1b',
        }}
      >
        <div style={{ fontSize: 44, fontWeight: 700, lineHeight: 1.15 }}>Severodonetsk, Lysychansk and Bakhmut, 2022–2023</div>
        <div style={{ fontSize: 26, marginTop: 24, color: '#4a4a4a' }}>
          What was reported where: every place quoted from the news, with sources.
        </div>
        <div style={{ fontSize: 18, marginTop: 32, color: '#4a4a4a' }}>© OpenStreetMap contributors · Made with Natural Earth</div>
      </div>
    </div>,
    size,
  );
}
