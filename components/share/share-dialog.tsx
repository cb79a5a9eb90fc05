'use client';
import { useTranslations } from 'next-intl';
import { lazy, Suspense, useRef, useState } from 'react';
import type { ShareDialogProps } from './share-dialog-content';

// The dialog's content (links, citation, embed code, preview) and its code load when a reader first
// opens it: most readers never do, and the page starts without its code or its work.
const ShareDialogContent = lazy(() => import('./share-dialog-content').then((m) => ({ default: m.ShareDialogContent })));

/** "Share / embed": the top bar's button and the dialog it opens (share-dialog-content.tsx). */
export function ShareDialog(props: ShareDialogProps) {
  const t = useTranslations('Share');
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  // Once opened the content stays, so the reader's options are kept between openings.
  const [opened, setOpened] = useState(false);

  const show = () => {
    setOpened(true);
    setOpen(true);
    dialog.current?.showModal();
  };
  const close = () => {
    dialog.current?.close();
    setOpen(false);
  };

  return (
    <>
      <button type="button" className="share-button needs-js" onClick={show} aria-haspopup="dialog">
        {/* On phones a shorter word shows; the full one stays the button's name (it contains the short one). */}
        <span className="label-long">{t('button')}</span>
        <span className="label-short" aria-hidden="true">
          {t('buttonShort')}
        </span>
      </button>
      <dialog ref={dialog} className="share-dialog" aria-labelledby="share-title" onClose={() => setOpen(false)}>
        <div className="share-head">
          <h2 id="share-title">{t('heading')}</h2>
          <button type="button" className="icon-button" onClick={close} aria-label={t('close')}>
            ×
          </button>
        </div>
        {opened && (
          <Suspense fallback={<p className="share-loading">{t('loading')}</p>}>
            <ShareDialogContent {...props} open={open} />
          </Suspense>
        )}
      </dialog>
    </>
  );
}
