import { describe, expect, it } from 'vitest';
import { CitationLine } from '@/components/reports/citation-line';
import { sampleReporting } from '../../fixtures/map-data-sample';
import { render } from '../render';

const sky = sampleReporting('donbas').sources['sky-news-lysychansk']!.citation;
const bbcRepost = sampleReporting('donbas').sources['bbc-bakhmut-repost']!.citation;

describe('CitationLine', () => {
  it('names outlet, byline and approximate date, and links the copy it quotes from', async () => {
    const { container } = await render(<CitationLine citation={sky} />);
    const cite = container.querySelector('cite.citation')!;
    expect(cite.textContent).toBe(
      'Sky News · Alex Crawford, special correspondent · c. 30 June – 2 July 2022 · Copy of the text (original link not known)',
    );
    const time = cite.querySelector('time')!;
    expect(time.getAttribute('datetime')).toBe('2022-06-30');
    expect(time.getAttribute('title')).toBe('Approximate: inferred from the text');
    const link = cite.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://yourmicrocast.com/?p=40611');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('names the original a re-post rewrites', async () => {
    const { container } = await render(<CitationLine citation={bbcRepost} />);
    expect(container.textContent).toBe(
      'mollbare.com (blog re-post of a BBC News report) · Daniel Harrison · rewriting BBC News (Orla Guerin) · c. 8 February 2023 · Copy of the text (original link not known)',
    );
  });

  it('links "Source" with no approximate-date note when the link is the original and the date printed', async () => {
    const original = { ...sky, url_is_copy: false, published: { date: '2022-06-30', approximate: false } };
    const { container } = await render(<CitationLine citation={original} />);
    expect(container.querySelector('a')?.textContent).toBe('Source');
    expect(container.querySelector('time')?.textContent).toBe('30 June 2022');
    expect(container.querySelector('time')?.hasAttribute('title')).toBe(false);
  });

  it('with the quote it cites, opens the source at the quoted words (a URL text fragment)', async () => {
    const { container } = await render(<CitationLine citation={sky} quote="The artillery sounds never stop" />);
    expect(container.querySelector('a')?.getAttribute('href')).toBe(
      'https://yourmicrocast.com/?p=40611#:~:text=The%20artillery%20sounds%20never%20stop',
    );
  });
});
