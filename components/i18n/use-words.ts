import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import type { Words } from '@/lib/translate';

/** The reader's language and the whole catalogue's translation function, for lib/'s word functions (lib/translate.ts). */
export function useWords(): Words {
  const locale = useLocale();
  const t = useTranslations();
  return useMemo(() => ({ locale, t }), [locale, t]);
}
