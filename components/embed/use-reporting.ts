import { useEffect, useState } from 'react';

/** The embed's reporting components (components/embed/embed-reporting.ts). */
export type Reporting = typeof import('./embed-reporting')['reporting'];

let loaded: Reporting | undefined;
let pending: Promise<Reporting> | undefined;

/** Loads the reporting components (once per page); the entry awaits it before it hydrates a frame that shows them at once. */
export function loadReporting(): Promise<Reporting> {
  pending ??= import('./embed-reporting').then(
    (module) => {
      loaded = module.reporting;
      return module.reporting;
    },
    (error: unknown) => {
      // Not kept: the next component that asks tries again (a deploy may have replaced the chunk).
      pending = undefined;
      throw error;
    },
  );
  return pending;
}

/**
 * The reporting components, once loaded: `given` where the caller has them already (the server's
 * render, which bundles them), else loaded the first time `wanted` is true.
 */
export function useReporting(given: Reporting | undefined, wanted: boolean): Reporting | undefined {
  const [, setLoaded] = useState(false);
  useEffect(() => {
    // Even when the chunk came between the render and this effect (the entry asks for it early):
    // that render went without it, so the one this state change brings shows it.
    if (wanted && !given)
      loadReporting().then(
        () => setLoaded(true),
        (error: unknown) => console.error('Front-line map: the reporting components did not load.', error),
      );
  }, [wanted, given]);
  return given ?? loaded;
}
