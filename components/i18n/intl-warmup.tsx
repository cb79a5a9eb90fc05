'use client';
/**
 * Starts the Intl warm-up worker (components/i18n/warm-intl.ts) on the main site's pages, as soon as
 * the page's client code is evaluated: before React hydrates the components that format dates and
 * figures. Its address is on `<html data-intl-warmup>` (app/[locale]/layout.tsx).
 */
import { warmIntl } from './warm-intl';

warmIntl();

/** Renders nothing: the layout includes it so that its module, which starts the worker, is part of every page. */
export function IntlWarmup() {
  return null;
}
