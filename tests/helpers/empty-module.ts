// Stands in for the `server-only` package in the Vitest run (see vitest.config.mts).
export {};
