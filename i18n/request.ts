/**
 * next-intl's request configuration (found by its plugin in next.config.js): the language of the
 * page being rendered and its message catalogue. Pages are prerendered per language
 * (app/[locale]/layout.tsx calls setRequestLocale), so nothing here reads the request.
 */
import { getRequestConfig } from 'next-intl/server';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n';
import { loadMessages } from '@/lib/messages';

export default getRequestConfig(async ({ requestLocale }) => {
  const asked = await requestLocale;
  const locale = isLocale(asked) ? asked : DEFAULT_LOCALE;
  return { locale, messages: await loadMessages(locale), timeZone: 'UTC' };
});
