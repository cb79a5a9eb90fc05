import { useCallback, useEffect, useState } from 'react';

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

export interface ReportingState {
  /** The components, once here. */
  value: Reporting | undefined;
  /** The chunk could not be loaded: say so, and offer `retry`. */
  failed: boolean;
  retry: () => void;
}

/**
 * The reporting components, once loaded: `given` where the caller has them already (the server's
 * render, which bundles them), else loaded the first time `wanted` is true; a failure is reported,
 * and `retry` asks again.
 */
export function useReporting(given: Reporting | undefined, wanted: boolean): ReportingState {
  const [here, setHere] = useState<Reporting | undefined>(loaded);
  const [failed, setFailed] = useState(false);
  const request = useCallback(() => {
    loadReporting().then(
      (reporting) => {
        // Even when the chunk came between the render and the effect that asked (the entry asks
        // for it early): that render went without it, so this state change shows it.
        setHere(reporting);
        setFailed(false);
      },
      (error: unknown) => {
        console.error('Front-line map: the reporting components did not load.', error);
        setFailed(true);
      },
    );
  }, []);
  useEffect(() => {
    if (wanted && !given) request();
  }, [wanted, given, request]);
  const retry = useCallback(() => {
    setFailed(false);
    request();
  }, [request]);
  const value = given ?? here ?? loaded;
  return { value, failed: failed && !value, retry };
}
