/**
 * A file's size for readers, in decimal units (kB = 1000 bytes), as macOS, GNOME and browsers'
 * download lists show sizes.
 * @param bytes the size in bytes, a whole number ≥ 0
 * @returns e.g. "812 bytes", "12.3 kB", "1.6 MB"
 * @example formatBytes(12_256) // '12.3 kB'
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 999_950) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
