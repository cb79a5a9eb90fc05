import { STALE_AFTER_DAYS } from '@/lib/situation';
import { useTranslations } from 'next-intl';
import type { Basis } from '@/lib/schemas';
import { ACTIVITIES, activityLabel, basisLabel, CONTROLS, controlLabel } from '@/lib/vocabulary';

const BASES: readonly Basis[] = ['observed', 'official', 'reported', 'claimed'];

/** The About page's account of what the map shows of a place: control apart from activity, and age (README "Control and activity"). */
export function SituationModel() {
  const t = useTranslations();
  return (
    <section aria-labelledby="situation-model">
      <h2 id="situation-model">What the map shows of a place: who holds it, what is happening there, and how old that is</h2>
      <p>
        Who holds a place and what is happening there are two questions, and the map keeps them apart. The fill shows <strong>control</strong>:{' '}
        {CONTROLS.map((c) => controlLabel(t, c).toLowerCase()).join(', ')}, or grey where no source here says. An orange outline shows{' '}
        <strong>activity</strong>: {ACTIVITIES.map((a) => activityLabel(t, a).toLowerCase()).join(', ')}; a place may have several at once, and
        the pop-up names each with who says so.
      </p>
      <p>
        Each statement has a basis: {BASES.map((b) => basisLabel(t, b)).join('; ')}. A claim decides control only where nothing attested says who
        holds the place (it is then drawn dashed); a newer claim that disagrees with attested reporting is shown beside it, never instead of it.
        A reporter’s judgements and assessments count as reported, not seen; forecasts are not statements about a place at all.
      </p>
      <p>
        A place’s situation changes only when a quoted source says so. On any date, the map says how old what it shows is: past{' '}
        {STALE_AFTER_DAYS} days since the latest report, the place is faded and its pop-up, sheet and list say “Last reported … before this date;
        no later reporting in this map’s sources”. A place inside or beside another (the Azot plant in Severodonetsk) is marked{' '}
        <em>possibly out of date</em>, and not drawn as held, when that other place is later reported under a different control.
      </p>
      <p>
        Events that no source here reports are absent until a source that states them is added: the fall of Lysychansk on 3 July 2022, for one,
        is not on this map, which still shows the city as last reported, in late June 2022. Adding a source and its quotes is described in the
        project’s README (“Adding a source with its quotes and places”).
      </p>
    </section>
  );
}
