/**
 * Judging the answers to the hostile-input corpus: the rules for every answer and the case's
 * expectation class, both listed in tests/e2e/hostile.spec.ts. Each check returns what is wrong,
 * as a line for the failure message, so one test can list every failing case at once.
 */
import { maxHeaderSize } from 'node:http';
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { ROOT } from './corpus-data';
import { short } from './markup-forms';
import type { Req } from './request-builder';

/** The app's API routes (a 4xx from these must be a JSON error). */
const API_ROUTE = /^\/api\/(?:layers|sources)(?:\/[^/]+)?$|^\/api\/places\/[^/]+$|^\/api\/oembed$/;
/** Statuses the HTTP server itself may give for an oversized request. */
const SERVER_LIMITS = new Set([414, 431]);
const OVERSIZED = 8 * 1024;

const LEAKS: [RegExp, string][] = [
  [/^\s*at\s+(?:[^\n]*\()?(?:file:\/\/|node:|\/|[A-Za-z]:\\)[^\s()]*:\d+(?::\d+)?\)?\s*$/m, 'a stack frame'],
  [/Error:[\s\S]*node_modules[\\/]/, 'an error naming node_modules'],
  [/\/work\//, 'a server path (/work/)'],
];

function snippet(body: string): string {
  return short(body.replace(/\s+/g, ' ').trim(), 100) || '(empty)';
}

function jsonErrorProblem(status: number, type: string, body: string): string | undefined {
  if (!/^application\/json\b/i.test(type)) return `${status} without a JSON error (content-type "${type}", body ${snippet(body)})`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return `${status} body is not JSON: ${snippet(body)}`;
  }
  const error = (parsed as { error?: { status?: unknown; message?: unknown } } | null)?.error;
  if (!error || error.status !== status || typeof error.message !== 'string' || !error.message) {
    return `${status} body is not { error: { status: ${status}, message } }: ${snippet(body)}`;
  }
  return undefined;
}

/** What is wrong with an answer that should be 200 JSON or GeoJSON. */
function api200Problem(status: number, type: string, body: string): string | undefined {
  if (status !== 200 || !/^application\/(?:geo\+)?json\b/i.test(type)) return `expected 200 JSON, got ${status} "${type}": ${snippet(body)}`;
  try {
    JSON.parse(body);
    return undefined;
  } catch {
    return `200 JSON that does not parse: ${snippet(body)}`;
  }
}

/** What is wrong with an answer for the case's expectation class. */
function classProblem(c: Req, status: number, type: string, body: string): string | undefined {
  if (SERVER_LIMITS.has(status) && c.url.length > OVERSIZED) return undefined;
  const is4xx = status >= 400 && status < 500;
  switch (c.expect) {
    case 'page':
      return status === 200 && /^text\/html\b/i.test(type) ? undefined : `expected 200 HTML, got ${status} "${type}": ${snippet(body)}`;
    case 'ok':
      return status === 200 ? undefined : `expected 200, got ${status}: ${snippet(body)}`;
    case 'api-200':
      return api200Problem(status, type, body);
    case 'image':
      if (status === 200) return /^image\/(png|svg\+xml)\b/i.test(type) ? undefined : `expected an image, got 200 "${type}"`;
      if (is4xx) return jsonErrorProblem(status, type, body);
      return `expected 200 image or a 4xx JSON error, got ${status}: ${snippet(body)}`;
    case 'api':
      if (status === 200) return api200Problem(status, type, body);
      if (is4xx || (c.allow501 && status === 501)) return jsonErrorProblem(status, type, body);
      return `expected 200 or a 4xx JSON error, got ${status}: ${snippet(body)}`;
    case 'api-4xx':
      return is4xx ? jsonErrorProblem(status, type, body) : `expected a 4xx JSON error, got ${status}: ${snippet(body)}`;
    case '4xx':
      return is4xx ? undefined : `expected a 4xx, got ${status}: ${snippet(body)}`;
    case 'any':
      return undefined;
    default: {
      const want = Number(c.expect.slice(4));
      return status === want
        ? jsonErrorProblem(status, type, body)
        : `expected ${want} with a JSON error, got ${status} "${type}": ${snippet(body)}`;
    }
  }
}

