/**
 * The index's cheap first look at a note of a large vault, before the real test of the engine
 * (`isInterviewNote`, which stays the only judge): from the metadata cache's front matter and
 * inline tags, allocation-free, it rules out most notes. It may let through a note that is not
 * an interview note; it never turns one away.
 */
import type { CachedMetadata } from "obsidian";
import { trimFolder } from "../core/paths";
import type { DetectionSettings } from "../core/settings";

/**
 * Does `s`, from `start`, begin with `lowerPrefix` ignoring ASCII case? Allocation-free. On a
 * non-ASCII difference it answers true (a pre-filter may let through, never turn away).
 */
function mayStartWith(s: string, start: number, lowerPrefix: string): boolean {
  if (s.length - start < lowerPrefix.length) return false;
  for (let i = 0; i < lowerPrefix.length; i++) {
    let c = s.charCodeAt(start + i);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== lowerPrefix.charCodeAt(i)) return c > 127 || lowerPrefix.charCodeAt(i) > 127;
  }
  return true;
}

/** Like `mayStartWith`, after leading spaces (and `#` signs when `skipHash`). */
function textMayStartWith(value: string, lowerPrefix: string, skipHash: boolean): boolean {
  let start = 0;
  while (start < value.length) {
    const c = value.charCodeAt(start);
    if (c <= 32 || (skipHash && c === 35)) start++;
    else break;
  }
  return mayStartWith(value, start, lowerPrefix);
}

/** A property value (text or list of texts) that may hold `lowerPrefix`; a tag string may list several. */
function listMayMatch(value: unknown, lowerPrefix: string, isTags: boolean): boolean {
  if (typeof value === "string") return isTags ? value.toLowerCase().includes(lowerPrefix) : textMayStartWith(value, lowerPrefix, false);
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const v: unknown = value[i];
    if (typeof v === "string" && textMayStartWith(v, lowerPrefix, isTags)) return true;
  }
  return false;
}

export class InterviewPrefilter {
  private readonly folderPrefix: string;
  private readonly typeValue: string;
  private readonly tagValue: string;

  constructor(detection: DetectionSettings) {
    const folder = trimFolder(detection.folder);
    this.folderPrefix = folder === "" ? "" : `${folder.toLowerCase()}/`;
    this.typeValue = detection.type.trim().toLowerCase();
    this.tagValue = detection.tag.trim().replace(/^#/, "").toLowerCase();
  }

  /** True when detection looks at tags at all (else the note's tags need not be gathered). */
  get usesTags(): boolean {
    return this.tagValue !== "";
  }

  /** Could the note at `path`, with this front matter and cache, be an interview note? */
  mayBeInterview(path: string, fm: Record<string, unknown> | undefined, cache: CachedMetadata): boolean {
    const prefix = this.folderPrefix;
    if (prefix !== "" && path.length > prefix.length && mayStartWith(path, 0, prefix)) return true;
    const type = this.typeValue;
    const tag = this.tagValue;
    if (fm !== undefined) {
      if (type !== "") {
        const t = fm.type;
        if (t !== undefined && listMayMatch(t, type, false)) return true;
      }
      if (tag !== "") {
        const a = fm.tags;
        if (a !== undefined && listMayMatch(a, tag, true)) return true;
        const b = fm.tag;
        if (b !== undefined && listMayMatch(b, tag, true)) return true;
      }
    }
    if (tag !== "") {
      const inline = cache.tags;
      if (inline !== undefined) {
        for (let i = 0; i < inline.length; i++) if (textMayStartWith(inline[i].tag, tag, true)) return true;
      }
    }
    return false;
  }
}
