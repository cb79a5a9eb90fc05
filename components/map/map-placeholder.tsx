import { useTranslations } from 'next-intl';

/**
 * Shown where the map will be, on the server and while the map's code and data load: never an
 * empty page. Without JavaScript it stays, so it says where the reporting is instead, over a
 * picture of the map (app/image) in the reader's colour scheme where `picture` gives its addresses.
 */
export function MapPlaceholder({ picture }: { picture?: { light: string; dark: string } }) {
  const t = useTranslations('MapView');
  return (
    <div className="map-loading" role="status" aria-live="polite">
      {picture && (
        // Only without JavaScript: the browser loads a <noscript>'s picture only when scripts do not run.
        <noscript>
          <picture>
            <source media="(prefers-color-scheme: dark)" srcSet={picture.dark} />
            <img className="map-noscript-picture" src={picture.light} width={800} height={500} alt={t('noscriptAlt')} />
          </picture>
        </noscript>
      )}
      {/* No spinner without JavaScript: nothing is loading then (styles/tokens.css, .needs-js). */}
      <span className="map-loading-spinner needs-js" aria-hidden="true" />
      <span className="map-loading-text">{t('loading')}</span>
    </div>
  );
}
