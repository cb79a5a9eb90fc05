import type { Locale } from '@/lib/i18n';
import type { Messages } from '@/lib/messages';

// next-intl's typed keys: a message key or a language that does not exist fails the type check.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
