/**
 * The CLI's days in a locale (src/cli/locale.ts, `--locale`): the process locale as POSIX
 * writes it, which variable decides the words and which the order, and what each command prints
 * in en-US, en-GB and German; JSON and the calendar's dates stay `YYYY-MM-DD`.
 */
import { describe, expect, it } from "vitest";
import { localeFromEnv, posixToTag, readLocale } from "../../src/cli/locale";
import { BASIC, makeVault, note, run } from "./helpers";

describe("the process locale", () => {
  it.each([
    ["de_DE.UTF-8", "de-DE"],
    ["en_GB", "en-GB"],
    ["de_DE.UTF-8@euro", "de-DE"],
    ["pt_BR.utf8", "pt-BR"],
    ["C", null],
    ["C.UTF-8", null],
    ["POSIX", null],
    ["", null],
    [undefined, null],
  ])("%s is %s", (posix, tag) => {
    expect(posixToTag(posix)).toBe(tag);
  });

  it("words from LC_ALL, LC_MESSAGES, LANG; order from LC_ALL, LC_TIME, LANG; the first set decides", () => {
    expect(localeFromEnv({})).toBe("en-US");
    expect(localeFromEnv({ LANG: "en_GB.UTF-8" })).toBe("en-GB");
    expect(localeFromEnv({ LANG: "en_US.UTF-8", LC_TIME: "en_GB.UTF-8" })).toBe("en-GB");
    expect(localeFromEnv({ LANG: "de_DE.UTF-8", LC_MESSAGES: "en_US.UTF-8" })).toBe("en-DE");
    expect(localeFromEnv({ LANG: "de_DE.UTF-8", LC_ALL: "en_GB.UTF-8" })).toBe("en-GB");
    expect(localeFromEnv({ LANG: "de_DE.UTF-8", LC_ALL: "C" })).toBe("en-US");
    expect(localeFromEnv({ LANG: "C.UTF-8" })).toBe("en-US");
    expect(localeFromEnv({ LANG: "", LC_ALL: "" })).toBe("en-US");
  });

  it("a locale the runtime has no dates for falls back to en-US, not to the machine's", () => {
    expect(localeFromEnv({ LANG: "xx_YY.UTF-8" })).toBe("en-US");
    expect(localeFromEnv({ LANG: "no such locale" })).toBe("en-US");
    expect(readLocale("xx")).toBeNull();
    expect(readLocale("en_GB.UTF-8")).toBe("en-GB");
    expect(readLocale("C")).toBeNull();
  });
});

describe("what the commands print", () => {
  const vault = (): string => makeVault({ "Interviews/acme.md": note(`${BASIC}\nthank_you_sent: true`) });
  const TODAY = ["--today", "2026-11-25"];

  it.each([
    ["en-US", { LANG: "en_US.UTF-8" }, "Follow-ups as of Wed, Nov 25, 2026", "Email follow-up due by Wed, Dec 2", "interview on Wed, Nov 18"],
    ["en-GB", { LANG: "en_GB.UTF-8" }, "Follow-ups as of Wed, 25 Nov 2026", "Email follow-up due by Wed 2 Dec", "interview on Wed 18 Nov"],
    ["de", { LANG: "de_DE.UTF-8" }, "Follow-ups as of Mi., 25. Nov. 2026", "Email follow-up due by Mi., 2. Dez.", "interview on Mi., 18. Nov."],
    ["de on a US system (LC_MESSAGES de, LC_TIME en_US)", { LC_MESSAGES: "de_DE.UTF-8", LC_TIME: "en_US.UTF-8" }, "Follow-ups as of Mi., 25. Nov. 2026", "Email follow-up due by Mi., 2. Dez.", "interview on Mi., 18. Nov."],
  ])("the text agenda in %s", async (_name, env, heading, headline, reason) => {
    const r = await run(["agenda", vault(), ...TODAY], { env });
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe(heading);
    expect(r.stdout).toContain(headline);
    expect(r.stdout).toContain(reason);
  });

  it("--locale wins over the environment", async () => {
    const r = await run(["agenda", vault(), ...TODAY, "--locale", "de"], { env: { LANG: "en_GB.UTF-8" } });
    expect(r.stdout.split("\n")[0]).toBe("Follow-ups as of Mi., 25. Nov. 2026");
  });

  it("JSON keeps YYYY-MM-DD dates; only the reason, a sentence, follows the locale", async () => {
    const us = JSON.parse((await run(["agenda", vault(), ...TODAY, "--json", "--locale", "en-US"])).stdout) as { today: string; notes: Record<string, unknown>[] };
    const de = JSON.parse((await run(["agenda", vault(), ...TODAY, "--json", "--locale", "de"])).stdout) as typeof us;
    expect([us.today, de.today]).toEqual(["2026-11-25", "2026-11-25"]);
    expect({ ...de.notes[0], reason: null }).toEqual({ ...us.notes[0], reason: null });
    expect(de.notes[0]).toMatchObject({ opens: "2026-11-25", dueBy: "2026-12-02" });
    expect(us.notes[0].reason).toContain("by Wed, Dec 2:");
    expect(de.notes[0].reason).toContain("by Mi., 2. Dez.:");
  });

  it("the calendar's dates stay VALUE=DATE; its descriptions follow the locale", async () => {
    // Unfolded, unescaped TEXT (RFC 5545 §3.1, §3.3.11).
    const text = (ics: string): string => ics.replace(/\r\n[ \t]/g, "").replace(/\\([,;\\])/g, "$1");
    const us = text((await run(["ics", vault(), ...TODAY, "--locale", "en-US"])).stdout);
    const de = text((await run(["ics", vault(), ...TODAY, "--locale", "de"])).stdout);
    for (const ics of [us, de]) {
      expect(ics).toContain("DTSTART;VALUE=DATE:20261125");
      expect(ics).toContain("DTEND;VALUE=DATE:20261203");
    }
    expect(us).toContain("DESCRIPTION:Email follow-up: between Wed, Nov 25 and Wed, Dec 2.\\n");
    expect(de).toContain("DESCRIPTION:Email follow-up: between Mi., 25. Nov. and Mi., 2. Dez.\\n"); // one full stop, the abbreviation's
  });

  it("a --locale that cannot be used is one line and exit code 2", async () => {
    const r = await run(["agenda", vault(), "--locale", "xx_nowhere"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe('interview-followup: --locale: "xx_nowhere" is not a locale dates can be written in (like en-US, en-GB or de)\n');
  });

  it("the help lists --locale", async () => {
    const r = await run(["agenda", "--help"]);
    expect(r.stdout).toMatch(/--locale LOCALE +write days for this locale/);
  });
});
