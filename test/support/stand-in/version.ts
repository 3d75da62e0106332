/**
 * The API version the stand-in plays. Obsidian exports `apiVersion` (d.ts: `export let
 * apiVersion: string`) and `requireApiVersion(version)` ("true if the API version is equal or
 * higher than the requested version"). A test picks the app it runs against:
 *
 *   setApiVersion__("1.7.2");   // before createApp / loadPlugin
 *   …
 *   resetApiVersion__();        // in afterEach
 *
 * What is newer than the version played is absent, as it is in that app:
 * `App.loadLocalStorage` / `saveLocalStorage` (d.ts `@since 1.8.7`), `SettingTab.update` and the
 * declarative settings (`getSettingDefinitions`, d.ts `@since 1.13.0`; see `openSettingTab__`).
 */

/** The newest version the typings describe (package.json pins `obsidian` 1.13.1). */
export const NEWEST_API_VERSION = "1.13.1";

/** The plugin's `minAppVersion` (manifest.json). */
export const OLDEST_API_VERSION = "1.7.2";

export let apiVersion = NEWEST_API_VERSION;

/** Stand-in only: play another app version (until `resetApiVersion__`). */
export function setApiVersion__(version: string): void {
  if (!/^\d+\.\d+\.\d+$/.test(version)) throw new Error(`Not a version: "${version}"`);
  apiVersion = version;
}

/** Stand-in only: back to the newest version. */
export function resetApiVersion__(): void {
  apiVersion = NEWEST_API_VERSION;
}

/** -1, 0 or 1 as `a` is older than, the same as or newer than `b`. */
export function compareVersions(a: string, b: string): number {
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

/** Obsidian's `requireApiVersion`: true when the app is at least `version`. */
export function requireApiVersion(version: string): boolean {
  return compareVersions(apiVersion, version) >= 0;
}
