import type { Metadata } from 'next';
import { MapPage, mapPageMetadata } from '@/components/map/map-page';
import { getStories } from '@/lib/data';
import { pageLocale } from '@/lib/page-locale';

/**
 * A story step's page: the map page opened at that step, its quote rendered here (lib/story-pages.ts).
 * Prerendered for every step of every story, in each language of the layout's; proxy.ts serves it
 * at the map's address, `/?story=…&step=…`, and sends this path there. 'error': reading the
 * request fails the build; any other story or step is Next's 404 page.
 */
export const dynamic = 'error';
export const dynamicParams = false;

export function generateStaticParams(): { story: string; step: string }[] {
  return getStories().flatMap((story) => story.steps.map((_, i) => ({ story: story.id, step: String(i + 1) })));
}

export const metadata: Metadata = mapPageMetadata();

type Params = Promise<{ locale: string; story: string; step: string }>;

export default async function StoryStepPage({ params }: { params: Params }) {
  const { story, step } = await params;
  return <MapPage locale={await pageLocale(params)} story={{ id: story, step: Number(step) }} />;
}
