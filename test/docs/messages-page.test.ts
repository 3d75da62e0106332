/**
 * docs/messages.md and docs/notes.md show what the plugin writes: the example message is what
 * Insert next message writes for the example note, every placeholder is listed, every message
 * has its section, and the sample template uses only placeholders that exist.
 */
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseInterviewNote } from "../../src/core/note";
import { computeStatus } from "../../src/core/rules";
import { defaultSettings } from "../../src/core/settings";
import { PLACEHOLDERS, TEMPLATE_IDS, renderTemplate } from "../../src/core/templates";
import { US } from "../support/day-formats";
import { marked, readPage } from "./markdown";

const NOTES = readPage("docs/notes.md");
const MESSAGES = readPage("docs/messages.md");

describe("the example message", () => {
  it("is what Insert next message writes for the example note on Tuesday, December 15, 2026 (en-US)", () => {
    const yaml = /## An example note[\s\S]*?```yaml\n---\n([\s\S]*?)\n---\n```/.exec(NOTES)?.[1];
    expect(yaml).toBeDefined();
    const note = parseInterviewNote(parse(yaml!), "Interviews/Acme Analytics.md");
    expect(note.problems).toEqual([]);
    const settings = defaultSettings();
    settings.yourName = "Sam Okafor";
    settings.signature = "sam.okafor@example.org";
    const today = "2026-12-15";
    const status = computeStatus(note, { day: today, minutes: 9 * 60 }, { ...settings, dayFormat: US });
    expect(status.template).not.toBeNull();
    const shown = /^```markdown\n([\s\S]*?)```$/.exec(marked(MESSAGES, "example-message") ?? "")?.[1];
    expect(shown).toBe(renderTemplate(status.template!, note, status, settings, today, US).markdown);
  });
});

describe("every placeholder is documented for users", () => {
  for (const p of PLACEHOLDERS) {
    it(`{{${p.name}}}`, () => {
      expect(MESSAGES).toContain(`{{${p.name}}}`);
    });
  }

  it("the sample template uses only placeholders that exist", () => {
    const part = MESSAGES.split(/^## /m).find((s) => s.startsWith("Your own templates\n")) ?? "";
    const used = [...part.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(3);
    const known = new Set(PLACEHOLDERS.map((p) => p.name));
    expect(used.filter((name) => !known.has(name))).toEqual([]);
  });

  it("docs/messages.md has a section for every message and names every template id, and the README links to it", () => {
    for (const id of TEMPLATE_IDS) expect(MESSAGES, id).toContain(`(\`${id}\`)`);
    expect(readPage("README.md")).toContain("](docs/messages.md)");
  });
});
