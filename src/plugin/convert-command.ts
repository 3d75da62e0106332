/**
 * "Convert follow-ups to text entries": the active interview note's `follow_ups` mappings become
 * the text entries that say the same (spec §2), the form Obsidian's Properties view edits as a
 * list. One note at a time, on request only: logging never rewrites what the user wrote.
 *
 * The conversion is the pure `convertFollowUpsToText`, run inside `processFrontMatter` through
 * `editFrontmatter` (the one way the plugin writes properties). It is tried first on a copy of
 * the cached properties, so a note with nothing to convert, or an entry that cannot be converted
 * faithfully, gets its notice without the file being touched; the write itself checks again.
 */
import { Notice, type TFile } from "obsidian";
import { EditRefused, convertFollowUpsToText } from "../core/frontmatter-edits";
import { editFrontmatter, interviewAt } from "./commands";
import type { FollowUpHost } from "./host";

export const CONVERT_COMMAND_ID = "convert-follow-ups-to-text";

function entries(n: number): string {
  return n === 1 ? "1 follow-up" : `${n} follow-ups`;
}

/**
 * Converts the note's follow-ups. Returns true when the note was written; a note with nothing
 * to convert, or with an entry that cannot be converted faithfully, is left alone with a notice.
 */
export async function convertFollowUpsIn(host: FollowUpHost, file: TFile): Promise<boolean> {
  const keys = host.settings.keys;
  const cached = host.app.metadataCache.getFileCache(file)?.frontmatter;
  try {
    if (convertFollowUpsToText(structuredClone(cached ?? {}), keys) === 0) {
      new Notice(`Nothing to convert: the follow-ups of "${file.basename}" are already text entries.`);
      return false;
    }
  } catch (e) {
    if (!(e instanceof EditRefused)) throw e;
    new Notice(e.message);
    return false;
  }
  let converted = 0;
  return editFrontmatter(
    host,
    file,
    (fm) => {
      converted = convertFollowUpsToText(fm, keys);
    },
    () => `Converted ${entries(converted)} of "${file.basename}" to text entries.`,
  );
}

export function registerConvertCommand(host: FollowUpHost): void {
  host.addCommand({
    id: CONVERT_COMMAND_ID,
    name: "Convert follow-ups to text entries",
    checkCallback: (checking) => {
      const ctx = interviewAt(host, host.app.workspace.getActiveFile());
      if (!ctx) return false;
      if (!checking) void convertFollowUpsIn(host, ctx.file);
      return true;
    },
  });
}
