/**
 * The id rule, on its own so that code without zod can use it too.
 * Stable ids: lower-case ASCII words joined by hyphens, at most MAX_ID_LENGTH characters.
 */
const ID_SOURCE = '[a-z0-9]+(?:-[a-z0-9]+)*';
export const ID_PATTERN = new RegExp(`^${ID_SOURCE}$`);
export const MAX_ID_LENGTH = 64;

/** A further base map's id (TILE_SOURCES, lib/tiles.ts), as the URL's `base` carries it: short, lower case, no markup. */
export const BASE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,31}$/;

/** A data version (lib/data-version.ts): 12 lower-case hex digits, 48 bits of a hash of the data folder. */
export const DATA_VERSION_PATTERN = /^[0-9a-f]{12}$/;
