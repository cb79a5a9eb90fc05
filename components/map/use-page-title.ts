import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { placeTitle } from '@/lib/vocabulary';

/**
 * The document's title for the selected place ("Lysychansk: what was reported · Front-line map"),
 * and the page's own title back when none is selected. Set in the browser: the map page is
 * prerendered, one title for every view.
 *
 * Kept, not set once: Next's router re-renders its metadata at every change of the URL (it follows
 * `history.replaceState`, so every pan), which writes the page's own title back into the head.
 */
export function usePageTitle(placeName: string | undefined): void {
  const t = useTranslations();
  useEffect(() => {
    if (!placeName) return;
    const pageTitle = document.title;
    const title = placeTitle(t, placeName);
    const keep = () => {
      if (document.title !== title) document.title = title;
    };
    keep();
    const observer = new MutationObserver(keep);
    observer.observe(document.head, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      document.title = pageTitle;
    };
  }, [placeName, t]);
}
