'use client';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { PanelHeading } from './panel-heading';

/**
 * The pop-up of a point with no reporting attached (`name` in the reader's language, where the data has it) (a bulk point without a MapPlace,
 * lib/bulk-points.ts), or with `children` in its place: a place's while the report digests that
 * say its situation load.
 */
export function BarePopup({ id, name, onClose, children }: { id: string; name: string; onClose: () => void; children?: ReactNode }) {
  const t = useTranslations('Reports');
  return (
    <div className="place-popup" role="dialog" aria-labelledby={`popup-${id}`}>
      <PanelHeading id={`popup-${id}`} closeLabel={t('close', { place: name })} onClose={onClose} focusKey={id}>
        {name}
      </PanelHeading>
      {children ?? <p className="situation">{t('bare')}</p>}
    </div>
  );
}
