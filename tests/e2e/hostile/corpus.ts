/**
 * The hostile-input corpus: the data of tests/fixtures/hostile/*.json crossed into requests, one
 * function per kind of case. The order of the calls in `buildCorpus` fixes each case's marker
 * number, so a marker in a failure names one case.
 */
import { Builder } from './request-builder';
import { caseValue, cases, type HeaderSet, headerSets, ids, payloads, routes } from './corpus-data';
import { short } from './markup-forms';
import { EMBED_PARAMETERS, LOCALE_PREFIXES, QUERY_PARAMETERS, STATE_PARAMETERS } from './surface';

/** The values crossed with query parameters: markup templates (with {m}), and plain hostile values. */
const markupValues = payloads.markup.map((p) => ({ name: p.name, value: p.template }));
const plainValues = payloads.values.map((v) => ({ name: v.name, value: caseValue(v) }));

/** Restores the {m} placeholder in percent-encoded text. */
const keepMarker = (encoded: string) => encoded.replaceAll('%7Bm%7D', '{m}');

/** A header set's name and the headers it sends. */
const withNames = (set: HeaderSet) => `${set.name} (${Object.keys(set.headers).join(', ')})`;

/** Known, unknown, malformed and markup ids on each id route. */
function addIdCases(b: Builder): void {
  for (const route of ids.routes) {
    b.request(`known ${route.prefix} id`, { path: route.prefix + route.known, expect: 'api-200' });
    for (const id of ids.ids) b.request(`id: ${id.name}`, { path: route.prefix + caseValue(id), expect: id.expect });
    for (const p of payloads.markup)
      b.request(`id: markup ${p.name}`, { path: route.prefix + keepMarker(encodeURIComponent(p.template)), expect: 'api-400' });
  }
  // A place's page in each language: the known id is a page, any other a 404 page (never rendered).
  for (const route of ids.pageRoutes) {
    b.request(`known ${route.prefix} id`, { path: route.prefix + route.known, expect: 'page' });
    for (const id of ids.ids) b.request(`page id: ${id.name}`, { path: route.prefix + caseValue(id), expect: '4xx' });
    for (const p of payloads.markup)
      b.request(`page id: markup ${p.name}`, { path: route.prefix + keepMarker(encodeURIComponent(p.template)), expect: '4xx' });
  }
}

/** Markup or plain hostile values in each query parameter (where the route is worth it) and in all at once. */
function addQueryCases(b: Builder, kind: 'markup' | 'values'): void {
  const values = kind === 'markup' ? markupValues : plainValues;
  for (const [route, params] of Object.entries(QUERY_PARAMETERS)) {
    const base = route === '/api/oembed' ? routes.oembedBase : {};
    const expectation = routes.queryExpect[route]!;
    const perParameter = kind === 'markup' || routes.valuesPerParameter.includes(route);
    for (const v of values) {
      for (const param of perParameter ? params : []) {
        b.request(`${param}: ${v.name}`, {
          path: route,
          query: { ...base, [param]: v.value },
          expect: expectation,
          allow501: param === 'format',
        });
      }
      // Every parameter at once.
      const all = Object.fromEntries(params.map((p) => [p, v.value]));
      b.request(`every parameter: ${v.name}`, {
        path: route,
        query: { ...base, ...all },
        expect: expectation,
        allow501: params.includes('format'),
      });
    }
  }
}

/** The pages oEmbed embeds, and the parameters it reads from their addresses: the payload inside the `url` given to oEmbed. */
const NESTED_OEMBED: Record<string, string[]> = {
  '/': STATE_PARAMETERS,
  ...Object.fromEntries(LOCALE_PREFIXES.map((prefix) => [prefix, EMBED_PARAMETERS])),
  '/embed': EMBED_PARAMETERS,
};

/** Markup inside the page URL given to oEmbed, then the single requests of cases.json. */
function addOembedAndSingleCases(b: Builder): void {
  // The payload inside the URL given to oEmbed: a map page whatever its parameters, so 200.
  for (const [page, params] of Object.entries(NESTED_OEMBED)) {
    for (const p of payloads.markup) {
      for (const param of params) {
        b.request(`oEmbed url with ${param}: ${p.name}`, {
          path: '/api/oembed',
          query: { format: 'json', url: `{origin}${page}?${keepMarker(new URLSearchParams({ [param]: p.template }).toString())}` },
          expect: 'api-200',
        });
      }
    }
  }
  for (const r of cases.requests) {
    b.request(r.name, {
      method: r.method,
      path: r.path,
      query: r.query,
      headers: r.headers,
      data: r.data,
      expect: r.expect,
      allow501: r.allow501,
    });
  }
}

/** Odd values of one parameter at a time (dates, zooms, coordinates, flags…), on the pages that read it. */
function addParamValueCases(b: Builder): void {
  for (const pv of cases.paramValues) {
    for (const page of pv.pages) {
      // A page may carry a query of its own (a step needs its story).
      const [pathname, own] = page.split('?') as [string, string | undefined];
      for (const value of pv.values) {
        const query = { ...Object.fromEntries(new URLSearchParams(own)), [pv.param]: value };
        b.request(`${pv.param}=${short(value, 40)} on ${page}`, { path: pathname, query, expect: pv.expect });
      }
    }
  }
}

/** Each wrong method on every route, with a markup body (a different payload per method). */
function addMethodCases(b: Builder): void {
  routes.wrongMethods.forEach((method, i) => {
    for (const route of routes.routes) {
      const body = payloads.markup[i % payloads.markup.length]!.template;
      b.request(`wrong method on ${route.kind}`, {
        method,
        path: route.path,
        query: route.query,
        headers: { 'Content-Type': 'text/html' },
        data: body,
        expect: routes.wrongMethodExpect[route.kind],
      });
    }
  });
}

/** Odd Accept (and similar) headers on every route; spoofed Host and forwarding headers on a few. */
function addHeaderCases(b: Builder): void {
  for (const set of headerSets.accept) {
    for (const route of routes.routes)
      b.request(withNames(set), { path: route.path, query: route.query, headers: set.headers, expect: set.expect ?? route.get });
  }
  for (const set of headerSets.host) {
    for (const route of headerSets.hostRoutes) b.request(withNames(set), { path: route, headers: set.headers, expect: 'any' });
  }
}

/** Builds the whole corpus, grouped. */
function buildCorpus(origin: string) {
  const b = new Builder(origin);
  const idCases = b.group(addIdCases);
  const markupCases = b.group((builder) => addQueryCases(builder, 'markup'));
  const valueCases = b.group((builder) => addQueryCases(builder, 'values'));
  const oembedCases = b.group(addOembedAndSingleCases);
  const paramValueCases = b.group(addParamValueCases);
  const methodCases = b.group(addMethodCases);
  const headerCases = b.group(addHeaderCases);
  return { all: b.all, idCases, markupCases, valueCases, oembedCases, paramValueCases, methodCases, headerCases };
}

export type Corpus = ReturnType<typeof buildCorpus>;

let corpus: Corpus | undefined;
/** The corpus for the app's origin, built once per worker. */
export const corpusFor = (origin: string): Corpus => (corpus ??= buildCorpus(origin));
