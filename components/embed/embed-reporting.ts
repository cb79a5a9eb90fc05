/**
 * The embed's reporting components, a chunk of their own in the browser (scripts/build-embed.mjs
 * splits what is imported on demand): the list of places, a place's panel, the changes of compare
 * mode, a story's panel and a place's pop-up (components/embed/lazy-place-popup.tsx), which a
 * reader needs once a place, the list, a comparison or a story is open. Most frames show the map
 * alone, and every frame's start is on a budget (issue 12; tests/lib/embed-budget.test.ts).
 * components/embed/use-reporting.ts loads it; the server's render bundles it.
 */
import { ChangeList } from '@/components/compare/change-list';
import { PlaceEntry, PlaceList } from '@/components/places/place-list';
import { PlacePopup } from '@/components/reports/place-popup';
import { ReportPanel } from '@/components/reports/report-panel';
import { StoryPanel } from '@/components/story/story-panel';
import { placeListing } from '@/lib/place-listing';

export const reporting = { ChangeList, PlaceEntry, PlaceList, PlacePopup, ReportPanel, StoryPanel, placeListing };
