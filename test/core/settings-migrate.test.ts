// migrateSettings: whatever loadData() returns becomes complete, valid settings.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultSettings, migrateSettings, NOTE_KEYS, SETTINGS_VERSION } from "../../src/core/settings";

describe("migrateSettings", () => {
  it("gives the defaults for nothing saved yet", () => {
    for (const raw of [null, undefined, "", 42, [], "{}"]) {
      expect(migrateSettings(raw)).toEqual(defaultSettings());
    }
  });

  it("keeps what a current data.json holds", () => {
    const saved = defaultSettings();
    saved.yourName = "Sam";
    saved.holidays = ["2026-12-25"];
    saved.maxAttempts = 5;
    saved.detection = { type: "job-interview", tag: "", folder: "Search/Interviews" };
    saved.keys.interview_date = "date";
    saved.calendarAutoUpdate = true;
    saved.notificationHour = 18;
    saved.greetingForm = "full-name";
    expect(migrateSettings(structuredClone(saved))).toEqual(saved);
  });

  it("reads the greeting form added after version 1: absent or unknown means first name", () => {
    expect(migrateSettings({ settingsVersion: 1, yourName: "Sam" }).greetingForm).toBe("first-name");
    expect(migrateSettings({ settingsVersion: 1, greetingForm: "full-name" }).greetingForm).toBe("full-name");
    for (const bad of ["Full name", "surname", 1, true, null]) {
      expect(migrateSettings({ settingsVersion: 1, greetingForm: bad }).greetingForm, String(bad)).toBe("first-name");
    }
  });

  it("upgrades the unversioned draft shape (holidays as one string, no version)", () => {
    const out = migrateSettings({ yourName: "Sam", holidays: "2026-12-25, 2027-01-01  2027-04-05", maxAttempts: "4" });
    expect(out.settingsVersion).toBe(SETTINGS_VERSION);
    expect(out.holidays).toEqual(["2026-12-25", "2027-01-01", "2027-04-05"]);
    expect(out.maxAttempts).toBe(4);
    expect(out.yourName).toBe("Sam");
    expect(out.keys).toEqual(defaultSettings().keys);
  });

  it("falls back to the default for each field of the wrong type or out of range", () => {
    const out = migrateSettings({
      yourName: 7,
      signature: ["x"],
      holidays: [1, "2026-12-25", null, " "],
      maxAttempts: 0,
      notificationHour: 24,
      calendarAutoUpdate: "yes",
      detection: { type: 3, tag: "job", folder: null },
      keys: { interview_date: "", company: 5, role: " title " },
    });
    const d = defaultSettings();
    expect(out.yourName).toBe(d.yourName);
    expect(out.signature).toBe(d.signature);
    expect(out.holidays).toEqual(["2026-12-25"]);
    expect(out.maxAttempts).toBe(d.maxAttempts);
    expect(out.notificationHour).toBe(d.notificationHour);
    expect(out.calendarAutoUpdate).toBe(d.calendarAutoUpdate);
    expect(out.detection).toEqual({ type: d.detection.type, tag: "job", folder: d.detection.folder });
    expect(out.keys.interview_date).toBe("interview_date");
    expect(out.keys.company).toBe("company");
    expect(out.keys.role).toBe("title");
  });

  it("drops fields it does not know", () => {
    const out = migrateSettings({ yourName: "Sam", theme: "dark", keys: { color: "hue", role: "title" } }) as unknown as Record<string, unknown>;
    expect(out).not.toHaveProperty("theme");
    expect(Object.keys(out.keys as object).sort()).toEqual([...NOTE_KEYS].sort());
    expect(Object.keys(out).sort()).toEqual(Object.keys(defaultSettings()).sort());
  });

  it("never throws, never changes its input, and always returns every field", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        const before = JSON.stringify(raw);
        const out = migrateSettings(raw);
        expect(JSON.stringify(raw)).toBe(before);
        expect(Object.keys(out).sort()).toEqual(Object.keys(defaultSettings()).sort());
        expect(out.maxAttempts).toBeGreaterThanOrEqual(1);
        expect(out.maxAttempts).toBeLessThanOrEqual(20);
      }),
      { numRuns: 300 },
    );
  });

  it("returns a fresh object each time: changing one never changes the defaults", () => {
    const a = migrateSettings(null);
    a.holidays.push("2026-12-25");
    a.detection.folder = "X";
    a.keys.company = "employer";
    expect(migrateSettings(null)).toEqual(defaultSettings());
  });
});
