// @vitest-environment happy-dom
/**
 * The settings tab, opened the way the app opens it: Obsidian 1.12 calls `display()`, 1.13 draws
 * `getSettingDefinitions()` itself (the stand-in's `openSettingTab__` plays both, by version).
 * Every test runs on both. Text is saved when typing pauses or the field loses focus.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { defaultSettings, migrateSettings, NOTE_KEYS, type FollowUpSettings } from "../../src/core/settings";
import { BUILTIN_TEMPLATES, TEMPLATES, TEMPLATE_IDS } from "../../src/core/templates";
import type { TemplateId } from "../../src/core/types";
import { FollowUpSettingTab, TEXT_SAVE_DELAY_MS } from "../../src/plugin/settings-tab";
import { createApp, openSettingTab__, Plugin, resetApiVersion__, SettingTab, resetPlatform, setApiVersion__, setInputValue, setPlatform } from "../support/obsidian";

interface Host extends Plugin {
  settings: FollowUpSettings;
  saveSettings: ReturnType<typeof vi.fn>;
  notificationPermission: { ensure: ReturnType<typeof vi.fn> };
}

let host: Host;
let tab: FollowUpSettingTab;
/** Deep copies of the settings at each save. */
let saved: FollowUpSettings[];

function openTab(): void {
  const app = createApp();
  saved = [];
  const withHost: Host = Object.assign(new Plugin(app), {
    settings: defaultSettings(),
    saveSettings: vi.fn(async () => {
      saved.push(structuredClone(host.settings));
      await Promise.resolve();
    }),
    notificationPermission: { ensure: vi.fn(async () => Promise.resolve(true)) },
  });
  host = withHost;
  tab = new FollowUpSettingTab(app as never, host as never);
  openSettingTab__(tab);
}

afterEach(() => {
  resetApiVersion__();
  resetPlatform();
  vi.useRealTimers();
});

function items(): HTMLElement[] {
  return Array.from(tab.containerEl.querySelectorAll<HTMLElement>(".setting-item"));
}

function row(name: string): HTMLElement {
  const found = items().find((el) => el.querySelector(".setting-item-name")?.textContent === name);
  if (!found) throw new Error(`no setting named "${name}"`);
  return found;
}

function input(name: string): HTMLInputElement {
  return row(name).querySelector("input")!;
}

function area(name: string): HTMLTextAreaElement {
  return row(name).querySelector("textarea")!;
}

function message(name: string): string {
  return row(name).querySelector(".ifu-setting-error")?.textContent ?? "";
}

/** Typing pauses: the debounced save runs, and the async handlers finish. */
async function settle(): Promise<void> {
  await vi.advanceTimersByTimeAsync(TEXT_SAVE_DELAY_MS);
}

const HEADINGS = ["Your details", "Follow-up rules", "Finding interview notes", "Property names", "Files", "Reminders"];

describe("added to the app (addSettingTab)", () => {
  it.each(["1.12.3", "1.13.1"])("on %s: 1.13 stores the rows for its settings search at once, before the tab is opened; 1.12 asks nothing", (version) => {
    setApiVersion__(version);
    const app = createApp();
    const plugin: Host = Object.assign(new Plugin(app), {
      settings: defaultSettings(),
      saveSettings: vi.fn(async () => Promise.resolve()),
      notificationPermission: { ensure: vi.fn(async () => Promise.resolve(true)) },
    });
    const added = new FollowUpSettingTab(app as never, plugin as never);
    const definitions = vi.spyOn(added, "getSettingDefinitions");
    plugin.addSettingTab(added as never);
    if (version === "1.13.1") {
      expect(definitions).toHaveBeenCalledOnce();
      // Read through the stand-in's tab: the plugin's own typings forbid 1.13-only members (lint).
      expect((added as unknown as SettingTab).settingItems.map((item) => item.heading)).toEqual(HEADINGS);
    } else {
      expect(definitions).not.toHaveBeenCalled();
    }
    expect(added.containerEl.childElementCount).toBe(0); // nothing drawn until opened
  });
});

