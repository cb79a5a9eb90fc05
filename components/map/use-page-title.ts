import { useEffect, useRef } from 'react';

/**
 * The document's title for the selected place ("Lysychansk: what was reported · Front-line map"),
 * and the page's own title back when none is selected. Set in the browser: the map page is
 * prerendered, one title for every view.
 */
export function usePageTitle(placeName: string | undefined): void {
  const pageTitle = useRef<string | null>(null);
  useEffect(() => {
    pageTitle.current ??= document.title;
    document.title = placeName ? `${placeName}: what was reported · Front-line map` : pageTitle.current;
  }, [placeName]);
}
