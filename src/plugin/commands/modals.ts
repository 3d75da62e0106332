/**
 * The small forms the commands open: log a follow-up, pick a day, choose an outcome, snooze,
 * and a new interview note. Each keeps its fields in `values` and validates in `submit()`, so
 * the same path runs from the form's button, the Enter key and tests.
 */
import { type App, Modal, Setting, SuggestModal } from "obsidian";
import { addDays, parseDay } from "../../core/dates";
import type { DayFormat } from "../../core/day-format";
import { CHANNEL_VALUES, OUTCOME_VALUES, type FollowUpEntry } from "../../core/frontmatter-edits";
import { CHANNEL_LABELS, OUTCOME_WORDS } from "../../core/log-wording";
import { normalizeTime, validateNewInterview, type NewInterviewInput } from "../../core/new-note";
import type { Channel, Day, Outcome } from "../../core/types";
import { CSS_PREFIX } from "../host";

/** A strict `YYYY-MM-DD` that is a real day, or null. */
export function readDayInput(text: string): Day | null {
  const t = text.trim();
  return /^\d{4}-\d{2}-\d{2}$/.test(t) ? parseDay(t) : null;
}

/** Shared parts of the forms: an error line, a submit button, Enter to submit. */
abstract class FormModal extends Modal {
  private errorEl: HTMLElement | null = null;

  protected abstract title: string;
  protected abstract submitText: string;
  protected abstract buildFields(containerEl: HTMLElement): void;
  /** Validates and acts; returns an error to show, or null when done. */
  protected abstract accept(): string | null;

  onOpen(): void {
    this.setTitle(this.title);
    const { contentEl } = this;
    contentEl.empty();
    contentEl.addClass(`${CSS_PREFIX}-form`);
    this.buildFields(contentEl);
    this.errorEl = contentEl.createDiv({ cls: `${CSS_PREFIX}-form-error` });
    new Setting(contentEl).addButton((b) =>
      b
        .setButtonText(this.submitText)
        .setCta()
        .onClick(() => {
          this.submit();
        }),
    );
    this.scope.register([], "Enter", (evt) => {
      if (evt.target instanceof HTMLTextAreaElement) return true;
      evt.preventDefault();
      this.submit();
      return false;
    });
  }

  onClose(): void {
    this.contentEl.empty();
  }

  /** Validates the values; on success acts and closes, else shows and returns the error. */
  submit(): string | null {
    const error = this.accept();
    if (error === null) {
      this.close();
      return null;
    }
    this.errorEl?.setText(error);
    return error;
  }

  protected dayField(containerEl: HTMLElement, name: string, desc: string, get: () => string, set: (v: string) => void): void {
    new Setting(containerEl)
      .setName(name)
      .setDesc(desc)
      .addText((t) => {
        t.inputEl.type = "date";
        t.setPlaceholder("2026-11-25")
          .setValue(get())
          .onChange((v) => set(v));
      });
  }
}

export interface LogFollowUpValues {
  date: string;
  channel: Channel;
  next: string;
  note: string;
}

/** "Log a follow-up": day, channel, an optional agreed check-back day and a note. */
export class LogFollowUpModal extends FormModal {
  protected title: string;
  protected submitText = "Log";
  readonly values: LogFollowUpValues;
  /** The channels the form offers, in order. */
  readonly channels: readonly Channel[];

  constructor(
    app: App,
    initial: LogFollowUpValues,
    private readonly onSubmit: (entry: FollowUpEntry) => void,
    private readonly today: Day,
    private readonly days: DayFormat,
    options: { title?: string; channels?: readonly Channel[] } = {},
  ) {
    super(app);
    this.values = { ...initial };
    this.title = options.title ?? "Log a follow-up";
    this.channels = options.channels ?? CHANNEL_VALUES;
  }

  protected buildFields(el: HTMLElement): void {
    this.dayField(el, "Day", "When you got in touch.", () => this.values.date, (v) => (this.values.date = v));
    new Setting(el).setName("Channel").addDropdown((d) => {
      for (const c of this.channels) d.addOption(c, CHANNEL_LABELS[c]);
      d.setValue(this.values.channel).onChange((v) => (this.values.channel = v as Channel));
    });
    this.dayField(
      el,
      "Agreed check-back day",
      "Optional: a day you agreed to get in touch again.",
      () => this.values.next,
      (v) => (this.values.next = v),
    );
    new Setting(el).setName("Note").addText((t) =>
      t
        .setPlaceholder("Optional")
        .setValue(this.values.note)
        .onChange((v) => (this.values.note = v)),
    );
  }

  protected accept(): string | null {
    const date = readDayInput(this.values.date);
    if (!date) return "Enter the day as YYYY-MM-DD.";
    if (date > this.today) return `The day can't be after today (${this.days.short(this.today)}).`;
    if (!this.channels.includes(this.values.channel)) return "Choose a channel.";
    let next: Day | null = null;
    if (this.values.next.trim() !== "") {
      next = readDayInput(this.values.next);
      if (!next) return "Enter the check-back day as YYYY-MM-DD, or leave it empty.";
      if (next <= date) return "The check-back day must be after the day of the contact.";
    }
    const note = this.values.note.trim();
    this.onSubmit({ date, channel: this.values.channel, next, note: note === "" ? null : note });
    return null;
  }
}

