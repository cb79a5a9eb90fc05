import type { Picture, PictureShape } from '@/lib/map-picture';
import type { ThemedPicture } from '@/lib/picture-themes';
import { PICTURE_DOCUMENT_STYLE } from '@/lib/styles';

/** SVG presentation attributes for a shape's map style (Leaflet's path options, drawn the same way). */
function paint({ style, filled }: PictureShape) {
  return {
    stroke: style.color,
    strokeWidth: style.weight,
    strokeOpacity: style.opacity,
    strokeDasharray: style.dashArray,
    strokeLinecap: 'round' as const,
    strokeLinejoin: 'round' as const,
    fill: filled ? (style.fillColor ?? style.color) : 'none',
    fillOpacity: filled ? (style.fillOpacity ?? 0.2) : 0,
  };
}

interface MapPictureProps {
  picture: Picture;
  /** Leave the town labels to the caller: satori draws no SVG <text>, so the pictures of app/image draw them as text boxes. */
  withoutLabels?: boolean;
  /**
   * Both themes in one picture (lib/picture-themes.ts): `picture` is the light one, and these
   * styles give the dark one's colours where they differ, by the reader's colour scheme (which a
   * document of its own follows: see `standalone`). Satori, which draws the pictures of app/image,
   * draws one theme.
   */
  themes?: ThemedPicture;
  /**
   * Drawn as an SVG document of its own (a file shown by `<img>`, the place pages' small maps):
   * it then says which colour schemes it has and takes the system's sans-serif, where an image's
   * default font is serif and its scheme light. Inline, it would take the page's.
   */
  standalone?: boolean;
}

/**
 * A picture of the map (lib/map-picture.ts) as SVG: no script, no tiles. Satori draws it into the
 * pictures of app/image; the build renders it into the place pages' small maps, SVG files
 * (components/place-page/place-picture.tsx). Attributes only, no CSS classes inside, so both
 * renderers draw it the same. Never exposed as itself: its words are those of the image it is
 * drawn into (the picture's own text, or the small map's alternative text on its page).
 */
export function MapPicture({ picture, withoutLabels, themes, standalone }: MapPictureProps) {
  const { width, height, background, shapes, labels, labelColour, labelHalo } = picture;
  // The labels' colours in both themes, where the picture has both.
  const labelFill = themes && { fill: themes.labelColour };
  const labelText = themes && { fill: themes.labelColour, stroke: themes.labelHalo };
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      style={{ ...(standalone && PICTURE_DOCUMENT_STYLE), background: themes?.background ?? background }}
      aria-hidden
    >
      <rect width={width} height={height} fill={background} style={themes && { fill: themes.background }} />
      {shapes.map((shape, i) =>
        'd' in shape ? (
          <path key={shape.key} d={shape.d} {...paint(shape)} style={themes?.shapes[i]} />
        ) : (
          <circle key={shape.key} cx={shape.cx} cy={shape.cy} r={shape.r} {...paint(shape)} style={themes?.shapes[i]} />
        ),
      )}
      {(withoutLabels ? [] : labels).map((label) => (
        <g key={label.key}>
          <circle cx={label.x} cy={label.y} r={2.5} fill={labelColour} style={labelFill} />
          <text
            x={label.x + 5}
            y={label.y - 4}
            fontSize={14}
            fill={labelColour}
            stroke={labelHalo}
            strokeWidth={3}
            paintOrder="stroke"
            style={labelText}
          >
            {label.text}
          </text>
        </g>
      ))}
    </svg>
  );
}
