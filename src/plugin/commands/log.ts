/**
 * Logging into the frontmatter: a follow-up, the thank-you, a reply, a snooze, the outcome.
 * (The offer to log a message once it is inserted or opened is in `offer-log.ts`.)
 *
 * Data safety: frontmatter changes go through `app.fileManager.processFrontMatter` only, with
 * the pure edits of `core/frontmatter-edits` (which change only their own key), and only after
 * every open editor of the note has saved what it holds (`saveOpenEditors`), so the write never
 * races the editor's own delayed save.
 */
import { Notice, type TFile } from "obsidian";
import {
  EditRefused,
  appendFollowUp,
  markThankYouSent,
  setLastReply,
  setOutcome,
  setSnoozedUntil,
  type FollowUpEntry,
  type FrontMatter,
} from "../../core/frontmatter-edits";
import { followUpLoggedText, outcomeSetText, replyLoggedText, snoozedText, thankYouMarkedText } from "../../core/log-wording";
import type { Outcome } from "../../core/types";
import type { FollowUpHost } from "../host";
import { saveOpenEditors } from "../leaves";

/** What a refused edit's notice says was not done: "Not logged", "Not saved", "Not converted". */
export type NotDone = "Not logged" | "Not saved" | "Not converted";

/**
 * Runs a pure edit inside `processFrontMatter`. A refusal (`EditRefused`) or a note whose
 * YAML cannot be read aborts the write and says why in a notice that starts with `notDone`.
 */
export async function editFrontmatter(
  host: FollowUpHost,
  file: TFile,
  edit: (fm: FrontMatter) => void,
  done: string | (() => string),
  notDone: NotDone = "Not logged",
): Promise<boolean> {
  try {
    await saveOpenEditors(host.app, file);
    await host.app.fileManager.processFrontMatter(file, (fm: FrontMatter) => edit(fm));
  } catch (e) {
    if (e instanceof EditRefused) new Notice(e.noticeText(notDone));
    else {
      const why = (e instanceof Error ? e.message : String(e)).split("\n")[0].replace(/[:\s]+$/, "");
      new Notice(`${notDone}: the properties of "${file.basename}" could not be read (${why}). Nothing was changed.`);
    }
    return false;
  }
  new Notice(typeof done === "string" ? done : done());
  return true;
}

/** Logs a follow-up (`follow_ups` gains one text entry). */
export function appendFollowUpFor(host: FollowUpHost, file: TFile, entry: FollowUpEntry): Promise<boolean> {
  return editFrontmatter(host, file, (fm) => appendFollowUp(fm, host.settings.keys, entry), followUpLoggedText(entry, host.index.dayFormat));
}

/** Marks the thank-you as sent today, keeping an earlier day already there. */
export function markThankYouSentFor(host: FollowUpHost, file: TFile): Promise<boolean> {
  const today = host.index.today();
  let changed = true;
  return editFrontmatter(
    host,
    file,
    (fm) => {
      changed = markThankYouSent(fm, host.settings.keys, today);
    },
    () => thankYouMarkedText(today, changed, host.index.dayFormat),
  );
}

export function logReplyOn(host: FollowUpHost, file: TFile, day: string): Promise<boolean> {
  return editFrontmatter(host, file, (fm) => setLastReply(fm, host.settings.keys, day), replyLoggedText(day, host.index.dayFormat));
}

export function snoozeUntil(host: FollowUpHost, file: TFile, day: string): Promise<boolean> {
  return editFrontmatter(host, file, (fm) => setSnoozedUntil(fm, host.settings.keys, day), snoozedText(day, host.index.dayFormat), "Not saved");
}

export function setOutcomeFor(host: FollowUpHost, file: TFile, outcome: Outcome): Promise<boolean> {
  return editFrontmatter(host, file, (fm) => setOutcome(fm, host.settings.keys, outcome), outcomeSetText(outcome), "Not saved");
}
