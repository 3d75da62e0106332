/**
 * The messages (spec §5): thank-you, follow-ups, phone script, voicemail, a message left with a
 * colleague and a reply to a rejection. Built-in templates are written in the same placeholder
 * language as the user's own (`{{company}}`), so one filler serves both. Pure: no clock, no I/O.
 *
 * The parts, one job each, live in `templates/`: `builtin` (the texts), `placeholders` (the
 * language and its values), `greeting` (how to address them), `occasion` (why now) and
 * `next-step` (the closing reminder of a voicemail or message).
 */
import type { DayFormat } from "./day-format";
import { readContacts } from "./rules";
import type { FollowUpSettings } from "./settings";
import { BUILTIN_TEMPLATES } from "./templates/builtin";
import { fillPlaceholders, placeholderValues } from "./templates/placeholders";
import type { Day, FollowUpStatus, InterviewNote, TemplateId } from "./types";

export { BUILTIN_TEMPLATES } from "./templates/builtin";
export { PLACEHOLDERS, THANKS_SENTENCE, fillPlaceholders, placeholderValues, type PlaceholderInfo, type PlaceholderValues } from "./templates/placeholders";
export { findOccasion, type Occasion } from "./templates/occasion";

export const TEMPLATE_IDS: readonly TemplateId[] = [
  "thank-you",
  "follow-up-1",
  "follow-up-2",
  "phone-script",
  "voicemail",
  "message-with-colleague",
  "rejection-reply",
];

export interface TemplateInfo {
  id: TemplateId;
  /** Shown in menus and notices: "Follow-up email". */
  title: string;
  /** An email (has a subject and can be opened in the email app). */
  email: boolean;
  /**
   * How an email is meant to go out, said in its callout's title: a new email (its subject has
   * no "Re:") or a reply in their thread (its subject starts "Re:"). Null for scripts.
   */
  sendAs: "new email" | "reply" | null;
}

export const TEMPLATES: Readonly<Record<TemplateId, TemplateInfo>> = {
  "thank-you": { id: "thank-you", title: "Thank-you email", email: true, sendAs: "new email" },
  "follow-up-1": { id: "follow-up-1", title: "Follow-up email", email: true, sendAs: "new email" },
  "follow-up-2": { id: "follow-up-2", title: "Follow-up email after no reply", email: true, sendAs: "new email" },
  "phone-script": { id: "phone-script", title: "Phone script", email: false, sendAs: null },
  voicemail: { id: "voicemail", title: "Voicemail", email: false, sendAs: null },
  "message-with-colleague": { id: "message-with-colleague", title: "Message with a colleague", email: false, sendAs: null },
  "rejection-reply": { id: "rejection-reply", title: "Reply to a rejection", email: true, sendAs: "reply" },
};

export function isTemplateId(value: string): value is TemplateId {
  return (TEMPLATE_IDS as readonly string[]).includes(value);
}

export interface RenderedTemplate {
  id: TemplateId;
  /** "Follow-up 2" for a follow-up email (its number since their last answer), else the template's title. */
  title: string;
  /** The subject line of an email (or of a user template that writes one); else null. */
  subject: string | null;
  /** The message as plain text, without the subject line. */
  body: string;
  /** The whole message as one Markdown callout, ready to insert. Ends with a newline. */
  markdown: string;
  /** Placeholders in a user template that have no value (shown as written). */
  unknown: string[];
}

