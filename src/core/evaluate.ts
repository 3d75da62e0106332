/**
 * One note's way through the engine, the same in Obsidian's index and in the CLI's scan:
 * detect (spec §2) → parse (`parseInterviewNote`) → compute (`computeStatus`, R0–R11), with one
 * guard, so a note the engine fails on stays visible as invalid (R0) and never takes the others
 * down with it. Also here: whether a new evaluation changed anything a user sees (`sameStatus`).
 */
import { isInFolder, isInterviewNote, parseInterviewNote } from "./note";
import { computeStatus, inertStatus } from "./rules";
import type { DetectionSettings, KeyMap } from "./settings";
import type { EngineSettings, FollowUpStatus, InterviewNote, LocalMoment, Problem } from "./types";
import { engineFailedReason, unreadableReason } from "./wording";

/** What the engine made of one interview note. */
export interface Evaluation {
  note: InterviewNote;
  status: FollowUpStatus;
}

/** The settings one evaluation reads. */
export interface EvaluationSettings {
  detection: DetectionSettings;
  /** The user's templates folder: its notes are never interview notes. */
  templatesFolder: string;
  /** The user's key names (omitted: the spec's names). */
  keys?: KeyMap;
  engine: EngineSettings;
  /** Told when the engine fails on a note (the plugin logs it to the console); the user sees a plain R0 reason. */
  onEngineError?: EngineErrorHandler;
}

/** Receives what the engine threw for the note at `path`. */
export type EngineErrorHandler = (path: string, error: unknown) => void;

/** What is known of a note before the engine looks at it. */
export interface NoteFacts {
  path: string;
  /** The front matter as read (a mapping, or anything else a reader gave: that is a problem). */
  frontmatter: unknown;
  /** Every tag the note has (front matter and body), with or without `#`. */
  tags: readonly string[];
  /**
   * Why the front matter could not be read at all (the CLI's reader; Obsidian's cache then
   * simply has none). It becomes the note's one problem, and its reason when the note is invalid.
   */
  unreadable?: Problem | null;
  /**
   * Other signs that the note is an interview note, asked only when its properties and tags do
   * not say so and it is outside the templates folder (the CLI: the raw text of front matter it
   * could not read, or an inline tag it looks for only then).
   */
  selectedOtherwise?: () => boolean;
}

/** The status of a note, never throwing: what the engine cannot handle is shown as invalid (R0). */
export function statusOf(note: InterviewNote, now: LocalMoment, engine: EngineSettings, onError?: EngineErrorHandler): FollowUpStatus {
  try {
    return computeStatus(note, now, engine);
  } catch (error) {
    // The error itself is for the caller's log, not for the user's eyes.
    onError?.(note.path, error);
    return inertStatus(note, note.problems, "invalid", "R0", engineFailedReason());
  }
}

/** The note and its status when it is an interview note (spec §2); null when it is not one. */
export function evaluateNote(facts: NoteFacts, settings: EvaluationSettings, now: LocalMoment): Evaluation | null {
  const { path, frontmatter } = facts;
  if (!isInterviewNote(path, frontmatter, facts.tags, settings.detection, settings.templatesFolder)) {
    const other = facts.selectedOtherwise;
    if (!other || isInFolder(path, settings.templatesFolder) || !other()) return null;
  }
  const note = parseInterviewNote(frontmatter, path, settings.keys);
  const unreadable = facts.unreadable ?? null;
  // Unreadable front matter: that is the one problem (a missing interview_date follows from it).
  if (unreadable) note.problems.splice(0, note.problems.length, unreadable);
  const status = statusOf(note, now, settings.engine, settings.onEngineError);
  if (unreadable && status.state === "invalid") status.reason = unreadableReason(unreadable.message);
  return { note, status };
}

/** Two statuses that would look the same everywhere the plugin shows them. */
export function sameStatus(a: FollowUpStatus, b: FollowUpStatus): boolean {
  if (
    a.path !== b.path ||
    a.state !== b.state ||
    a.action !== b.action ||
    a.channel !== b.channel ||
    a.attempt !== b.attempt ||
    a.opens !== b.opens ||
    a.dueBy !== b.dueBy ||
    a.template !== b.template ||
    a.thankYouPending !== b.thankYouPending ||
    a.rule !== b.rule ||
    a.reason !== b.reason ||
    a.company !== b.company ||
    a.role !== b.role ||
    a.interviewer !== b.interviewer ||
    a.alternatives.length !== b.alternatives.length ||
    a.problems.length !== b.problems.length
  ) {
    return false;
  }
  for (let i = 0; i < a.alternatives.length; i++) if (a.alternatives[i] !== b.alternatives[i]) return false;
  for (let i = 0; i < a.problems.length; i++) {
    const p = a.problems[i];
    const q = b.problems[i];
    if (p.key !== q.key || p.value !== q.value || p.message !== q.message) return false;
  }
  return true;
}
