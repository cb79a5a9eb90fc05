/**
 * The language of a page under app/[locale]/, from its path's segment. Each page calls it first:
 * next-intl then renders the page statically in that language (setRequestLocale), without reading
 * the request.
 */
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DEFAULT_LOCALE, isLocale, type Locale } from './i18n';
import { languageAlternates } from './page-alternates';
import { configuredOrigin } from './site';
import type { Words } from './translate';

export type LocaleParams = Promise<{ locale: string }>;

export async function pageLocale(params: LocaleParams): Promise<Locale> {
  const { locale } = await params;
  // The layout's generateStaticParams lists every language, and dynamicParams = false refuses others.
  const known = isLocale(locale) ? locale : DEFAULT_LOCALE;
  setRequestLocale(known);
  return known;
}

/** A server page's words (lib/translate.ts) in its language. */
export async function getWords(locale: Locale): Promise<Words> {
  return { locale, t: await getTranslations({ locale }) };
}

/** The pages whose catalogue namespace holds their own title and description (`metaTitle`, `metaDescription`). */
type PageNamespace = 'About' | 'Downloads' | 'AllPlaces';

/**
 * A page's metadata in its language: its title and description from its namespace, and its
 * addresses in every language (lib/page-alternates.ts).
 * @param path the page's unprefixed path
 */
export async function localisedMetadata(locale: Locale, namespace: PageNamespace, path: string): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace });
  return { title: t('metaTitle'), description: t('metaDescription'), alternates: languageAlternates(configuredOrigin(), path, locale) };
}