/** Removes a leading YAML frontmatter block (`---` … `---`) from a user template. */
export function stripFrontmatter(text: string): string {
  const t = text.replace(/^\uFEFF/, "");
  const m = /^---[ \t]*\r?\n(?:[\s\S]*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(t);
  return m ? t.slice(m[0].length) : t;
}

/** Splits off the first `Subject:` line; the body is the rest, trimmed of blank lines around it. */
export function splitSubject(text: string): { subject: string | null; body: string } {
  const lines = text.split("\n");
  const i = lines.findIndex((l) => /^\s*subject\s*:/i.test(l));
  if (i < 0) return { subject: null, body: trimBlankLines(text) };
  const subject = lines[i].replace(/^\s*subject\s*:\s*/i, "").trim();
  lines.splice(i, 1);
  return { subject: subject === "" ? null : subject, body: trimBlankLines(lines.join("\n")) };
}

function trimBlankLines(text: string): string {
  return text.replace(/^(?:[ \t]*\n)+/, "").replace(/\s+$/, "");
}

/** "Thu, Nov 26, 2026" (en-US): the day a message was written, in its callout's title. */
export function formatHeaderDay(day: Day, dayFormat: DayFormat): string {
  return dayFormat.short(day, true);
}

/** Wraps a message as a callout: every line prefixed `> `, blank lines as `>`. */
export function toCallout(title: string, subject: string | null, body: string): string {
  const lines = [`> [!note] ${title}`];
  const content = subject !== null ? `Subject: ${subject}\n\n${body}` : body;
  for (const line of content.split("\n")) lines.push(line.trim() === "" ? ">" : `> ${line}`);
  return `${lines.join("\n")}\n`;
}

/**
 * Renders one template for one note. `source` is the user's own template text when one
 * overrides the built-in (frontmatter is stripped; the first `Subject:` line is the subject).
 * Days are written with `dayFormat`, the user's locale.
 */
export function renderTemplate(
  id: TemplateId,
  note: InterviewNote,
  status: FollowUpStatus | null,
  settings: FollowUpSettings,
  today: Day,
  dayFormat: DayFormat,
  source?: string | null,
): RenderedTemplate {
  const raw = (source ?? BUILTIN_TEMPLATES[id]).replace(/\r\n?/g, "\n");
  const text = source != null ? stripFrontmatter(raw) : raw;
  // The subject is split off before filling, so no value can pose as a subject line.
  const parts = splitSubject(text);
  const values = placeholderValues(note, status, settings, today, dayFormat);
  const body = fillPlaceholders(parts.body, values);
  const subjectFilled = parts.subject === null ? null : fillPlaceholders(parts.subject, values);
  const subject = subjectFilled === null ? null : subjectFilled.text.replace(/\s+/g, " ").trim() || null;
  const unknown = [...(subjectFilled?.unknown ?? [])];
  for (const u of body.unknown) if (!unknown.includes(u)) unknown.push(u);
  const bodyText = trimBlankLines(body.text);
  const title = renderedTitle(id, values.follow_up_number);
  const callout = [title, sendAsNote(id, followUpSentBy(note, status)), formatHeaderDay(today, dayFormat)].filter((p) => p !== "").join(" — ");
  return { id, title, subject, body: bodyText, markdown: toCallout(callout, subject, bodyText), unknown };
}

/**
 * How an inserted follow-up email goes out, as its callout says and as "Log as sent" logs it: a
 * LinkedIn message when the status's channel — or, when the status names none, the note's
 * preferred one — is LinkedIn, else an email.
 */
export function followUpSentBy(note: InterviewNote, status: FollowUpStatus | null): "linkedin" | "email" {
  return (status?.channel ?? note.preferredChannel) === "linkedin" ? "linkedin" : "email";
}

/** A follow-up email carries its number (Follow-up 2, 3, …); other messages their title. */
function renderedTitle(id: TemplateId, number: string | null): string {
  if (id !== "follow-up-1" && id !== "follow-up-2") return TEMPLATES[id].title;
  return number === null ? "Follow-up" : `Follow-up ${number}`;
}

/** What the callout says about how to send it: "a new email", "a LinkedIn message", "a reply in their thread". */
function sendAsNote(id: TemplateId, channel: string | null): string {
  if (id === "follow-up-1" || id === "follow-up-2") return channel === "linkedin" ? "a LinkedIn message" : "a new email";
  return TEMPLATES[id].sendAs === "reply" ? "a reply in their thread" : "";
}

/**
 * The template "Insert follow-up email" uses: the status's own when it is a follow-up email,
 * else the second follow-up when an email or LinkedIn message stands unanswered, read from the
 * engine's contacts as of `today` (spec §1, §2: attempts after today do not count yet).
 */
export function followUpEmailTemplate(note: InterviewNote, status: FollowUpStatus | null, today: Day): TemplateId {
  if (status?.template === "follow-up-1" || status?.template === "follow-up-2") return status.template;
  if (!note.interview) return "follow-up-1";
  const unanswered = readContacts(note, note.interview.day, today).unanswered.some((a) => a.channel === "email" || a.channel === "linkedin");
  return unanswered ? "follow-up-2" : "follow-up-1";
}
