// citation-js ships no types; the tests use its parser only (tests/lib/cite-view.test.ts).
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
  }
}
declare module '@citation-js/plugin-bibtex';
