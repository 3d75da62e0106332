/**
 * The settings tab. Every accepted change is written to `host.settings` and saved with
 * `host.saveSettings()` (which also refreshes the index). A value that cannot be used (a bad
 * holiday line, a number out of range, a calendar path without `.ics`) is named in a message
 * under its field and is not saved until it is fixed. Typed text is saved when typing pauses
 * (`TEXT_SAVE_DELAY_MS`) or the field loses focus, so a word typed costs one save and one
 * rebuild, not one per key.
 *
 * The rows are described once (name, description, and a `render` that adds the control to a
 * `Setting`) and drawn two ways: `display()` draws them itself (Obsidian 1.7.2–1.12), and
 * `getSettingDefinitions()` hands the same rows to Obsidian 1.13+ (`requireApiVersion("1.13.0")`;
 * typed from the 1.13 typings: `SettingDefinitionItem`), which draws them instead of calling `display()` and lists them in
 * its settings search. Both paths call the same `render` functions. To draw the tab again the
 * tab calls `update()` where it exists (1.13+, checked with `requireApiVersion`), else
 * `display()`. The desktop notification rows are not shown on mobile, which has no system
 * notifications for plugins.
 */
import {
  debounce,
  Platform,
  PluginSettingTab,
  requireApiVersion,
  Setting,
  type AbstractTextComponent,
  type App,
  type SettingDefinitionItem,
  type TextAreaComponent,
  type TextComponent,
} from "obsidian";
import { defaultKeyMap, DEFAULT_SETTINGS, NOTE_KEYS, type FollowUpSettings, type GreetingForm, type NoteKey } from "../core/settings";
import {
  cleanFolder,
  cleanKeyName,
  duplicateKeyNames,
  formatHolidayLines,
  parseCalendarPath,
  parseHolidayLines,
  parseWholeNumber,
} from "../core/settings-validation";
import { CSS_PREFIX, type FollowUpHost } from "./host";

/** How long typing must pause before a text setting is saved. */
export const TEXT_SAVE_DELAY_MS = 750;

/** One row of the tab. */
export interface SettingRow {
  name: string;
  desc: string;
  /** Adds the row's control (and its message line) to a setting whose name and description are set. */
  render: (setting: Setting) => void;
}

export interface SettingSection {
  heading: string;
  rows: SettingRow[];
}


/** What each frontmatter key holds, shown under its field. */
const KEY_DESCRIPTIONS: Record<NoteKey, string> = {
  company: "The employer.",
  role: "The job title.",
  interviewer: "Who interviewed you.",
  greeting: "How messages address them: Dana, Ms. Reyes.",
  interviewer_email: "Their email address.",
  interviewer_phone: "Their phone number.",
  highlight: "One thing from the interview to mention in the thank-you.",
  interview_date: "The day (and time) of the interview. Required.",
  stage: "First, second, final, …",
  decision_date: "The day they said they would decide.",
  decision_timeline: "When they would decide, said as a span: 2 weeks, 5 business days.",
  check_back: "A day you agreed to check in.",
  preferred_channel: "Email, phone or LinkedIn.",
  call_ok: "They said you may call.",
  thank_you_sent: "The day you sent it (a date; logging writes it).",
  follow_ups: "The follow-ups you made.",
  last_reply: "The last day they answered you.",
  snoozed_until: "No follow-up reminder before this day.",
  outcome: "Pending, offer, accepted, rejected, withdrawn or next-round.",
};

function hourLabel(hour: number): string {
  return `${String(hour).padStart(2, "0")}:00`;
}

/** A message line under a field; empty (and hidden by CSS) when all is well. */
function messageLine(setting: Setting): HTMLElement {
  return setting.controlEl.createDiv({ cls: `${CSS_PREFIX}-setting-error`, attr: { role: "alert" } });
}

export class FollowUpSettingTab extends PluginSettingTab {
  /** Saves typed text once typing pauses; `run()` saves at once (on blur, or when the tab closes). */
  private readonly saveTyped = debounce(() => void this.save(), TEXT_SAVE_DELAY_MS, true);

  constructor(
    app: App,
    private readonly host: FollowUpHost,
  ) {
    super(app, host);
  }

  private get settings(): FollowUpSettings {
    return this.host.settings;
  }

  /** Obsidian 1.7.2–1.12 call this to draw the tab; 1.13+ draws `getSettingDefinitions()` instead. */
  display(): void {
    this.drawRows();
  }

  private drawRows(): void {
    const el = this.containerEl;
    el.empty();
    for (const section of this.sections()) {
      new Setting(el).setName(section.heading).setHeading();
      for (const row of section.rows) row.render(new Setting(el).setName(row.name).setDesc(row.desc));
    }
  }

  /** Obsidian 1.13+: the same rows, drawn by Obsidian and found by its settings search. */
  getSettingDefinitions(): SettingDefinitionItem[] {
    if (!requireApiVersion("1.13.0")) return [];
    return this.sections().map((section) => ({ type: "group", heading: section.heading, items: section.rows }));
  }

