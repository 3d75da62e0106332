/**
 * The CLI's locale for the days it writes: `--locale`, else the process locale (core's
 * `appLocale`, as in the plugin: the words from one variable, the order of day and month from
 * another). The language comes from `LC_ALL`, then `LC_MESSAGES`, then `LANG`; the region from
 * `LC_ALL`, then `LC_TIME`, then `LANG` — the first of each that is set decides. `C`, `POSIX`
 * and an unset environment say nothing, and the days are written in `DEFAULT_LOCALE` (en-US).
 */
import { appLocale, supportedLocale } from "../core/day-format";

type Env = Record<string, string | undefined>;

/**
 * A POSIX locale name as a BCP 47 tag: `de_DE.UTF-8@euro` → `de-DE`, `en_GB` → `en-GB`. Null
 * for `C`, `POSIX` (with or without a codeset: `C.UTF-8`) and an empty value.
 */
export function posixToTag(value: string | undefined): string | null {
  const name = (value ?? "").trim().replace(/[.@].*$/, "");
  if (name === "" || name === "C" || name === "POSIX") return null;
  return name.replace(/_/g, "-");
}

function firstSet(env: Env, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = env[name];
    if (value !== undefined && value.trim() !== "") return value;
  }
  return undefined;
}

/** The locale the environment asks for (see above), always one the runtime can write days in. */
export function localeFromEnv(env: Env): string {
  const language = posixToTag(firstSet(env, ["LC_ALL", "LC_MESSAGES", "LANG"]));
  const region = posixToTag(firstSet(env, ["LC_ALL", "LC_TIME", "LANG"]));
  return appLocale(language, region);
}

/** A `--locale` value (BCP 47 like `en-GB`, or POSIX like `en_GB.UTF-8`) as a usable tag, or null. */
export function readLocale(text: string): string | null {
  const tag = posixToTag(text);
  return tag === null ? null : supportedLocale(tag);
}
