'use client';
import { useLocale } from 'next-intl';
import { useEffect, useMemo, useRef, useState } from 'react';
import { embedUrl, iframeSnippet, scriptSnippet } from '@/lib/embed-code';
import { imagePathOf } from '@/lib/image-request';
import type { EmbedFlags } from '@/lib/embed-options';
import type { DataVersion } from '@/lib/data-version';
import { serializeUrlState, type UrlState } from '@/lib/url-state';
import { CiteView } from './cite-view';
import { CopyField } from './copy-field';

interface ShareDialogProps {
  state: UrlState;
  allLayers: readonly string[];
  title: string;
  /** What "Cite this view" needs beside the state: the view's title (lib/cite-view.ts viewTitle) and the data version. */
  cite: { title: string; version: DataVersion };
}

/** Download links for a picture of the view (`/image`), for where no map can run. */
function PictureLinks({ state, allLayers }: { state: UrlState; allLayers: readonly string[] }) {
  // A file name that says what the picture shows, e.g. frontline-map-lysychansk-2022-06-30.png.
  const name = ['frontline-map', state.place, state.date].filter(Boolean).join('-');
  return (
    <section className="share-picture" aria-labelledby="share-picture-title">
      <h3 id="share-picture-title">Picture of this view</h3>
      <p>
        For print, newsletters and posts where no map can run: the layers as shown here, with the legend, the date, the credits and the data
        version.
      </p>
      <p>
        <a href={imagePathOf(state, allLayers)} download={`${name}.png`}>
          Download image (PNG, 1200 × 630)
        </a>{' '}
        ·{' '}
        <a href={imagePathOf(state, allLayers, { format: 'svg' })} download={`${name}.svg`}>
          SVG
        </a>
      </p>
    </section>
  );
}

/** "Share / embed": a link to the current state, its citation ("Cite this view", pinned to the data version) and embed code for it, with options and a live preview. */
export function ShareDialog({ state, allLayers, title, cite }: ShareDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  // The embed speaks the language of the page it was made on.
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const [origin, setOrigin] = useState('');
  const [flags, setFlags] = useState<EmbedFlags>({ controls: true, panel: true, list: false, theme: 'light', lang: locale });
  const [withTiles, setWithTiles] = useState(state.tiles);
  useEffect(() => setOrigin(window.location.origin), []);

  // Without tiles the base-map choice means nothing: it is left out of the links.
  const shared = useMemo(() => ({ ...state, tiles: withTiles, base: withTiles ? state.base : undefined }), [state, withTiles]);
  const qs = serializeUrlState(state, allLayers);
  const path = `/${qs ? `?${qs}` : ''}`;
  const link = `${origin}${path}`;
  const input = { origin, state: shared, flags, allLayers, title };

  const show = () => {
    setWithTiles(state.tiles);
    setOpen(true);
    dialog.current?.showModal();
  };
  const close = () => {
    dialog.current?.close();
    setOpen(false);
  };
  const flag = (key: 'controls' | 'panel' | 'list', label: string) => (
    <label className="share-option">
      <input type="checkbox" checked={flags[key]} onChange={(e) => setFlags({ ...flags, [key]: e.target.checked })} /> {label}
    </label>
  );

  return (
    <>
      <button type="button" className="share-button" onClick={show} aria-haspopup="dialog">
        Share / embed
      </button>
      <dialog ref={dialog} className="share-dialog" aria-labelledby="share-title" onClose={() => setOpen(false)}>
        <div className="share-head">
          <h2 id="share-title">Share, cite or embed this view</h2>
          <button type="button" className="icon-button" onClick={close} aria-label="Close">
            ×
          </button>
        </div>
        <CopyField label="Link to this view" value={link} />
        <CiteView title={cite.title} url={path} version={cite.version} what="view" />
        <PictureLinks state={state} allLayers={allLayers} />
        <fieldset className="share-options">
          <legend>Embed options</legend>
          {flag('controls', 'Map controls and date stepper')}
          {flag('panel', '“All reporting” panel inside the frame')}
          {flag('list', 'Text list of places under the map')}
          <label className="share-option">
            <input type="checkbox" checked={!withTiles} onChange={(e) => setWithTiles(!e.target.checked)} /> No third-party map tiles
          </label>
          <label className="share-option">
            Theme{' '}
            <select value={flags.theme} onChange={(e) => setFlags({ ...flags, theme: e.target.value as EmbedFlags['theme'] })}>
              <option value="light">Light</option>
              <option value="dark">Dark</option>
              <option value="auto">Follow the reader’s setting</option>
            </select>
          </label>
        </fieldset>
        <CopyField label="Embed with a script (resizes to fit)" value={scriptSnippet(input)} rows={3} />
        <CopyField label="Embed with an iframe" value={iframeSnippet(input)} rows={3} />
        {open && origin && (
          <figure className="share-preview">
            <figcaption>Preview</figcaption>
            <iframe src={embedUrl(input)} title={`Preview: ${title}`} loading="lazy" />
          </figure>
        )}
      </dialog>
    </>
  );
}