  /** The tab closes: text still waiting to be saved is saved now. */
  hide(): void {
    this.saveTyped.run();
    super.hide();
  }

  /** Draws the tab again (after "Reset to defaults"). */
  private redraw(): void {
    if (requireApiVersion("1.13.0")) this.update();
    else this.drawRows();
  }

  private async save(): Promise<void> {
    await this.host.saveSettings();
  }

  /**
   * Listens to a text field: `apply` takes the text (and says whether it is usable); the save
   * follows when typing pauses, or at once when the field loses focus.
   */
  private onText<C extends AbstractTextComponent<HTMLInputElement | HTMLTextAreaElement>>(component: C, apply: (value: string) => boolean): C {
    component.onChange((value) => {
      if (apply(value)) this.saveTyped();
    });
    component.inputEl.addEventListener("blur", () => {
      this.saveTyped.run();
    });
    return component;
  }

  // ---------------------------------------------------------------------------------------------
  // Row builders

  private textRow(name: string, desc: string, get: () => string, set: (value: string) => void, placeholder = ""): SettingRow {
    return {
      name,
      desc,
      render: (setting) => {
        setting.addText((t: TextComponent) =>
          this.onText(t.setPlaceholder(placeholder).setValue(get()), (value) => {
            set(value);
            return true;
          }),
        );
      },
    };
  }

  private toggleRow(name: string, desc: string, get: () => boolean, set: (value: boolean) => void): SettingRow {
    return {
      name,
      desc,
      render: (setting) => {
        setting.addToggle((t) =>
          t.setValue(get()).onChange(async (value) => {
            set(value);
            await this.save();
          }),
        );
      },
    };
  }

  /** The rows, in sections. Built fresh each time, reading the current settings. */
  sections(): SettingSection[] {
    return [this.yourDetails(), this.rules(), this.detection(), this.keyNames(), this.files(), this.reminders()];
  }

  private yourDetails(): SettingSection {
    const s = this.settings;
    return {
      heading: "Your details",
      rows: [
        this.textRow("Your name", "Signs and fills the messages.", () => s.yourName, (v) => (s.yourName = v.trim())),
        this.textRow("Your email", "For your own templates ({{your_email}}); no built-in message uses it.", () => s.yourEmail, (v) => (s.yourEmail = v.trim())),
        this.textRow("Your phone", "Said in the voicemail and the message left with a colleague, so they can call back.", () => s.yourPhone, (v) => (s.yourPhone = v.trim())),
        {
          name: "Signature",
          desc: "Placed under the sign-off of every email. Several lines allowed.",
          render: (setting) => {
            setting.addTextArea((t: TextAreaComponent) => {
              t.inputEl.rows = 4;
              this.onText(t.setValue(s.signature), (value) => {
                s.signature = value;
                return true;
              });
            });
          },
        },
        {
          name: "Greeting form",
          desc: "How written messages greet the interviewer when the note has no greeting property: by first name (Dear Dana) or full name (Dear Dana Reyes). Phone and voicemail scripts always use the first name.",
          render: (setting) => {
            setting.addDropdown((dd) => {
              dd.addOption("first-name", "First name");
              dd.addOption("full-name", "Full name");
              dd.setValue(s.greetingForm).onChange(async (value) => {
                s.greetingForm = value === "full-name" ? "full-name" : ("first-name" satisfies GreetingForm);
                await this.save();
              });
            });
          },
        },
      ],
    };
  }

  private rules(): SettingSection {
    const s = this.settings;
    return {
      heading: "Follow-up rules",
      rows: [
        {
          name: "Holidays",
          desc: "Days that are not business days, one date per line, for example 2026-12-25.",
          render: (setting) => {
            let message: HTMLElement | null = null;
            setting.addTextArea((t) => {
              t.inputEl.rows = 6;
              this.onText(t.setPlaceholder("2026-12-25\n2027-01-01").setValue(formatHolidayLines(s.holidays)), (value) => {
                const { holidays, errors } = parseHolidayLines(value);
                message?.setText(errors.join("\n"));
                if (errors.length > 0) return false;
                s.holidays = holidays;
                return true;
              });
            });
            message = messageLine(setting);
          },
        },
        {
          name: "Follow-ups before moving on",
          desc: "After this many follow-ups with no answer, stop and suggest moving on (1 to 20).",
          render: (setting) => {
            let message: HTMLElement | null = null;
            setting.addText((t) => {
              t.inputEl.type = "number";
              t.inputEl.min = "1";
              t.inputEl.max = "20";
              this.onText(t.setValue(String(s.maxAttempts)), (value) => {
                const r = parseWholeNumber(value, 1, 20);
                message?.setText(r.ok ? "" : r.error);
                if (!r.ok) return false;
                s.maxAttempts = r.value;
                return true;
              });
            });
            message = messageLine(setting);
          },
        },
      ],
    };
  }

