/**
 * What the CLI needs from a note's text beyond its parsed front matter: the inline tags of the
 * body (outside code, as Obsidian counts them), a quick look at whether a front matter block could
 * select the note at all, and a last-resort look at unreadable front matter.
 */
import type { DetectionSettings } from "../core/settings";

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** `#tag`: after the start of the line or a space, letters, digits, `_`, `-`, `/`; not only digits. */
const TAG = /(?:^|\s)#([\p{L}\p{N}_/-]+)/gu;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A search for the inline tag `tag` (or a nested `tag/…`) outside code, made once for a whole
 * scan; null when the tag is empty. A quick case-insensitive search for `#tag` comes first, so
 * bodies without it cost one scan and no line splitting.
 */
export function inlineTagSearch(tag: string): ((body: string) => boolean) | null {
  const wanted = tag.trim().replace(/^#/, "").toLowerCase();
  if (wanted === "") return null;
  const pattern = new RegExp(`#${escapeRegExp(wanted)}`, "i");
  return (body) =>
    pattern.test(body) &&
    inlineTags(body).some((t) => {
      const lower = t.toLowerCase();
      return lower === wanted || lower.startsWith(`${wanted}/`);
    });
}

/** Every inline tag of a Markdown body, without `#`, skipping fenced code, inline code and `%%` comments. */
export function inlineTags(body: string): string[] {
  const tags: string[] = [];
  let fence: string | null = null;
  let inComment = false;
  for (const line of body.split(/\r?\n/)) {
    const f = FENCE.exec(line);
    if (fence !== null) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length && line.trim() === f[1]) fence = null;
      continue;
    }
    if (f) {
      fence = f[1];
      continue;
    }
    // Drop `%% comments %%` (which may span lines) and `inline code`.
    let text = "";
    let rest = line;
    while (rest !== "") {
      const at = rest.indexOf("%%");
      if (inComment) {
        if (at === -1) {
          rest = "";
        } else {
          inComment = false;
          rest = rest.slice(at + 2);
        }
      } else if (at === -1) {
        text += rest;
        rest = "";
      } else {
        text += `${rest.slice(0, at)} `;
        inComment = true;
        rest = rest.slice(at + 2);
      }
    }
    text = text.replace(/(`+)[\s\S]*?\1/g, " ");
    for (const m of text.matchAll(TAG)) {
      const name = m[1].replace(/\/+$/, "");
      if (name !== "" && !/^[\d/_-]+$/.test(name)) tags.push(name);
    }
  }
  return tags;
}

/**
 * For front matter that could not be parsed: does its raw text still say this is an interview
 * note? True for a `type: interview` line or the interview tag in a `tags:` line or in a list
 * item under `tags:` (values compared case-insensitively, quotes and `#` ignored).
 */
export function rawSaysInterview(raw: string, detection: DetectionSettings): boolean {
  const type = detection.type.trim().toLowerCase();
  const tag = detection.tag.trim().replace(/^#/, "").toLowerCase();
  const isTag = (word: string): boolean => {
    const w = word.trim().replace(/^["']|["']$/g, "").replace(/^#/, "").toLowerCase();
    return tag !== "" && (w === tag || w.startsWith(`${tag}/`));
  };
  let inTags = false;
  for (const line of raw.split(/\r?\n/)) {
    const key = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (key) {
      const name = key[1].toLowerCase();
      const value = key[2].trim();
      inTags = (name === "tags" || name === "tag") && value === "";
      if (name === "type" && type !== "" && value.replace(/^["']|["']$/g, "").trim().toLowerCase() === type) return true;
      if ((name === "tags" || name === "tag") && value.split(/[\s,[\]]+/).some(isTag)) return true;
      continue;
    }
    const item = /^\s*-\s+(.*)$/.exec(line);
    if (item && inTags) {
      if (isTag(item[1])) return true;
    } else if (!/^\s/.test(line) && line.trim() !== "") {
      inTags = false;
    }
  }
  return false;
}

const ASCII = /^[\x20-\x7e]*$/;

/**
 * Could this front matter text, once parsed, make the note an interview note through its `type`
 * or its tags? False only when it surely cannot: the words detection looks for (type and tag,
 * compared lower-cased) appear nowhere in the lower-cased text. A parsed value is always written
 * out in the text, except through an escape in double quotes (`"\x69nterview"`), so a backslash
 * anywhere means maybe; so does a word with letters beyond ASCII, whose lower case can depend on
 * the letters around it. (Interview notes are usually a small share of a vault: the others need
 * no YAML parsing.)
 */
export function mayNameInterview(raw: string, detection: DetectionSettings): boolean {
  const words = [detection.type.trim().toLowerCase(), detection.tag.trim().replace(/^#/, "").toLowerCase()].filter((w) => w !== "");
  if (words.length === 0) return false;
  if (!words.every((w) => ASCII.test(w)) || raw.includes("\\")) return true;
  const lower = raw.toLowerCase();
  return words.some((w) => lower.includes(w));
}
