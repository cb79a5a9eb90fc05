/*!
 * Front-line map embed script. Dependency-free.
 *
 *   <div data-frontline-map data-place="lysychansk" data-date="2022-06-30"></div>
 *   <script async src="https://MAP-ORIGIN/embed.js"></script>
 *
 * Turns each such div into a full-width iframe of /embed whose height follows the map's content,
 * and gives the host page a small API (see README "Embedding"):
 *   element.frontlineMap.selectPlace('bakhmut'); element.frontlineMap.setDate('2022-06-30');
 *   element.addEventListener('frontline-map:ready' | 'frontline-map:place-selected', (e) => e.detail);
 * Also sizes iframes pasted by oEmbed (class "frontline-map-frame").
 * Messages are accepted only from the map's own origin and frames, and only in the known shapes.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var origin;
  try {
    origin = new URL(script && script.src ? script.src : '', window.location.href).origin;
  } catch (_e) {
    return;
  }
  var PREFIX = 'frontline-map:';
  var OPTIONS = [
    'place',
    'date',
    'compare',
    'story',
    'step',
    'layers',
    'z',
    'll',
    'tiles',
    'base',
    'controls',
    'panel',
    'list',
    'theme',
    'lang',
  ];
  var frames = [];
  // The frame's accessible name in its language (as messages/*.json says it: this file runs on the host page, without the catalogues).
  var FRAME_TITLES = { en: 'Front-line map: what was reported where', uk: 'Мапа лінії фронту: що й де повідомляли' };
  // Room for the map before its frame reports its height, and before a lazy frame loads at all, so
  // that the article does not jump when a map comes into view: data-height, or the height the frame
  // will have at the div's width (a list or a story it opens adds to it, and is reported). The map
  // is clamp(360px, 62vw, 560px) of the frame's width (components/embed/embed.css); below it the
  // date bar, on one line from 480px wide and on two below, or the credits' line alone without the
  // controls (measured: tests/e2e/embed-lazy.spec.ts checks the estimate against the frame's own).
  function reservedHeight(div) {
    var height = parseInt(div.getAttribute('data-height') || '', 10);
    if (height >= 200 && height <= 4000) return height;
    var width = div.getBoundingClientRect().width || 640;
    var map = Math.min(560, Math.max(360, 0.62 * width));
    var below = div.getAttribute('data-controls') === '0' ? 32 : width < 480 ? 111 : 83;
    return Math.round(map + below);
  }

  function isFrame(source) {
    for (var i = 0; i < frames.length; i++) if (frames[i].iframe.contentWindow === source) return frames[i];
    return null;
  }

  function attach(iframe, host) {
    var entry = { iframe: iframe, host: host || iframe };
    frames.push(entry);
    var api = {
      selectPlace: function (place) {
        if (place === null || (typeof place === 'string' && place.length <= 64)) send(entry, { type: PREFIX + 'select-place', place: place });
      },
      setDate: function (date) {
        if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date)) send(entry, { type: PREFIX + 'set-date', date: date });
      },
      iframe: iframe,
    };
    entry.host.frontlineMap = api;
    return api;
  }

  function send(entry, message) {
    if (entry.iframe.contentWindow) entry.iframe.contentWindow.postMessage(message, origin);
  }

  function upgrade(div) {
    if (div.frontlineMap) return;
    var params = new URLSearchParams();
    for (var i = 0; i < OPTIONS.length; i++) {
      var value = div.getAttribute('data-' + OPTIONS[i]);
      if (value !== null && value.length <= 200) params.set(OPTIONS[i], value);
    }
    var query = params.toString();
    var iframe = document.createElement('iframe');
    // Lazy, and said before the src: an article with several maps loads those near the reader,
    // the others as they scroll to them.
    iframe.setAttribute('loading', 'lazy');
    iframe.src = origin + '/embed' + (query ? '?' + query : '');
    iframe.title = div.getAttribute('data-title') || FRAME_TITLES[params.get('lang')] || FRAME_TITLES.en;
    iframe.className = 'frontline-map-frame';
    iframe.setAttribute('allowfullscreen', '');
    iframe.style.cssText = 'display:block;width:100%;border:0;height:' + reservedHeight(div) + 'px';
    div.appendChild(iframe);
    attach(iframe, div);
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var entry = isFrame(event.source);
    var data = event.data;
    if (!entry || !data || typeof data !== 'object' || typeof data.type !== 'string' || data.type.indexOf(PREFIX) !== 0) return;
    if (data.type === PREFIX + 'height') {
      if (typeof data.height === 'number' && data.height > 0 && data.height < 20000) entry.iframe.style.height = Math.ceil(data.height) + 'px';
      return;
    }
    var detail;
    if (data.type === PREFIX + 'ready' && Array.isArray(data.places))
      detail = { places: data.places.slice(0, 500), date: String(data.date || '') };
    else if (data.type === PREFIX + 'place-selected' && (data.place === null || typeof data.place === 'string')) detail = { place: data.place };
    else return;
    entry.host.dispatchEvent(new CustomEvent(data.type, { detail: detail, bubbles: true }));
  });

  function scan() {
    var divs = document.querySelectorAll('[data-frontline-map]');
    for (var i = 0; i < divs.length; i++) upgrade(divs[i]);
    var pasted = document.querySelectorAll('iframe.frontline-map-frame');
    for (var j = 0; j < pasted.length; j++) {
      var f = pasted[j];
      if (isFrame(f.contentWindow) || f.frontlineMap) continue;
      try {
        if (new URL(f.src).origin !== origin) continue;
      } catch (_e) {
        continue;
      }
      attach(f, f);
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
  window.FrontlineMap = { scan: scan, origin: origin };
})();
