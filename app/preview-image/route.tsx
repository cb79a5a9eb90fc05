import { ImageResponse } from 'next/og';
import { MapPicture } from '@/components/map-picture/map-picture';
import { getMapData } from '@/lib/data';
import { formatIsoDate } from '@/lib/format-date';
import { pictureOf } from '@/lib/map-picture';
import { THUMBNAIL } from '@/lib/oembed';

/** Drawn once, at build: it depends only on the data. */
export const dynamic = 'force-static';

const size = { width: THUMBNAIL.width, height: THUMBNAIL.height };

/**
 * GET /preview-image: the preview card that chat apps and social sites show for a link (the
 * pages' og:image, app/layout.tsx) and oEmbed's thumbnail: the layers on the latest reporting date,
 * drawn by the same picture code as the place pages (lib/map-picture.ts), no tile server involved. A route rather than Next's `opengraph-image` file, whose
 * og:image link Next writes into every page as an absolute URL, `http://localhost:3000` when the
 * prerendered pages are built without SITE_URL; the layout links this one only with SITE_URL.
 */
export function GET() {
  const data = getMapData();
  const mapW = 760;
  const date = data.dateRange.max;
  const frame = { bbox: [37.45, 48.45, 38.75, 49.1] as [number, number, number, number], width: mapW, height: size.height };
  return new ImageResponse(
    <div style={{ display: 'flex', width: '100%', height: '100%', background: '#fbfaf7' }}>
      <MapPicture picture={pictureOf(data, { frame, date, theme: 'light' })} />
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
        <div style={{ fontSize: 20, marginTop: 24, color: '#4a4a4a' }}>{`Places as last reported by ${formatIsoDate(date)}.`}</div>
        <div style={{ fontSize: 18, marginTop: 24, color: '#4a4a4a' }}>© OpenStreetMap contributors · Made with Natural Earth</div>
      </div>
    </div>,
    size,
  );
}
