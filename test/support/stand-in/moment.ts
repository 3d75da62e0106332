/**
 * `moment`, as far as the plugin uses it: `moment.locale()`, read once when the plugin loads.
 *
 * obsidian.d.ts (1.13.1, line 4561) exports `moment: typeof Moment`, the moment.js that Obsidian
 * bundles, and Obsidian sets its locale to the app's language setting when it starts ("en"
 * unless the user picked another language; `getLanguage()`, d.ts 3365, @since 1.8.7, returns
 * the same code), so `moment.locale()` is how a plugin reads the app's language on every
 * version from 1.7.2 on.
 * Codes are moment's: lower case, a region after a hyphen ("en", "de", "zh-cn", "pt-br").
 *
 * The stand-in answers "en" until a test picks another language with `setLanguage__`;
 * `resetLanguage__()` after. Changing Obsidian's language restarts the app, so a plugin
 * already loaded keeps the language it read; load it again to see a new one.
 */
const DEFAULT_LANGUAGE = "en";
let language = DEFAULT_LANGUAGE;

interface MomentStandIn {
  (): never;
  /** The current locale's code. Setting one (`locale("de")`) is not modelled: the plugin only reads it. */
  locale(...args: unknown[]): string;
}

function callMoment(): never {
  throw new Error("stand-in: only moment.locale() is modelled (the plugin reads the app's language with it)");
}

export const moment: MomentStandIn = Object.assign(callMoment, {
  locale(...args: unknown[]): string {
    if (args.length > 0) throw new Error("stand-in: moment.locale(key) is not modelled; use setLanguage__ in tests");
    return language;
  },
});

/** Stand-in only: the app's language setting, as moment's code ("de", "zh-cn"). */
export function setLanguage__(code: string): void {
  language = code;
}

/** Stand-in only: back to English. */
export function resetLanguage__(): void {
  language = DEFAULT_LANGUAGE;
}
