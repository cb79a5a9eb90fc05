/**
 * The machinery of the URL's parameters (lib/url-state.ts declares them): a parameter's shape, and
 * how a table of parameters is read from a query and written back. Pure; in the client bundles.
 */
import type { KnownIds } from './url-state';

/** One URL parameter: how its raw string and its value map to each other. */
export interface UrlParameter<Value> {
  /** The name in the query string. */
  name: string;
  /** What it means and what it takes, for the docs. */
  doc: string;
  /** A valid raw value, for the docs and the tests. */
  example: string;
  /** The value when the parameter is absent or malformed (none: the field stays unset), never written. */
  default?: Value;
  /** The value a raw string stands for, or undefined where it is unknown or malformed. */
  parse(raw: string, known: KnownIds): Value | undefined;
  /** The raw string for a value, or undefined where the value means the same as leaving it out. */
  serialize(value: Value, allLayers: readonly string[]): string | undefined;
}

/**
 * One parameter for each field of `Values`, in the order the query string gives them; a field that
 * `Values` requires must declare a default.
 */
export type UrlParameterTable<Values> = {
  [Field in keyof Values]-?: UrlParameter<Exclude<Values[Field], undefined>> &
    (undefined extends Values[Field] ? unknown : { default: Values[Field] });
};

export type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

/** The first value of a parameter (Next gives repeated ones as string[]); over-long values count as absent. */
function firstValue(params: ParamSource, name: string): string | undefined {
  const value = params instanceof URLSearchParams ? (params.get(name) ?? undefined) : params[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first.length <= 200 ? first : undefined;
}

/**
 * Reads the fields a table declares from URL parameters.
 * @param table the parameters (URL_PARAMETERS.state or URL_PARAMETERS.embed)
 * @param params Next's `searchParams` object or a URLSearchParams
 * @param known the ids that exist; other ids are dropped
 * @returns each field's parsed value, else its default, else (no default) no field
 */
export function readUrlParameters<Values>(table: UrlParameterTable<Values>, params: ParamSource, known: KnownIds): Values {
  const fields = Object.keys(table) as (keyof Values)[];
  const values: Partial<Values> = {};
  // Defaults first, so that fields keep the table's order whether parsed or defaulted.
  for (const field of fields) if (table[field].default !== undefined) values[field] = table[field].default;
  for (const field of fields) {
    const raw = firstValue(params, table[field].name);
    const parsed = raw === undefined ? undefined : table[field].parse(raw, known);
    if (parsed !== undefined) values[field] = parsed;
  }
  // Complete: UrlParameterTable makes every field that Values requires declare a default.
  return values as Values;
}

/**
 * Writes the fields a table declares as query-string pairs, in the table's order, omitting
 * unset fields, defaults and values that mean the same as a default.
 * @param allLayers every layer id, so that "all visible" is written as nothing
 */
export function urlParameterPairs<Values>(table: UrlParameterTable<Values>, values: Values, allLayers: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (const field of Object.keys(table) as (keyof Values)[]) {
    const parameter = table[field];
    const value = values[field];
    if (value === undefined || value === parameter.default) continue;
    // Not undefined (checked above); TypeScript does not narrow a generic indexed value.
    const raw = parameter.serialize(value as Exclude<Values[keyof Values], undefined>, allLayers);
    if (raw !== undefined) pairs.push([parameter.name, raw]);
  }
  return pairs;
}

/** Query-string pairs as a string (without "?"), with commas left readable. */
export function queryStringOf(pairs: [string, string][]): string {
  return new URLSearchParams(pairs).toString().replace(/%2C/g, ',');
}
