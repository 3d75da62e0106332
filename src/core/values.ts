/**
 * Checks on values of unknown shape: front matter as Obsidian or a YAML reader hands it over,
 * and data.json as it was stored.
 */

/** A plain mapping: an object that is neither an array nor a date (YAML dates arrive as `Date`). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** No value: absent, null, or text that is only spaces (an empty property in the Properties view). */
export function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}