/** A single day, e.g. "Log a reply" or "Snooze until". */
export class DayModal extends FormModal {
  readonly values: { day: string };

  constructor(
    app: App,
    protected readonly title: string,
    protected readonly submitText: string,
    initial: Day,
    private readonly onSubmit: (day: Day) => void,
    private readonly check: (day: Day) => string | null = () => null,
  ) {
    super(app);
    this.values = { day: initial };
  }

  protected buildFields(el: HTMLElement): void {
    this.dayField(el, "Day", "YYYY-MM-DD", () => this.values.day, (v) => (this.values.day = v));
  }

  protected accept(): string | null {
    const day = readDayInput(this.values.day);
    if (!day) return "Enter the day as YYYY-MM-DD.";
    const problem = this.check(day);
    if (problem) return problem;
    this.onSubmit(day);
    return null;
  }
}

/** "Set the outcome": pending, offer, accepted, rejected, withdrawn, next round. */
export class OutcomeModal extends SuggestModal<Outcome> {
  constructor(
    app: App,
    private readonly onChoose: (outcome: Outcome) => void,
  ) {
    super(app);
    this.setPlaceholder("Set the outcome of this interview");
  }

  getSuggestions(query: string): Outcome[] {
    const q = query.trim().toLowerCase();
    return OUTCOME_VALUES.filter((o) => q === "" || o.includes(q) || OUTCOME_WORDS[o].label.toLowerCase().includes(q));
  }

  renderSuggestion(outcome: Outcome, el: HTMLElement): void {
    el.setText(OUTCOME_WORDS[outcome].label);
  }

  onChooseSuggestion(outcome: Outcome): void {
    this.onChoose(outcome);
  }
}

export interface SnoozeChoice {
  label: string;
  /** Calendar days from today; null = pick a day. */
  days: number | null;
}

export const SNOOZE_CHOICES: readonly SnoozeChoice[] = [
  { label: "1 day", days: 1 },
  { label: "3 days", days: 3 },
  { label: "1 week", days: 7 },
  { label: "Pick a day…", days: null },
];

/** "Snooze": 1 day, 3 days, 1 week, or pick a day. */
export class SnoozeModal extends SuggestModal<SnoozeChoice> {
  constructor(
    app: App,
    private readonly today: Day,
    private readonly days: DayFormat,
    private readonly onChoose: (choice: SnoozeChoice) => void,
  ) {
    super(app);
    this.setPlaceholder("Don't remind me before…");
  }

  getSuggestions(query: string): SnoozeChoice[] {
    const q = query.trim().toLowerCase();
    return SNOOZE_CHOICES.filter((c) => q === "" || c.label.toLowerCase().includes(q));
  }

  renderSuggestion(choice: SnoozeChoice, el: HTMLElement): void {
    el.createDiv({ text: choice.label });
    if (choice.days !== null) el.createEl("small", { text: this.days.short(addDays(this.today, choice.days)), cls: `${CSS_PREFIX}-suggest-note` });
  }

  onChooseSuggestion(choice: SnoozeChoice): void {
    this.onChoose(choice);
  }
}

/** "New interview note": company, role, interviewer, email, day and optional time. */
export class NewInterviewModal extends FormModal {
  protected title = "New interview note";
  protected submitText = "Create";
  readonly values: NewInterviewInput;

  constructor(
    app: App,
    today: Day,
    private readonly onSubmit: (input: NewInterviewInput) => void,
  ) {
    super(app);
    this.values = { company: "", role: "", interviewer: "", interviewerEmail: "", day: today, time: "" };
  }

  protected buildFields(el: HTMLElement): void {
    const text = (name: string, key: "company" | "role" | "interviewer" | "interviewerEmail", placeholder: string): void => {
      new Setting(el).setName(name).addText((t) =>
        t
          .setPlaceholder(placeholder)
          .setValue(this.values[key])
          .onChange((v) => (this.values[key] = v)),
      );
    };
    text("Company", "company", "Required");
    text("Role", "role", "Job title");
    text("Interviewer", "interviewer", "Their name");
    text("Interviewer's email", "interviewerEmail", "name@company.com");
    this.dayField(el, "Interview day", "YYYY-MM-DD", () => this.values.day, (v) => (this.values.day = v));
    new Setting(el)
      .setName("Time")
      .setDesc("Optional, 24-hour.")
      .addText((t) => {
        t.inputEl.type = "time";
        t.setValue(this.values.time).onChange((v) => (this.values.time = v));
      });
  }

  protected accept(): string | null {
    const problem = validateNewInterview(this.values);
    if (problem) return problem;
    const time = this.values.time.trim() === "" ? "" : (normalizeTime(this.values.time) ?? "");
    this.onSubmit({ ...this.values, day: this.values.day.trim(), time });
    return null;
  }
}
