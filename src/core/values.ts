/**
 * Checks on values of unknown shape: front matter as Obsidian or a YAML reader hands it over,
 * and data.json as it was stored.
 */

/** A plain mapping: an object that is neither an array nor a date (YAML dates arrive as `Date`). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** A character that is certainly not white space (printable ASCII), so `trim` would stop at it. */
function isPlainCode(code: number): boolean {
  return code > 32 && code < 127;
}

/** No value: absent, null, or text that is only spaces (an empty property in the Properties view). */
export function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value !== "string") return false;
  // Most values start with a letter or digit: no need to trim them (a copy) to know they hold text.
  return value.length === 0 || (!isPlainCode(value.charCodeAt(0)) && value.trim() === "");
}
