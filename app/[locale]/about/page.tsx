import type { Metadata } from 'next';
import { CitingSection } from '@/components/about/citing-section';
import { CorrectionsSection } from '@/components/about/corrections-section';
import { CreditsSection } from '@/components/about/credits-section';
import { SituationModel } from '@/components/about/situation-model';
import { ClaimBadge } from '@/components/reports/claim-badge';
import { CORRECTIONS_FEED_PATH } from '@/lib/corrections';
import { getClaims, getCorrectionNames, getCorrections, getData, getDataVersion } from '@/lib/data';
import type { ClaimView } from '@/lib/types';
import { mapPathOf } from '@/lib/url-state';
import { type LocaleParams, pageLocale } from '@/lib/page-locale';

export const metadata: Metadata = {
  title: 'About the map and how it checks the reporting · Front-line map',
  description: 'How the front-line map checks the geography in its news reporting against its own geometry, and what it found.',
  // Feed discovery for the corrections log this page shows.
  alternates: { types: { 'application/atom+xml': [{ url: CORRECTIONS_FEED_PATH, title: 'Front-line map: corrections' }] } },
};

const VERDICTS: { verdict: ClaimView['verdict']; heading: string }[] = [
  { verdict: 'inconsistent', heading: 'Inconsistent with the map' },
  { verdict: 'consistent', heading: 'Consistent with the map' },
  { verdict: 'not-checkable', heading: 'Not checkable' },
];

/** About: the methodology of the map checks (docs/methodology.md, in JSX) and every claim with its verdict. */
export default async function AboutPage({ params }: { params: LocaleParams }) {
  await pageLocale(params);
  const claims = getClaims();
  return (
    <main className="about-page">
      <p>
        <a href="/">← Back to the map</a>
      </p>
      <h1>About the map</h1>
      <p>
        An open-source, sourced map of the battles for Severodonetsk and Lysychansk (June–July 2022) and Bakhmut (February 2023). Every place
        links to the news reporting behind it, quoted word for word with full citations.
      </p>

      <SituationModel />

      <section aria-labelledby="methodology">
        <h2 id="methodology">How the map checks the reporting’s geography</h2>
        <p>
          Reporters write geography: the refinery is “on the city’s southwestern edge” and “only six miles from the city’s heart”; Severodonetsk
          is “just over the other side of a bombed-out bridge”. The map checks such statements against its own geometry and shows the result
          beside the quote.
        </p>
        <h3>Claims</h3>
        <p>
          Each statement checked is a claim: the report whose quote makes it, the words it checks (verbatim), the places involved, what the words
          state (the value and unit as the text gives them, such as 6 miles), a tolerance, and a note on how the words are read and why. Claims
          are of five kinds:
        </p>
        <ul>
          <li>
            <strong>distance</strong> between two places’ centres, or their nearest edges;
          </li>
          <li>
            <strong>direction</strong>: the bearing from one centre to another, named on a 16-point compass;
          </li>
          <li>
            <strong>river side</strong>: which bank of the river each of two places lies on, left or right looking downstream, and by compass
            side;
          </li>
          <li>
            <strong>containment</strong>: whether a place lies inside an area, or near its edge;
          </li>
          <li>
            <strong>relative position</strong>: whether a place lies between two others.
          </li>
        </ul>
        <p>
          A place’s centre is its label point (the city centre for a city), or the point itself. A statement the map cannot check, because it has
          no located subject or concerns something the map does not model, is marked not checkable, with the reason.
        </p>
        <h3>Precision</h3>
        <p>
          Some places are estimates, drawn within a stated radius of where they are believed to be (the refinery within 3 km, the bridges and the
          Azot plant within 1.5 km, the region outlines within 5 to 6.5 km and 3 km near the front). A measurement that involves one is a range,
          not a number: a distance is widened by both radii; a direction by the angle the uncertainty circle fills as seen from the start; a
          place whose circle reaches the river may be on either bank; a place near an edge may be inside or outside.
        </p>
        <h3>Verdicts</h3>
        <p>
          The words give a band (the stated value with its tolerance: “six miles”, read loosely as 4.5 to 7.5 miles); the map gives a range. A
          claim is <strong>consistent</strong> where the two overlap, and <strong>inconsistent</strong> where they do not. A consistent check
          also says whether all of the range agrees with the words or only part of it. An inconsistent verdict says that the words and the map
          disagree, not which is wrong: the report may be loose, or the map’s estimate may be. The data is never changed to make a claim fit.
        </p>
        <p>
          The checks run when the app is built, with Turf, in functions that do one thing each (<code>lib/geometry/</code>); a claim that cannot
          be checked stops the build. Distances are straight lines over the earth’s surface, where a reporter may mean the road; cities are
          judged by their centres, not their whole extent.
        </p>
      </section>

      <section aria-labelledby="claims">
        <h2 id="claims">The claims and what the map says</h2>
        <p>
          {claims.length} statements in the reporting, checked against the map. Open a check to see how it was measured. Each links to its place
          on the map.
        </p>
        {VERDICTS.map(({ verdict, heading }) => {
          const group = claims.filter((c) => c.verdict === verdict);
          if (group.length === 0) return null;
          return (
            <section key={verdict} aria-labelledby={`claims-${verdict}`}>
              <h3 id={`claims-${verdict}`}>
                {heading} ({group.length})
              </h3>
              <ul className="about-claims">
                {group.map((c) => (
                  <li key={c.id} id={`claim-${c.id}`}>
                    <p>
                      <q>{c.text}</q>
                      {c.places[0] && (
                        <>
                          {' '}
                          · <a href={mapPathOf(c.places[0])}>on the map</a>
                        </>
                      )}
                    </p>
                    <ClaimBadge claim={c} />
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </section>
      <CorrectionsSection corrections={getCorrections()} names={getCorrectionNames()} />

      <CitingSection version={getDataVersion()} />
      <CreditsSection credits={Object.values(getData().manifest.attributions).filter((a) => a !== undefined)} />
      <p>
        <a href="/">← Back to the map</a>
      </p>
    </main>
  );
}
