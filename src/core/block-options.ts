/**
 * The options of a `followup` code block, one `key: value` per line:
 *
 * ```
 * show: overdue, due
 * folder: Interviews/2026
 * limit: 10
 * ```
 * Read without Obsidian, so the CLI or any other surface can read a block the same way.
 */
import { GROUPS, type GroupId } from "./agenda";
import { trimFolder } from "./paths";

export interface BlockOptions {
  /** Groups to show, in the agenda's order; null → `DEFAULT_BLOCK_GROUPS`. */
  show: GroupId[] | null;
  folder: string | null;
  limit: number | null;
  /** One message per line that could not be read, naming the line. */
  errors: string[];
}

/** What a block without `show:` lists: every group but Closed. */
export const DEFAULT_BLOCK_GROUPS: readonly GroupId[] = ["overdue", "due", "waiting", "upcoming", "move-on", "attention"];

function normalizeGroupName(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_]+/g, "-");
}

const GROUP_NAMES: ReadonlyMap<string, GroupId> = new Map<string, GroupId>([
  ...GROUPS.map((g) => [g.id, g.id] as const),
  ...GROUPS.map((g) => [normalizeGroupName(g.title), g.id] as const),
]);

const GROUP_IDS = GROUPS.map((g) => g.id).join(", ");

/**
 * Reads the block's options. Blank lines and lines starting with `#` are skipped. Never throws:
 * a line it cannot read becomes an error naming the line, and the rest still applies.
 */
export function parseBlockOptions(source: string): BlockOptions {
  const out: BlockOptions = { show: null, folder: null, limit: null, errors: [] };
  source.split(/\r?\n/).forEach((raw, i) => {
    const n = i + 1;
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const colon = line.indexOf(":");
    if (colon < 0) {
      out.errors.push(`Line ${n} is not an option: ${line} (write it as key: value)`);
      return;
    }
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    switch (key) {
      case "show": {
        const ids: GroupId[] = [];
        for (const name of value.split(",")) {
          if (name.trim() === "") continue;
          const id = GROUP_NAMES.get(normalizeGroupName(name));
          if (id) {
            if (!ids.includes(id)) ids.push(id);
          } else {
            out.errors.push(`Unknown group on line ${n}: ${name.trim()} (use ${GROUP_IDS})`);
          }
        }
        if (ids.length === 0 && value === "") out.errors.push(`Empty show on line ${n} (use ${GROUP_IDS})`);
        if (ids.length > 0) out.show = GROUPS.map((g) => g.id).filter((id) => ids.includes(id));
        return;
      }
      case "folder":
        out.folder = trimFolder(value) || null;
        return;
      case "limit": {
        if (!/^\d+$/.test(value) || Number(value) < 1) {
          out.errors.push(`Bad limit on line ${n}: ${value === "" ? "(empty)" : value} (use a whole number, 1 or more)`);
          return;
        }
        out.limit = Number(value);
        return;
      }
      default:
        out.errors.push(`Unknown option on line ${n}: ${line.slice(0, colon).trim()} (use show, folder or limit)`);
    }
  });
  return out;
}