describe.each(["1.12.3", "1.13.1"])("on Obsidian %s", (version) => {
  beforeEach(() => {
    vi.useFakeTimers();
    setApiVersion__(version);
    openTab();
  });

  describe("rendering", () => {
    it("shows every section and every field, with the current values", () => {
      const headings = items()
        .filter((el) => el.classList.contains("setting-item-heading"))
        .map((el) => el.querySelector(".setting-item-name")?.textContent);
      expect(headings).toEqual(HEADINGS);

      const names = items()
        .filter((el) => !el.classList.contains("setting-item-heading"))
        .map((el) => el.querySelector(".setting-item-name")?.textContent);
      expect(names).toEqual([
        "Your name",
        "Your email",
        "Your phone",
        "Signature",
        "Greeting form",
        "Holidays",
        "Follow-ups before moving on",
        "Type value",
        "Tag",
        "Folder",
        "Templates folder",
        "Reset property names",
        ...NOTE_KEYS,
        "Folder for new interview notes",
        "Calendar file",
        "Keep the calendar file updated",
        "While you were away",
        "Desktop notifications",
        "Notification time",
      ]);

      expect(input("Follow-ups before moving on").value).toBe("3");
      expect(input("Follow-ups before moving on").type).toBe("number");
      expect(input("Type value").value).toBe("interview");
      expect(input("Folder").value).toBe("Interviews");
      expect(input("interview_date").value).toBe(""); // default key: shown as the grey placeholder
      expect(input("interview_date").placeholder).toBe("interview_date");
      expect(input("Calendar file").value).toBe("Interview follow-ups.ics");
      expect(row("While you were away").querySelector(".checkbox-container")?.classList.contains("is-enabled")).toBe(true);
      expect(row("Notification time").querySelector("select")?.value).toBe("9");
      expect(row("Notification time").querySelectorAll("option")).toHaveLength(24);
      expect(area("Signature")).not.toBeNull();
      expect(row("Greeting form").querySelector("select")?.value).toBe("first-name");
      // Every description is written, none blank.
      for (const el of items().filter((e) => !e.classList.contains("setting-item-heading"))) {
        expect(el.querySelector(".setting-item-description")?.textContent?.length).toBeGreaterThan(5);
      }
    });

    it("says what the built-in messages do with your details, and nothing more", () => {
      const desc = (name: string): string => row(name).querySelector(".setting-item-description")?.textContent ?? "";
      const using = (placeholder: string): TemplateId[] => TEMPLATE_IDS.filter((id) => BUILTIN_TEMPLATES[id].includes(`{{${placeholder}}}`));
      // No built-in message gives your email: the field is for your own templates.
      expect(using("your_email")).toEqual([]);
      expect(desc("Your email")).toBe("For your own templates ({{your_email}}); no built-in message uses it.");
      // The signature goes under the emails only; the spoken scripts have none.
      expect(using("signature").every((id) => TEMPLATES[id].email)).toBe(true);
      expect(using("signature")).toEqual(TEMPLATE_IDS.filter((id) => TEMPLATES[id].email));
      expect(desc("Signature")).toBe("Placed under the sign-off of every email. Several lines allowed.");
      // Your phone is said in the two messages left for them.
      expect(using("your_phone")).toEqual(["voicemail", "message-with-colleague"]);
      expect(desc("Your phone")).toBe("Said in the voicemail and the message left with a colleague, so they can call back.");
    });

    it("shows holidays one per line and a renamed key in its field", () => {
      host.settings.holidays = ["2026-12-25", "2027-01-01"];
      host.settings.keys.interview_date = "date";
      tab.hide();
      openSettingTab__(tab);
      expect(area("Holidays").value).toBe("2026-12-25\n2027-01-01");
      expect(input("interview_date").value).toBe("date");
      expect(items().filter((el) => el.classList.contains("setting-item-heading"))).toHaveLength(HEADINGS.length);
    });
  });

  describe("changes", () => {
    it("saves the greeting form chosen in its dropdown", async () => {
      const select = row("Greeting form").querySelector("select")!;
      expect(Array.from(select.querySelectorAll("option")).map((o) => o.value)).toEqual(["first-name", "full-name"]);
      setInputValue(select, "full-name");
      await settle();
      expect(host.settings.greetingForm).toBe("full-name");
      expect(saved.at(-1)?.greetingForm).toBe("full-name");
      setInputValue(select, "first-name");
      await settle();
      expect(saved.at(-1)?.greetingForm).toBe("first-name");
    });

    it("saves text fields as they are typed", async () => {
      setInputValue(input("Your name"), "  Sam Lee ");
      setInputValue(input("Your email"), "sam@example.test");
      setInputValue(input("Your phone"), "555 0100");
      setInputValue(area("Signature"), "Sam Lee\nAnalyst");
      setInputValue(input("Tag"), "#job/interview");
      setInputValue(input("Folder"), "/Job search/Interviews/");
      setInputValue(input("Templates folder"), "Templates/");
      setInputValue(input("Folder for new interview notes"), "Job search");
      await settle();
      expect(host.settings).toMatchObject({
        yourName: "Sam Lee",
        yourEmail: "sam@example.test",
        yourPhone: "555 0100",
        signature: "Sam Lee\nAnalyst",
        detection: { type: "interview", tag: "job/interview", folder: "Job search/Interviews" },
        templatesFolder: "Templates",
        interviewFolder: "Job search",
      });
      // Typed without a pause: one save (one rebuild), not one per field or key.
      expect(host.saveSettings).toHaveBeenCalledTimes(1);
    });

    it("saves typed text once typing pauses, at once when the field loses focus, and when the tab closes", async () => {
      const name = input("Your name");
      for (const typed of ["S", "Sa", "Sam"]) {
        setInputValue(name, typed);
        await vi.advanceTimersByTimeAsync(TEXT_SAVE_DELAY_MS / 3);
      }
      expect(host.saveSettings).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(TEXT_SAVE_DELAY_MS);
      expect(host.saveSettings).toHaveBeenCalledTimes(1);
      expect(saved[0].yourName).toBe("Sam");

      setInputValue(input("Your email"), "sam@example.test");
      input("Your email").dispatchEvent(new Event("blur"));
      await vi.advanceTimersByTimeAsync(0);
      expect(host.saveSettings).toHaveBeenCalledTimes(2);
      await settle(); // nothing left waiting
      expect(host.saveSettings).toHaveBeenCalledTimes(2);

      setInputValue(input("Your phone"), "555 0100");
      tab.hide();
      await vi.advanceTimersByTimeAsync(0);
      expect(host.saveSettings).toHaveBeenCalledTimes(3);
      expect(saved[2].yourPhone).toBe("555 0100");
    });

    it("saves toggles and the notification hour", async () => {
      (row("Keep the calendar file updated").querySelector(".checkbox-container") as HTMLElement).click();
      (row("While you were away").querySelector(".checkbox-container") as HTMLElement).click();
      (row("Desktop notifications").querySelector(".checkbox-container") as HTMLElement).click();
      setInputValue(row("Notification time").querySelector("select")!, "18");
      await settle();
      expect(host.settings).toMatchObject({ calendarAutoUpdate: true, awayDigest: false, notifications: true, notificationHour: 18 });
      expect(saved.at(-1)?.notificationHour).toBe(18);
      // Switching notifications on asks the system for permission at once, through the host.
      expect(host.notificationPermission.ensure).toHaveBeenCalledOnce();
    });

    it("names a bad holiday line under the field and saves nothing until it is fixed", async () => {
      setInputValue(area("Holidays"), "2026-12-25\n2026-02-30\n\nnext friday");
      await settle();
      expect(message("Holidays")).toBe('Line 2: 2026-02-30 is not a date\nLine 4: "next friday" is not written YYYY-MM-DD');
      expect(host.settings.holidays).toEqual([]);
      expect(host.saveSettings).not.toHaveBeenCalled();

      setInputValue(area("Holidays"), "2026-12-25\n2026-02-28\n");
      await settle();
      expect(message("Holidays")).toBe("");
      expect(host.settings.holidays).toEqual(["2026-12-25", "2026-02-28"]);
      expect(host.saveSettings).toHaveBeenCalledTimes(1);
    });

    it("accepts follow-ups before moving on from 1 to 20 only", async () => {
      for (const bad of ["0", "21", "2.5", "", "three"]) {
        setInputValue(input("Follow-ups before moving on"), bad);
        await settle();
        expect(message("Follow-ups before moving on")).toBe("Enter a whole number from 1 to 20.");
      }
      expect(host.saveSettings).not.toHaveBeenCalled();
      setInputValue(input("Follow-ups before moving on"), "5");
      await settle();
      expect(message("Follow-ups before moving on")).toBe("");
      expect(host.settings.maxAttempts).toBe(5);
      expect(host.saveSettings).toHaveBeenCalledTimes(1);
    });

    it("checks the calendar file name", async () => {
      setInputValue(input("Calendar file"), "Calendar/follow-ups.txt");
      await settle();
      expect(message("Calendar file")).toContain("must end in .ics");
      expect(host.settings.calendarPath).toBe("Interview follow-ups.ics");
      // The rules every write of the file follows, shown where the path is typed.
      setInputValue(input("Calendar file"), "../outside.ics");
      await settle();
      expect(message("Calendar file")).toBe('The calendar file must be inside this vault: "../outside.ics" is not.');
      setInputValue(input("Calendar file"), "Cal/.ics");
      await settle();
      expect(message("Calendar file")).toBe('The calendar file needs a name before .ics, like "Interview follow-ups.ics".');
      expect(host.settings.calendarPath).toBe("Interview follow-ups.ics");
      expect(host.saveSettings).not.toHaveBeenCalled();
      setInputValue(input("Calendar file"), "Calendar/follow-ups.ics");
      await settle();
      expect(message("Calendar file")).toBe("");
      expect(host.settings.calendarPath).toBe("Calendar/follow-ups.ics");
      setInputValue(input("Calendar file"), "");
      await settle();
      expect(host.settings.calendarPath).toBe("Interview follow-ups.ics");
    });

    it("after a sync replaced the settings' parts, typing in an open tab edits the new ones", async () => {
      // What main.ts's onExternalSettingsChange does: the same settings object, new parts.
      Object.assign(host.settings, migrateSettings({ detection: { type: "job", tag: "", folder: "Jobs" }, keys: { company: "employer" } }));
      setInputValue(input("Tag"), "#interview/onsite");
      setInputValue(input("role"), "position");
      await settle();
      expect(host.settings.detection).toEqual({ type: "job", tag: "interview/onsite", folder: "Jobs" });
      expect(saved.at(-1)?.detection).toEqual({ type: "job", tag: "interview/onsite", folder: "Jobs" });
      expect(saved.at(-1)?.keys).toMatchObject({ company: "employer", role: "position" });
    });

    it("maps a property name, falls back to the default when emptied, and warns about a name used twice", async () => {
      setInputValue(input("interview_date"), " date ");
      await settle();
      expect(host.settings.keys.interview_date).toBe("date");
      expect(message("interview_date")).toBe("");

      setInputValue(input("decision_date"), "date");
      await settle();
      expect(message("interview_date")).toBe('"date" is also used for decision_date.');
      expect(message("decision_date")).toBe('"date" is also used for interview_date.');

      setInputValue(input("decision_date"), "");
      await settle();
      expect(host.settings.keys.decision_date).toBe("decision_date");
      expect(message("interview_date")).toBe("");
      expect(host.saveSettings).toHaveBeenCalledTimes(3);
    });

    it("resets the property names and draws them again", async () => {
      setInputValue(input("outcome"), "status");
      await settle();
      expect(input("outcome").value).toBe("status");
      (row("Reset property names").querySelector("button") as HTMLButtonElement).click();
      await settle();
      expect(host.settings.keys.outcome).toBe("outcome");
      expect(input("outcome").value).toBe("");
      expect(saved.at(-1)?.keys.outcome).toBe("outcome");
    });
  });

  describe("how the app draws it", () => {
    it(`is drawn ${version === "1.12.3" ? "by display()" : "by Obsidian from the setting definitions"}`, () => {
      expect(openSettingTab__(tab).drawnWith__).toBe(version === "1.12.3" ? "display" : "definitions");
      expect(tab.getSettingDefinitions()).toHaveLength(version === "1.12.3" ? 0 : HEADINGS.length);
    });

    it("draws itself again after a reset with update() on 1.13, display() before", async () => {
      const display = vi.spyOn(tab, "display");
      const definitions = vi.spyOn(tab, "getSettingDefinitions");
      (row("Reset property names").querySelector("button") as HTMLButtonElement).click();
      await settle();
      if (version === "1.12.3") {
        expect("update" in tab && typeof Reflect.get(tab, "update") === "function").toBe(false); // not in that app
        expect(definitions).toHaveBeenCalledTimes(0);
      } else {
        expect(display).not.toHaveBeenCalled();
        expect(definitions).toHaveBeenCalledTimes(1);
      }
      expect(items().filter((el) => el.classList.contains("setting-item-heading"))).toHaveLength(HEADINGS.length);
    });

    it("hides the desktop notification rows on mobile", () => {
      setPlatform({ isMobile: true, isDesktop: false, isDesktopApp: false, isMobileApp: true });
      tab.hide();
      openSettingTab__(tab);
      const names = items().map((el) => el.querySelector(".setting-item-name")?.textContent);
      expect(names).toContain("While you were away");
      expect(names).not.toContain("Desktop notifications");
      expect(names).not.toContain("Notification time");
    });
  });
});
