/**
 * Starts the Intl warm-up worker (components/i18n/intl-warmup-worker.ts) for the page's language,
 * where pages can start workers: it loads ICU's data for that language while the main thread
 * evaluates the page's code, so that the first date and number formatters there cost about 1 ms
 * instead of 40–150. A page whose worker cannot start (a policy, an old browser) makes its own, as
 * before; the worker's failure to load is not the page's.
 */
export function warmIntl(workerUrl: string | undefined, locale: string): Worker | undefined {
  if (!workerUrl || typeof Worker === 'undefined') return undefined;
  try {
    // It ends itself once done.
    return new Worker(workerUrl, { name: locale });
  } catch {
    // Nothing lost but the head start.
    return undefined;
  }
}
