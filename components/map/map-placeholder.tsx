import { useTranslations } from 'next-intl';

/**
 * Shown where the map will be, on the server and while the map's code and data load: never an
 * empty page. Without JavaScript it stays, so it says where the reporting is instead.
 */
export function MapPlaceholder() {
  const t = useTranslations('MapView');
  return (
    <div className="map-loading" role="status" aria-live="polite">
      {/* No spinner without JavaScript: nothing is loading then (styles/tokens.css, .needs-js). */}
      <span className="map-loading-spinner needs-js" aria-hidden="true" />
      {t('loading')}
    </div>
  );
}
