/**
 * "Convert follow-ups to text entries": the active interview note's `follow_ups` mappings become
 * the text entries that say the same (spec §2), the form Obsidian's Properties view edits as a
 * list. One note at a time, on request only: logging never rewrites what the user wrote.
 *
 * The conversion is the pure `convertFollowUpsToText`, run inside `processFrontMatter` through
 * `editFrontmatter` (the one way the plugin writes properties: open editors of the note are
 * saved first, so it sees what the user sees). An entry that cannot be converted faithfully, or
 * a note with nothing to convert, throws inside the write, which aborts it: the file is not
 * touched at all, not even re-formatted.
 */
import type { TFile } from "obsidian";
import { EditRefused, convertFollowUpsToText, existingFollowUps } from "../../core/frontmatter-edits";
import type { FollowUpHost } from "../host";
import { editFrontmatter } from "./log";

export const CONVERT_COMMAND_ID = "convert-follow-ups-to-text";

function entries(n: number): string {
  return n === 1 ? "1 follow-up" : `${n} follow-ups`;
}

/** Converts the note's follow-ups. Returns true when the note was written. */
export function convertFollowUpsIn(host: FollowUpHost, file: TFile): Promise<boolean> {
  const keys = host.settings.keys;
  let converted = 0;
  return editFrontmatter(
    host,
    file,
    (fm) => {
      converted = convertFollowUpsToText(fm, keys);
      if (converted > 0) return;
      // Nothing converted: the write is aborted, and the notice says which of the two it was.
      const none = existingFollowUps(fm, keys).length === 0;
      const why = none ? `"${file.basename}" has no follow-ups yet.` : `the follow-ups of "${file.basename}" are already text entries.`;
      throw new EditRefused(keys.follow_ups, "", "a mapping", why, "Nothing to convert");
    },
    () => `Converted ${entries(converted)} of "${file.basename}" to text entries.`,
    "Not converted",
  );
}
