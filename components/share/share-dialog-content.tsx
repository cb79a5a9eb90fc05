'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useMemo, useState } from 'react';
import { embedUrl, iframeSnippet, scriptSnippet } from '@/lib/embed-code';
import { imagePathOf } from '@/lib/image-request';
import type { EmbedFlags } from '@/lib/embed-options';
import type { DataVersion } from '@/lib/data-version';
import { type Locale, LOCALE_NAMES, LOCALES, localisedPath } from '@/lib/i18n';
import { serializeUrlState, type UrlState } from '@/lib/url-state';
import { CiteView } from './cite-view';
import { CopyField } from './copy-field';

export interface ShareDialogProps {
  state: UrlState;
  allLayers: readonly string[];
  title: string;
  /** What "Cite this view" needs beside the state: the view's title (lib/cite-view.ts viewTitle) and the data version. */
  cite: { title: string; version: DataVersion };
}

const THEMES = ['light', 'dark', 'auto'] as const satisfies readonly EmbedFlags['theme'][];

/** Download links for a picture of the view (`/image`), for where no map can run. */
function PictureLinks({ state, allLayers }: { state: UrlState; allLayers: readonly string[] }) {
  // A file name that says what the picture shows, e.g. frontline-map-lysychansk-2022-06-30.png.
  const t = useTranslations('Share');
  const name = ['frontline-map', state.place, state.date].filter(Boolean).join('-');
  return (
    <section className="share-picture" aria-labelledby="share-picture-title">
      <h3 id="share-picture-title">{t('pictureHeading')}</h3>
      <p>{t('picture')}</p>
      <p>
        <a href={imagePathOf(state, allLayers)} download={`${name}.png`}>
          {t('downloadPng')}
        </a>{' '}
        ·{' '}
        <a href={imagePathOf(state, allLayers, { format: 'svg' })} download={`${name}.svg`}>
          {t('downloadSvg')}
        </a>
      </p>
    </section>
  );
}

/**
 * What the share dialog holds (share-dialog.tsx, loaded when first opened): a link to the current state, its citation ("Cite
 * this view", pinned to the data version) and embed code for it, with options and a live preview
 * (`open`: while the dialog is shown).
 */
export function ShareDialogContent({ state, allLayers, title, cite, open }: ShareDialogProps & { open: boolean }) {
  const t = useTranslations('Share');
  // The embed speaks the language of the page it was made on.
  const locale = useLocale();
  const [origin, setOrigin] = useState('');
  const [flags, setFlags] = useState<EmbedFlags>({ controls: true, panel: true, list: false, theme: 'light', lang: locale });
  const [withTiles, setWithTiles] = useState(state.tiles);
  useEffect(() => setOrigin(window.location.origin), []);
  // Each opening starts from the view's own choice of tiles.
  useEffect(() => {
    if (open) setWithTiles(state.tiles);
  }, [open, state.tiles]);

  // Without tiles the base-map choice means nothing: it is left out of the links.
  const shared = useMemo(() => ({ ...state, tiles: withTiles, base: withTiles ? state.base : undefined }), [state, withTiles]);
  const qs = serializeUrlState(state, allLayers);
  // The map in the reader's language: `/uk?…` in Ukrainian.
  const path = `${localisedPath('/', locale)}${qs ? `?${qs}` : ''}`;
  const link = `${origin}${path}`;
  const input = { origin, state: shared, flags, allLayers, title };

  const flag = (key: 'controls' | 'panel' | 'list') => (
    <label className="share-option">
      <input type="checkbox" checked={flags[key]} onChange={(e) => setFlags({ ...flags, [key]: e.target.checked })} /> {t(`option.${key}`)}
    </label>
  );

  return (
    <>
      <CopyField label={t('link')} value={link} />
      <CiteView title={cite.title} url={path} version={cite.version} what="view" />
      <PictureLinks state={state} allLayers={allLayers} />
      <fieldset className="share-options">
        <legend>{t('embedOptions')}</legend>
        {flag('controls')}
        {flag('panel')}
        {flag('list')}
        <label className="share-option">
          <input type="checkbox" checked={!withTiles} onChange={(e) => setWithTiles(!e.target.checked)} /> {t('option.noTiles')}
        </label>
        <label className="share-option">
          {t('theme')}{' '}
          <select value={flags.theme} onChange={(e) => setFlags({ ...flags, theme: e.target.value as EmbedFlags['theme'] })}>
            {THEMES.map((theme) => (
              <option key={theme} value={theme}>
                {t(`themes.${theme}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="share-option">
          {t('language')}{' '}
          <select value={flags.lang} onChange={(e) => setFlags({ ...flags, lang: e.target.value as Locale })}>
            {LOCALES.map((locale) => (
              <option key={locale} value={locale} lang={locale}>
                {LOCALE_NAMES[locale]}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <CopyField label={t('embedScript')} value={scriptSnippet(input)} rows={3} />
      <CopyField label={t('embedIframe')} value={iframeSnippet(input)} rows={3} />
      {open && origin && (
        <figure className="share-preview">
          <figcaption>{t('preview')}</figcaption>
          <iframe src={embedUrl(input)} title={t('previewTitle', { title })} loading="lazy" />
        </figure>
      )}
    </>
  );
}
