import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n';
import { loadMessages, type PageKind, pageMessages } from '@/lib/messages';

/**
 * The messages a page's client components read, and only those (lib/messages.ts PAGE_NAMESPACES):
 * each page has its own provider, not the layout, so that a place page does not carry the map's
 * words in its HTML and in every RSC file Next writes for it. A server component.
 */
export async function PageMessages({ page, locale, children }: { page: PageKind; locale: Locale; children: ReactNode }) {
  return <NextIntlClientProvider messages={pageMessages(await loadMessages(locale), page)}>{children}</NextIntlClientProvider>;
}
