// @vitest-environment happy-dom
/**
 * "Convert follow-ups to text entries" (issue 13, item 1) against the stand-in: offered in an
 * interview note only; converts through `processFrontMatter`, keeping every other property and
 * every byte of the body; refuses an entry it cannot convert faithfully with a notice naming
 * it, and then writes nothing at all.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { FollowUpSettings } from "../../../src/core/settings";
import { CONVERT_COMMAND_ID } from "../../../src/plugin/commands/convert";
import {
  DEFAULT_MANIFEST,
  assertNoEditorConflicts,
  clearNotices,
  createApp,
  isCommandAvailable,
  loadPlugin,
  notices,
  openInEditor,
  realTimeout__,
  runCommand,
  type App,
} from "../../support/obsidian";
import { useClock, type StandInClock } from "../../support/stand-in/clock";
import { EDITOR_SAVE_DELAY_MS } from "../../support/stand-in/workspace";
import { TestHost } from "./helpers";


const ID = `interview-followup:${CONVERT_COMMAND_ID}`;
const BODY = "\n# Notes\n\n- a list item: with a colon\n---\nStill the body, after a rule.\n";

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((r) => window.setTimeout(r, 0));
}

async function setup(files: Record<string, string>, settings?: (s: FollowUpSettings) => void) {
  const app = createApp({ files });
  const host = new TestHost(app, DEFAULT_MANIFEST);
  host.clock = () => new Date(2026, 10, 30, 10, 0); // Mon 30 Nov 2026, 10:00
  settings?.(host.settings);
  await loadPlugin(host);
  app.workspace.setLayoutReady__();
  await host.index.whenReady();
  return { app, host };
}

function read(app: App, path: string): string {
  return app.vault.readSync__(app.vault.getFileByPath(path)!);
}

function split(text: string): { fm: Record<string, unknown>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  return { fm: parse(m[1]) as Record<string, unknown>, body: m[2] };
}

function lastNotice(): string {
  return notices[notices.length - 1]?.message ?? "";
}

const MIXED = `---
type: interview
company: Acme
interview_date: 2026-11-18
thank_you_sent: 2026-11-18
follow_ups:
  - {date: 2026-11-20, channel: Linked In, note: "messaged Dana: no reply yet"}
  - 2026-11-24 email — as typed
  - date: 2026-11-26
    channel: voicemail
    next: 2026-12-01
outcome: pending
---
${BODY}`;

beforeEach(() => clearNotices());

describe("Convert follow-ups to text entries", () => {
  it("is offered in an interview note only", async () => {
    const { app } = await setup({ "Interviews/Acme.md": MIXED, "Other.md": "---\ntitle: x\n---\nText.\n" });
    expect(isCommandAvailable(app, ID)).toBe(false);
    await openInEditor(app, "Other.md");
    expect(isCommandAvailable(app, ID)).toBe(false);
    await openInEditor(app, "Interviews/Acme.md");
    expect(isCommandAvailable(app, ID)).toBe(true);
    expect(app.commands__.get(ID)).toMatchObject({ name: "Convert follow-ups to text entries" });
    expect(app.commands__.get(ID)?.hotkeys).toBeUndefined();
  });

  it("converts the mappings in place; every other property, the order and the body survive; the status is the same", async () => {
    const { app, host } = await setup({ "Interviews/Acme.md": MIXED });
    const before = split(read(app, "Interviews/Acme.md"));
    const status = host.index.get("Interviews/Acme.md");
    await openInEditor(app, "Interviews/Acme.md");
    runCommand(app, ID);
    await settle();
    expect(lastNotice()).toBe('Converted 2 follow-ups of "Acme" to text entries.');
    const after = split(read(app, "Interviews/Acme.md"));
    expect(after.body).toBe(before.body);
    expect(Object.keys(after.fm)).toEqual(Object.keys(before.fm));
    expect(after.fm).toEqual({
      ...before.fm,
      follow_ups: ["2026-11-20 linkedin — messaged Dana: no reply yet", "2026-11-24 email — as typed", "2026-11-26 voicemail next 2026-12-01"],
    });
    expect(host.index.get("Interviews/Acme.md")).toEqual(status);
  });

  it("refuses an entry it cannot convert faithfully: a notice names it, and the file is not written", async () => {
    const text = MIXED.replace("channel: voicemail", "channel: carrier pigeon");
    const { app } = await setup({ "Interviews/Acme.md": text });
    const writes = app.vault.writes__.length;
    await openInEditor(app, "Interviews/Acme.md");
    runCommand(app, ID);
    await settle();
    expect(lastNotice()).toBe(
      'Not converted: follow_ups[3].channel is "carrier pigeon" (expected email, phone, voicemail, message, linkedin or in-person). Fix it, or write it as a line of text, then try again. Nothing was changed.',
    );
    expect(read(app, "Interviews/Acme.md")).toBe(text);
    expect(app.vault.writes__.length).toBe(writes);
  });

  it("a note with nothing to convert is not written", async () => {
    const text = MIXED.replace(/follow_ups:[\s\S]*?outcome/, "follow_ups:\n  - 2026-11-24 email\noutcome");
    const { app } = await setup({ "Interviews/Acme.md": text });
    const writes = app.vault.writes__.length;
    await openInEditor(app, "Interviews/Acme.md");
    runCommand(app, ID);
    await settle();
    expect(lastNotice()).toBe('Nothing to convert: the follow-ups of "Acme" are already text entries.');
    expect(read(app, "Interviews/Acme.md")).toBe(text);
    expect(app.vault.writes__.length).toBe(writes);
  });

  it("a note with no follow-ups at all is told so, and not written", async () => {
    const text = MIXED.replace(/follow_ups:[\s\S]*?outcome/, "outcome");
    const { app } = await setup({ "Interviews/Acme.md": text });
    const writes = app.vault.writes__.length;
    await openInEditor(app, "Interviews/Acme.md");
    runCommand(app, ID);
    await settle();
    expect(lastNotice()).toBe('Nothing to convert: "Acme" has no follow-ups yet.');
    expect(read(app, "Interviews/Acme.md")).toBe(text);
    expect(app.vault.writes__.length).toBe(writes);
  });

  it("a note whose YAML cannot be read: 'Not converted', and no write", async () => {
    const text = "---\ntype: interview\ninterview_date: 2026-11-18\nfollow_ups: [{date: 2026-11-20\n---\nBody\n";
    const { app } = await setup({ "Interviews/Broken.md": text });
    await openInEditor(app, "Interviews/Broken.md");
    runCommand(app, ID);
    await settle();
    expect(lastNotice()).toMatch(/^Not converted: the properties of "Broken" could not be read \(.+\)\. Nothing was changed\.$/);
    expect(read(app, "Interviews/Broken.md")).toBe(text);
  });

  it("converts the key the note uses under a mapping", async () => {
    const text = "---\ntype: interview\ndate: 2026-11-18\ncontacts:\n  - {date: 2026-11-20, channel: call}\n---\nBody.\n";
    const { app } = await setup({ "Interviews/Acme.md": text }, (s) => {
      s.keys.interview_date = "date";
      s.keys.follow_ups = "contacts";
    });
    await openInEditor(app, "Interviews/Acme.md");
    runCommand(app, ID);
    await settle();
    expect(split(read(app, "Interviews/Acme.md")).fm).toEqual({ type: "interview", date: "2026-11-18", contacts: ["2026-11-20 phone"] });
  });
});

describe("with the note open in an editor that has not saved yet", () => {
  let clock: StandInClock | null = null;
  afterEach(() => {
    clock?.stop();
    clock = null;
  });

  it("converts what the editor shows, the entry just typed included, and keeps the typing", async () => {
    clock = useClock(new Date(2026, 10, 30, 10, 0));
    // Saved with text entries only: the metadata cache has nothing to convert, the editor will.
    const saved = MIXED.replace(/follow_ups:[\s\S]*?outcome/, "follow_ups:\n  - 2026-11-24 email — as typed\noutcome");
    const app = createApp({ files: { "Interviews/Acme.md": saved } });
    const plugin = new TestHost(app, DEFAULT_MANIFEST);
    plugin.clock = () => new Date(); // the running stand-in clock
    await loadPlugin(plugin);
    app.workspace.setLayoutReady__();
    await plugin.index.whenReady();
    const view = await openInEditor(app, "Interviews/Acme.md");
    const text = view.editor.getValue();
    const at = view.editor.offsetToPos(text.indexOf("outcome: pending"));
    view.editor.replaceRange("  - {date: 2026-11-27, channel: email, note: typed just now}\n", at);
    view.editor.replaceRange("Typed in the body too.\n", view.editor.offsetToPos(view.editor.getValue().length));
    expect(view.dirty__).toBe(true);
    expect(runCommand(app, ID)).toBe(true);
    for (let i = 0; i < 5; i++) {
      await clock.advance(0);
      await realTimeout__();
    }
    await clock.advance(EDITOR_SAVE_DELAY_MS * 2);
    await realTimeout__();
    const after = read(app, "Interviews/Acme.md");
    expect(lastNotice()).toBe('Converted 1 follow-up of "Acme" to text entries.');
    expect(split(after).fm.follow_ups).toEqual(["2026-11-24 email — as typed", "2026-11-27 email — typed just now"]);
    expect(after.endsWith(`${BODY}Typed in the body too.\n`)).toBe(true);
    expect(view.editor.getValue()).toBe(after);
    assertNoEditorConflicts(app);
  });
});
