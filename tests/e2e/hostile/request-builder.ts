/**
 * Turns the corpus's request parts (with placeholders) into the requests sent, each with a unique
 * marker and the unescaped forms of its payload that its answer must not carry.
 */
import type { Expect, RequestParts } from './corpus-data';
import { dangerousForms, type Forbidden, short } from './markup-forms';

/** One request of the corpus. */
export interface Req {
  name: string;
  method: string;
  /** Path and query, as sent (relative to the app's origin). */
  url: string;
  headers?: Record<string, string>;
  data?: string;
  expect: Expect;
  /** Unescaped forms of the payload that must not appear in the answer. */
  forbidden: Forbidden[];
  allow501?: boolean;
}

/** Collects the corpus's requests in order; numbering is deterministic so a marker names one case. */
export class Builder {
  private n = 0;
  readonly all: Req[] = [];

  constructor(private readonly origin: string) {}

  /** The requests that `addCases` adds, as one group (they stay in `all` too). */
  group(addCases: (b: Builder) => void): Req[] {
    const start = this.all.length;
    addCases(this);
    return this.all.slice(start);
  }

  /** A fresh marker, and a function filling {m}, {origin}, {origin-encoded} and {pad:N} in strings. */
  private filler() {
    const marker = `xss-${++this.n}`;
    const forbidden = new Map<string, Forbidden>();
    const fill = (s: string): string => {
      const out = s
        .replaceAll('{origin-encoded}', encodeURIComponent(this.origin))
        .replaceAll('{origin}', this.origin)
        .replace(/\{pad:(\d+)\}/g, (_, n: string) => 'a'.repeat(Number(n)))
        .replaceAll('{m}', marker);
      for (const form of dangerousForms(out, marker)) forbidden.set(form.text, form);
      return out;
    };
    return { forbidden, fill };
  }

  /** A request from parts that may hold placeholders; a `query` object is encoded, a string is sent as it is. */
  request(label: string, parts: RequestParts): void {
    const { forbidden, fill } = this.filler();
    const pathname = fill(parts.path);
    let qs = '';
    if (typeof parts.query === 'string') qs = fill(parts.query);
    else if (parts.query) qs = new URLSearchParams(Object.entries(parts.query).map(([k, v]) => [fill(k), fill(v)])).toString();
    const headers = parts.headers && Object.fromEntries(Object.entries(parts.headers).map(([k, v]) => [k, fill(v)]));
    const data = parts.data === undefined ? undefined : fill(parts.data);
    const url = qs ? `${pathname}?${qs}` : pathname;
    const method = parts.method ?? 'GET';
    this.all.push({
      name: `${method} ${short(url)}  [${label}]`,
      method,
      url,
      headers,
      data,
      expect: parts.expect,
      allow501: parts.allow501,
      forbidden: [...forbidden.values()],
    });
  }
}
