import type { Assertion, DateInfo, ReportView } from '@/lib/types';

/**
 * An in-memory report for unit tests of the situation rules: the places, dates and assertions
 * given, a quote made from its id and a fixed test citation (the rules read neither).
 */
export function testReport({
  id,
  places,
  describes,
  reported = describes,
  assertions,
}: {
  id: string;
  places: string[];
  describes: DateInfo;
  reported?: DateInfo;
  assertions: Assertion[];
}): ReportView {
  return {
    id,
    quote: `quote ${id}`,
    places,
    describes,
    reported,
    assertions,
    citation: {
      source_id: 'test-source',
      outlet: 'Test',
      title: 'Test',
      byline: null,
      original: null,
      published: reported,
      url: 'https://example.com/',
      copy_url: 'https://example.com/',
      url_is_copy: true,
      type: 'first-hand-report',
    },
  };
}
