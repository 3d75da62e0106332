// @vitest-environment happy-dom
/**
 * What evaluating main.js does before `onload`: nothing that waits on the runtime. Building an
 * `Intl` formatter is the first use of the locale data in a fresh process, about 10 ms measured
 * (`npm run bench`, benchmark 4): a module-level one (@date-fns/utc's full `UTCDate` brought
 * three) made every start of the plugin pay for it. Formatters are built on first use, when a
 * day is worded.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { builtMainJs, evaluateMainJs } from "../support/main-bundle";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
let code = "";

beforeAll(async () => {
  code = await builtMainJs(ROOT);
}, 60_000);

afterEach(() => {
  vi.restoreAllMocks();
});

describe("evaluating main.js", () => {
  it("builds no Intl formatter and reads no locale (they are built when a day is first worded)", () => {
    const built: string[] = [];
    for (const name of ["DateTimeFormat", "NumberFormat", "Collator", "PluralRules", "RelativeTimeFormat", "Locale"] as const) {
      const Original = Intl[name] as unknown as new (...args: unknown[]) => object;
      vi.spyOn(Intl, name).mockImplementation(function (this: unknown, ...args: unknown[]) {
        built.push(name);
        return new Original(...args);
      });
    }
    const toLocale = vi.spyOn(Date.prototype, "toLocaleString");
    // A text of its own, so that nothing cached from another test stands in for the evaluation.
    const plugin = evaluateMainJs<unknown>(`${code}\n// main-start.test`, join(ROOT, "main.js"));
    expect(typeof plugin).toBe("function");
    expect(built).toEqual([]);
    expect(toLocale).not.toHaveBeenCalled();
  });
});