  private detection(): SettingSection {
    // `s.detection` is read at each use, never kept: a sync (`onExternalSettingsChange`) replaces it.
    const s = this.settings;
    return {
      heading: "Finding interview notes",
      rows: [
        this.textRow(
          "Type value",
          "A note whose type property has this value is an interview note. Leave empty to turn off.",
          () => s.detection.type,
          (v) => (s.detection.type = v.trim()),
          DEFAULT_SETTINGS.detection.type,
        ),
        this.textRow(
          "Tag",
          "A note with this tag, or a tag nested under it, is an interview note. Leave empty to turn off.",
          () => s.detection.tag,
          (v) => (s.detection.tag = v.trim().replace(/^#/, "")),
          DEFAULT_SETTINGS.detection.tag,
        ),
        this.textRow(
          "Folder",
          "Every note in this folder, subfolders included, is an interview note. Leave empty to turn off.",
          () => s.detection.folder,
          (v) => (s.detection.folder = cleanFolder(v)),
          DEFAULT_SETTINGS.detection.folder,
        ),
        this.textRow(
          "Templates folder",
          "Notes in this folder are never counted as interviews. A note here named after a message (thank-you, follow-up-1, …) replaces that message.",
          () => s.templatesFolder,
          (v) => (s.templatesFolder = cleanFolder(v)),
          "Templates",
        ),
      ],
    };
  }

  private keyNames(): SettingSection {
    const s = this.settings;
    const messages = new Map<NoteKey, HTMLElement>();
    const showDuplicates = (): void => {
      const dups = duplicateKeyNames(s.keys);
      for (const [key, el] of messages) el.setText(dups[key] ?? "");
    };
    const rows: SettingRow[] = [
      {
        name: "Reset property names",
        desc: "If your notes use other names for these properties, write yours below. Notes are read under your name and under the name shown in grey (yours wins when a note has both); logging writes to the name the note already uses, and new notes use yours. An empty field uses the name in grey.",
        render: (setting) => {
          setting.addButton((b) =>
            b.setButtonText("Reset to defaults").onClick(async () => {
              s.keys = defaultKeyMap();
              await this.save();
              this.redraw();
            }),
          );
        },
      },
    ];
    for (const key of NOTE_KEYS) {
      const row = this.textRow(
        key,
        KEY_DESCRIPTIONS[key],
        () => (s.keys[key] === key ? "" : s.keys[key]),
        (v) => {
          s.keys[key] = cleanKeyName(v, key);
          showDuplicates();
        },
        key,
      );
      rows.push({
        ...row,
        render: (setting) => {
          row.render(setting);
          setting.settingEl.addClass(`${CSS_PREFIX}-key-setting`);
          messages.set(key, messageLine(setting));
          showDuplicates();
        },
      });
    }
    return { heading: "Property names", rows };
  }

  private files(): SettingSection {
    const s = this.settings;
    return {
      heading: "Files",
      rows: [
        this.textRow(
          "Folder for new interview notes",
          "Where the new interview note command creates notes.",
          () => s.interviewFolder,
          (v) => (s.interviewFolder = cleanFolder(v)),
          DEFAULT_SETTINGS.interviewFolder,
        ),
        {
          name: "Calendar file",
          desc: "Where the export calendar command writes the follow-up days, as an .ics file in this vault.",
          render: (setting) => {
            let message: HTMLElement | null = null;
            setting.addText((t) =>
              this.onText(t.setPlaceholder(DEFAULT_SETTINGS.calendarPath).setValue(s.calendarPath), (value) => {
                const r = parseCalendarPath(value, DEFAULT_SETTINGS.calendarPath);
                message?.setText(r.ok ? "" : r.error);
                if (!r.ok) return false;
                s.calendarPath = r.value;
                return true;
              }),
            );
            message = messageLine(setting);
          },
        },
        this.toggleRow(
          "Keep the calendar file updated",
          "Rewrite the calendar file whenever a follow-up day changes.",
          () => s.calendarAutoUpdate,
          (v) => (s.calendarAutoUpdate = v),
        ),
      ],
    };
  }

  private reminders(): SettingSection {
    const s = this.settings;
    const away = this.toggleRow(
      "While you were away",
      "When Obsidian opens, sum up what fell due since you last used it.",
      () => s.awayDigest,
      (v) => (s.awayDigest = v),
    );
    // Mobile has no system notifications for plugins: the rows would do nothing there.
    if (!Platform.isDesktopApp) return { heading: "Reminders", rows: [away] };
    return {
      heading: "Reminders",
      rows: [
        away,
        this.toggleRow(
          "Desktop notifications",
          "Desktop only: once a day, a system notification lists what is due.",
          () => s.notifications,
          (v) => {
            s.notifications = v;
            if (v) void this.host.notificationPermission.ensure();
          },
        ),
        {
          name: "Notification time",
          desc: "The hour of the daily notification.",
          render: (setting) => {
            setting.addDropdown((dd) => {
              for (let h = 0; h < 24; h++) dd.addOption(String(h), hourLabel(h));
              dd.setValue(String(s.notificationHour)).onChange(async (value) => {
                s.notificationHour = Number(value);
                await this.save();
              });
            });
          },
        },
      ],
    };
  }
}
