'use client';
import { useLocale, useTranslations } from 'next-intl';
import { type ReactNode, useEffect, useState } from 'react';
import { localisedPath } from '@/lib/i18n';
import { citedVersionOf, withoutCitedVersion } from '@/lib/permalink';

interface DataChangedProps {
  /** The current data version (lib/data-version.ts). */
  current: string;
  /** Where the corrections link opens: a new tab from inside an embed's frame. */
  linkTarget?: '_blank';
}

/**
 * The note a pinned permalink (`v=`, lib/permalink.ts) gets when its data version is not the
 * current one: the page shows the current data, and says that it has changed since the citation.
 * A status, not a dialog: the map stays usable. The live region is there from the first render,
 * so that screen readers announce the note when it is filled in (the version is read from the URL
 * in the browser: the pages are prerendered). Dismissing it takes the version out of the address,
 * which the map otherwise keeps while the reader browses (components/map/use-url-state.ts).
 */
export function DataChangedNote(props: DataChangedProps) {
  return (
    <div role="status" className="data-changed">
      <DataChangedMessage {...props} />
    </div>
  );
}

/** The note's text and its dismiss button, inside a live region of the caller's (the embed loads it on demand). */
export function DataChangedMessage({ current, linkTarget }: DataChangedProps) {
  const t = useTranslations('DataChanged');
  const locale = useLocale();
  const [cited, setCited] = useState<string>();
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => setCited(citedVersionOf(window.location.search)), []);
  const changed = cited !== undefined && cited !== current && !dismissed;
  const dismiss = () => {
    setDismissed(true);
    const qs = withoutCitedVersion(window.location.search);
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${qs ? `?${qs}` : ''}`);
  };
  if (!changed) return null;
  return (
    <p>
      <span>
        {t.rich('dataChanged', {
          cited,
          current,
          code: (chunks: ReactNode) => <code>{chunks}</code>,
          link: (chunks: ReactNode) => (
            <a href={`${localisedPath('/about', locale)}#corrections`} {...(linkTarget ? { target: linkTarget, rel: 'noopener' } : {})}>
              {chunks}
            </a>
          ),
        })}
      </span>
      <button type="button" className="icon-button" onClick={dismiss} aria-label={t('dismiss')}>
        ×
      </button>
    </p>
  );
}
