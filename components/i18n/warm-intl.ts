/**
 * Starts the Intl warm-up worker (components/i18n/intl-warmup-worker.ts) for the page's language
 * (`<html lang>`), from the address the server wrote on `<html data-intl-warmup>` (the embed build's
 * manifest, lib/embed-assets.ts): it loads ICU's data for that language while the main thread
 * evaluates the page's code, so that the first date and number formatters there cost about 1 ms
 * instead of 40–150. The embed's entry calls it before it hydrates (components/embed/embed-entry.tsx);
 * the main site's pages start it from an inline script in their `<head>` (WARM_INTL_SCRIPT). A page
 * whose worker cannot start (a policy, an old browser) makes its own formatters, as before; the
 * worker's failure to load is not the page's.
 */
export function warmIntl(): Worker | undefined {
  if (typeof document === 'undefined' || typeof Worker === 'undefined') return undefined;
  const { dataset, lang } = document.documentElement;
  if (!dataset.intlWarmup) return undefined;
  try {
    // It ends itself once done.
    return new Worker(dataset.intlWarmup, { name: lang });
  } catch {
    // Nothing lost but the head start.
    return undefined;
  }
}

/**
 * What warmIntl does, as the text of an inline script for the main site's `<head>`
 * (app/[locale]/layout.tsx): there the browser runs it as it parses the page, and the worker's
 * script is fetched before the page's large scripts instead of after them. Started from the page's
 * code, on a phone's network (4× CPU, 150 ms, 1.6 Mbps) the worker ran only after hydration had made
 * the first date formatter and loaded ICU's data itself (a trace of `/`: 60 of a 94 ms task). The
 * prerendered pages allow it by its hash (lib/inline-script-hashes.ts). The embed allows no inline
 * script: its entry calls warmIntl, and waits for the worker before it hydrates.
 */
export const WARM_INTL_SCRIPT =
  'try{var h=document.documentElement;h.dataset.intlWarmup&&window.Worker&&new Worker(h.dataset.intlWarmup,{name:h.lang})}catch(e){}';

/**
 * Resolves when the worker has loaded ICU's data (its message), when it failed, or after `limitMs`,
 * whichever comes first; at once without a worker. A page may wait for it before it hydrates, so
 * that its first formatters do not load that data on the main thread: on a slow network the
 * worker's script arrives after the page's, and hydration would otherwise get there first (on a
 * phone, 4× slower: 140 ms of one task in the frame's hydration, measured).
 */
export function whenWarm(worker: Worker | undefined, limitMs: number): Promise<void> {
  if (!worker) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, limitMs);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    worker.addEventListener('message', done, { once: true });
    worker.addEventListener('error', done, { once: true });
  });
}