/** An answer as read for judging: its headers also as one text, to search for reflections and leaks. */
interface Answer {
  status: number;
  pathname: string;
  type: string;
  body: string;
  headers: Record<string, string>;
  headerText: string;
}

async function readAnswer(res: APIResponse): Promise<Answer> {
  const headers = res.headers();
  return {
    status: res.status(),
    pathname: new URL(res.url()).pathname,
    type: headers['content-type'] ?? '',
    body: (await res.body()).toString('utf8'),
    headers,
    headerText: Object.entries(headers)
      .map(([k, v]) => `${k}: ${v}`)
      .join('\n'),
  };
}

/** The status rules: no 5xx (but the allowed 501), a JSON error from an API route, then the case's class. */
function statusProblems(c: Req, { status, pathname, type, body }: Answer): string[] {
  if (status >= 500 && !(c.allow501 && status === 501)) return [`server error ${status}: ${snippet(body)}`];
  const problems: string[] = [];
  // A 4xx from an API route is a JSON error (whatever the case expected); then the case's class.
  const apiError =
    API_ROUTE.test(pathname) && status >= 400 && !(SERVER_LIMITS.has(status) && c.url.length > OVERSIZED)
      ? jsonErrorProblem(status, type, body)
      : undefined;
  if (apiError) problems.push(`API route: ${apiError}`);
  const cls = classProblem(c, status, type, body);
  if (cls && cls !== apiError) problems.push(cls);
  return problems;
}

/** The content rules: no reflected markup, no injected header, no stack trace or server path. */
function contentProblems(c: Req, { body, headers, headerText }: Answer): string[] {
  const problems: string[] = [];
  for (const form of c.forbidden) {
    if (form.re.test(body)) problems.push(`reflects markup in the body: ${short(form.text, 80)}`);
    if (form.re.test(headerText)) problems.push(`reflects markup in a header: ${short(form.text, 80)}`);
  }
  if (/hostile=1/.test(headers['set-cookie'] ?? '')) problems.push('header injection: Set-Cookie from the request');
  for (const [re, what] of LEAKS) if (re.test(body) || re.test(headerText)) problems.push(`leaks ${what}`);
  if (body.includes(ROOT) || headerText.includes(ROOT)) problems.push('leaks the project path');
  return problems;
}

/** Sends one request; returns what is wrong with the answer (nothing when it is fine). */
async function problemsOf(request: APIRequestContext, c: Req): Promise<string[]> {
  let res: APIResponse;
  try {
    res = await request.fetch(c.url, { method: c.method, headers: c.headers, data: c.data, failOnStatusCode: false, timeout: 20_000 });
  } catch (e) {
    // Over the HTTP server's header limit, Node answers 431 and closes the connection; a client
    // still writing a request this large (600 KB) may see the reset before it reads the 431, a
    // race that CI runs have both won and lost. Refused either way: nothing reached the app.
    if (c.url.length > maxHeaderSize && /ECONNRESET|EPIPE/.test(String(e))) return [];
    return [`no answer: ${String(e).split('\n')[0]}`];
  }
  const answer = await readAnswer(res);
  return [...statusProblems(c, answer), ...contentProblems(c, answer)];
}

/** Sends a group with some concurrency; returns one line per failing case. */
export async function run(request: APIRequestContext, group: Req[], concurrency = 12): Promise<string[]> {
  const failures: string[] = [];
  let next = 0;
  const worker = async () => {
    for (let c = group[next++]; c; c = group[next++]) {
      const problems = await problemsOf(request, c);
      if (problems.length) failures.push(`${c.name}\n      → ${problems.join('\n      → ')}`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, group.length) }, worker));
  return failures.sort();
}

/** The failure message: how many of how many broke a rule, then each failure. */
export function report(what: string, total: number, failures: string[]): string {
  return `${failures.length} of ${total} ${what} broke a rule:\n  ${failures.join('\n  ')}\n`;
}
