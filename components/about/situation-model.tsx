import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/lib/i18n';
import { basisSchema } from '@/lib/schemas';
import { STALE_AFTER_DAYS } from '@/lib/situation';
import { ACTIVITIES, activityLabel, basisLabel, CONTROLS, controlLabel } from '@/lib/vocabulary';
import { RICH } from './rich';

/**
 * A label inside a sentence: lower case in English ("ukrainian control", as before), only its first
 * letter in Ukrainian, whose labels hold proper names ("під контролем України").
 */
function inSentence(label: string, locale: Locale): string {
  return locale === 'en' ? label.toLowerCase() : `${label.charAt(0).toLocaleLowerCase(locale)}${label.slice(1)}`;
}

/** The About page's account of what the map shows of a place: control apart from activity, and age (README "Control and activity"). */
export function SituationModel() {
  const t = useTranslations();
  const m = useTranslations('About.model');
  const locale = useLocale();
  const controls = CONTROLS.map((c) => inSentence(controlLabel(t, c), locale)).join(', ');
  const activities = ACTIVITIES.map((a) => inSentence(activityLabel(t, a), locale)).join(', ');
  return (
    <section aria-labelledby="situation-model">
      <h2 id="situation-model">{m('heading')}</h2>
      <p>{m.rich('control', { ...RICH, controls, activities })}</p>
      <p>{m('basis', { bases: basisSchema.options.map((b) => basisLabel(t, b)).join('; ') })}</p>
      <p>{m.rich('age', { ...RICH, days: STALE_AFTER_DAYS })}</p>
      <p>{m.rich('absent', RICH)}</p>
    </section>
  );
}
