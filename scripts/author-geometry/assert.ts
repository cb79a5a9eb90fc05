/** Throws on a failed self-check, so the script stops before it writes a file that fails one. */
export function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(`check failed: ${message}`);
}
