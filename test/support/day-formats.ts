/**
 * Day formats for tests, one per locale the suite checks. Core tests word days in en-GB
 * ("Wed 25 Nov") unless they test the locale itself; the plugin's tests get en-US, as the
 * stand-in app on happy-dom does (language "en", `navigator.language` "en-US").
 */
import { makeDayFormat } from "../../src/core/day-format";

/** "Wed 25 Nov", "Wednesday 25 November", "Thu, 7 Jan 2027". */
export const GB = makeDayFormat("en-GB");
/** "Wed, Nov 25", "Wednesday, November 25", "Thu, Jan 7, 2027". */
export const US = makeDayFormat("en-US");
/** "Mi., 25. Nov.", "Mittwoch, 25. November". */
export const DE = makeDayFormat("de");
