/**
 * The hostile-input corpus as data: the shapes of tests/fixtures/hostile/*.json, and the files,
 * read once. The spec and its helpers cross these lists in code (corpus.ts).
 */
import fs from 'node:fs';
import path from 'node:path';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'hostile');
/** The project's root, which no answer may name (and where the built app's .next lives). */
export const ROOT = path.resolve(__dirname, '..', '..', '..');

function load<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, file), 'utf8')) as T;
}

/** What an answer must be, beyond the rules for every answer: the table in tests/e2e/hostile.spec.ts. */
export type Expect = 'page' | 'ok' | 'image' | 'api' | 'api-200' | 'api-400' | 'api-404' | 'api-405' | 'api-501' | 'api-4xx' | '4xx' | 'any';

/** A literal `value`, or `repeat` × `times`. */
interface Value {
  name: string;
  value?: string;
  repeat?: string;
  times?: number;
}

interface Payloads {
  markup: { name: string; template: string }[];
  values: Value[];
}

export interface RouteEntry {
  path: string;
  query?: Record<string, string>;
  get: Expect;
  kind: 'page' | 'api' | 'asset';
}

/** A route whose security headers are checked. */
export interface HeaderRoute {
  path: string;
  method?: string;
  frameable?: boolean;
}

interface Routes {
  routes: RouteEntry[];
  wrongMethods: string[];
  wrongMethodExpect: Record<RouteEntry['kind'], Expect>;
  /** The parameters of the routes whose list is not imported (tests/e2e/hostile/surface.ts derives the rest). */
  queryParams: Record<string, string[]>;
  queryExpect: Record<string, Expect>;
  valuesPerParameter: string[];
  oembedBase: Record<string, string>;
  securityHeaders: { routes: HeaderRoute[]; errorAnswers: HeaderRoute[] };
}

interface Ids {
  routes: { prefix: string; known: string }[];
  /** Pages named by an id (a place's page in each language): the same ids, answered with a 404 page. */
  pageRoutes: { prefix: string; known: string }[];
  ids: (Omit<Value, 'value'> & { id?: string; expect: Expect })[];
}

export interface HeaderSet {
  name: string;
  headers: Record<string, string>;
  expect?: Expect;
}

interface Headers {
  accept: HeaderSet[];
  hostRoutes: string[];
  host: HeaderSet[];
}

/** The parts of one request, as written in cases.json; strings may hold placeholders ({m}, {origin}…). */
export interface RequestParts {
  method?: string;
  path: string;
  /** An object is encoded; a string is sent as it is. */
  query?: Record<string, string> | string;
  headers?: Record<string, string>;
  data?: string;
  expect: Expect;
  /** oEmbed's documented 501 for a format other than json. */
  allow501?: boolean;
}

interface Cases {
  paramValues: { param: string; pages: string[]; expect: Expect; values: string[] }[];
  requests: (RequestParts & { name: string })[];
}

export const payloads = load<Payloads>('payloads.json');
export const routes = load<Routes>('routes.json');
export const ids = load<Ids>('ids.json');
export const headerSets = load<Headers>('headers.json');
export const cases = load<Cases>('cases.json');

/** The string a value or id entry stands for. */
export const caseValue = (v: { value?: string; id?: string; repeat?: string; times?: number }): string =>
  v.value ?? v.id ?? (v.repeat ?? '').repeat(v.times ?? 0);
