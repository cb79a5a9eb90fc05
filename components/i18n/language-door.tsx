import { languageDoorScript } from '@/lib/locale-routing';

/**
 * The English map page's first script (lib/locale-routing.ts): a first visit from a browser that
 * prefers Ukrainian goes to the Ukrainian map. Rendered in the page's HTML, so that it runs as soon
 * as it is read, before the map loads.
 */
export function LanguageDoor() {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: constant text from lib/locale-routing.ts, no request value in it; allowed by its hash (proxy.ts).
  return <script dangerouslySetInnerHTML={{ __html: languageDoorScript() }} />;
}
