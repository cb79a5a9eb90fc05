/**
 * Mounts a component in the test page with `react-dom/client`'s createRoot, as the app does; the
 * preact project maps that module to preact/compat/client (vitest.config.mts), so the same call
 * renders with Preact there. Each mounted tree is unmounted and removed when its test finishes.
 */
import type { ReactNode } from 'react';
import { IntlProvider } from 'next-intl';
import { DataSeed } from '@/components/data/use-data-file';
import type { Locale } from '@/lib/i18n';
import { MESSAGES } from '../helpers/messages';
import { SAMPLE_REPORTING } from '../fixtures/map-data-sample';
import { createRoot } from 'react-dom/client';
import { inject, onTestFinished } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Which renderer the project runs the components with (vitest.config.mts). */
    renderer: 'react' | 'preact';
  }
}

export const RENDERER = inject('renderer');

type Act = (callback: () => void | Promise<void>) => Promise<void>;

// React 19 exports `act` from `react`; preact/compat has no `act` (Preact's is in preact/test-utils),
// so under the preact project an import of it from `react` would fail to link.
const act: Act = RENDERER === 'preact' ? (await import('preact/test-utils')).act : (await import('react')).act;

/**
 * Runs `callback` and flushes the renders and effects it causes. React checks this flag: set only
 * around act, so that updates caused by real browser events (userEvent) between acts do not warn.
 */
export async function inAct(callback: () => void) {
  const scope = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  scope.IS_REACT_ACT_ENVIRONMENT = true;
  try {
    await act(callback);
  } finally {
    scope.IS_REACT_ACT_ENVIRONMENT = false;
  }
}

export interface Rendered {
  container: HTMLElement;
  rerender: (ui: ReactNode) => Promise<void>;
  unmount: () => Promise<void>;
}

/**
 * Renders `ui` into a fresh element at the end of the body, inside the data a page seeds: by default
 * the sample places' reporting files (so that their quotes show at once, as on a page that has them).
 * @param seed data files by URL; `{}` to make the components fetch them
 * @param locale the interface's language
 */
export async function render(
  ui: ReactNode,
  seed: Readonly<Record<string, unknown>> = SAMPLE_REPORTING,
  locale: Locale = 'en',
): Promise<Rendered> {
  // As the pages give them: the language's messages (app/[locale]/layout.tsx, components/embed/embed-app.tsx).
  const seeded = (node: ReactNode) => (
    <IntlProvider locale={locale} messages={MESSAGES[locale]} timeZone="UTC">
      <DataSeed value={seed}>{node}</DataSeed>
    </IntlProvider>
  );
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  let mounted = true;
  const unmount = async () => {
    if (!mounted) return;
    mounted = false;
    await inAct(() => root.unmount());
    container.remove();
  };
  onTestFinished(unmount);
  await inAct(() => root.render(seeded(ui)));
  return { container, rerender: (next) => inAct(() => root.render(seeded(next))), unmount };
}
