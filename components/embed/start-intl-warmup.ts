/**
 * Starts the Intl warm-up worker (components/i18n/warm-intl.ts) for the frame's language, imported
 * by the entry before the start, so that the worker is on its way before hydration. The worker's
 * address is the build's (scripts/build-embed.mjs bundles it first and defines it here).
 */
import { warmIntl } from '@/components/i18n/warm-intl';

warmIntl(process.env.INTL_WARMUP_URL, document.documentElement.lang);
