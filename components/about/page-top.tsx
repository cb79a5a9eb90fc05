import { useLocale, useTranslations } from 'next-intl';
import { LanguageSwitcher } from '@/components/i18n/language-switcher';
import { localisedPath } from '@/lib/i18n';

/**
 * The top of a page outside the map (About, Downloads, the places): the way back to the map in the
 * page's language, and the same page in the other language.
 * @param path the page's unprefixed path (`/about`, `/places/bakhmut`)
 */
export function PageTop({ path }: { path: string }) {
  return (
    <>
      <BackToMap />
      <LanguageSwitcher path={path} />
    </>
  );
}

/** "← Back to the map", to the map in the page's language. */
export function BackToMap() {
  const t = useTranslations('About');
  const locale = useLocale();
  return (
    <p>
      <a href={localisedPath('/', locale)}>{t('backToMap')}</a>
    </p>
  );
}
