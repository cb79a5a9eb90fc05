// datapackage (Frictionless Data's reader, a development dependency) ships no types; the tests use
// only what is declared here (tests/lib/downloads.test.ts).
declare module 'datapackage' {
  export interface Resource {
    name: string;
    tabular: boolean;
    descriptor: Record<string, unknown>;
    read(options?: { keyed?: boolean; relations?: boolean }): Promise<Record<string, unknown>[]>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    valid: boolean;
    errors: Error[];
    resources: Resource[];
    descriptor: Record<string, unknown>;
  }
}
