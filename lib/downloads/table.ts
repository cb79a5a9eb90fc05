/**
 * A download table, declared once: its columns give both the CSV file (written with csv-stringify)
 * and the Frictionless Table Schema that describes it (https://datapackage.org/standard/table-schema/),
 * so the two cannot drift apart.
 */
import { stringify } from 'csv-stringify/sync';
import type { GeoData } from '../types';

type Cell = string | number | boolean | null | undefined;

export interface Column<Row> {
  name: string;
  /** Table Schema field types this project uses. */
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  description: string;
  required?: boolean;
  unique?: boolean;
  enum?: readonly string[];
  /** The cell; null or undefined is written as an empty cell, Table Schema's default missing value. */
  value: (row: Row) => Cell;
}

export interface Table<Row> {
  /** The resource's name in the package and the file's stem: `<name>.csv`. */
  name: string;
  title: string;
  description: string;
  /** The title and description in Ukrainian, for the Downloads page in Ukrainian (the data package is English). */
  title_uk: string;
  description_uk: string;
  columns: Column<Row>[];
  rows: (data: GeoData) => Row[];
  primaryKey?: string;
  foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
}

/** What the data package says of a CSV table (the resource's `schema`). */
export function tableSchemaOf<Row>(table: Table<Row>) {
  return {
    fields: table.columns.map((c) => ({
      name: c.name,
      type: c.type,
      description: c.description,
      ...(c.required || c.unique || c.enum
        ? {
            constraints: {
              ...(c.required ? { required: true } : {}),
              ...(c.unique ? { unique: true } : {}),
              ...(c.enum ? { enum: [...c.enum] } : {}),
            },
          }
        : {}),
    })),
    missingValues: [''],
    ...(table.primaryKey ? { primaryKey: table.primaryKey } : {}),
    ...(table.foreignKeys ? { foreignKeys: table.foreignKeys } : {}),
  };
}

/**
 * The table as CSV (RFC 4180, UTF-8, a header row): booleans as `true`/`false`, which Table Schema
 * reads by default (csv-stringify would write `1` and an empty cell).
 */
export function csvOf<Row>(table: Table<Row>, data: GeoData): string {
  const rows = table.rows(data).map((row) => table.columns.map((c) => c.value(row) ?? null));
  return stringify(rows, {
    header: true,
    columns: table.columns.map((c) => c.name),
    cast: { boolean: (b) => (b ? 'true' : 'false') },
  });
}

/** Joins a list into one cell; the separator the column descriptions name. */
export const LIST_SEPARATOR = ' | ';
export const joinList = (items: readonly string[]) => items.join(LIST_SEPARATOR);
