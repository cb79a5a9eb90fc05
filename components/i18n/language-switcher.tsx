'use client';
import { useLocale, useTranslations } from 'next-intl';
import type { MouseEvent } from 'react';
import { LOCALE_NAMES, LOCALES, localisedPath } from '@/lib/i18n';
import { LOCALE_CHOICE_KEY } from '@/lib/locale-routing';

/**
 * Links to this page in the other languages (README "Languages"), keeping the view: the map's
 * state is in the query and the hash, which the link takes from the address bar when followed.
 * Without JavaScript it still leads to the same page in the other language. Following it also
 * records the reader's choice, which the map's front door then respects (lib/locale-routing.ts).
 * @param path the page's unprefixed path (`/`, `/about`, `/places/bakhmut`)
 */
export function LanguageSwitcher({ path }: { path: string }) {
  const t = useTranslations('Language');
  const current = useLocale();
  const follow = (event: MouseEvent<HTMLAnchorElement>, locale: string) => {
    const link = event.currentTarget;
    link.href = `${link.pathname}${window.location.search}${window.location.hash}`;
    try {
      window.localStorage.setItem(LOCALE_CHOICE_KEY, locale);
    } catch {
      // Storage refused (private mode, a sandboxed frame): the link still leads there.
    }
  };
  return (
    <nav className="language-switcher" aria-label={t('label')}>
      {LOCALES.filter((l) => l !== current).map((locale) => (
        <a key={locale} href={localisedPath(path, locale)} hrefLang={locale} lang={locale} onClick={(event) => follow(event, locale)}>
          {LOCALE_NAMES[locale]}
        </a>
      ))}
    </nav>
  );
}
