/** The README and docs/messages.md show what the plugin writes, and name every placeholder. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseInterviewNote } from "../../src/core/note";
import { computeStatus } from "../../src/core/rules";
import { defaultSettings } from "../../src/core/settings";
import { PLACEHOLDERS, TEMPLATE_IDS, renderTemplate } from "../../src/core/templates";

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const README = read("README.md");
const MESSAGES = read("docs/messages.md");

describe("the README's example message", () => {
  it("is what Insert next message writes for the README's example note on Tuesday 15 December 2026", () => {
    const yaml = /## The note format[\s\S]*?```yaml\n---\n([\s\S]*?)\n---\n```/.exec(README)?.[1];
    expect(yaml).toBeDefined();
    const note = parseInterviewNote(parse(yaml!), "Interviews/Acme Analytics.md");
    expect(note.problems).toEqual([]);
    const settings = defaultSettings();
    settings.yourName = "Sam Okafor";
    settings.signature = "sam.okafor@example.org";
    const today = "2026-12-15";
    const status = computeStatus(note, { day: today, minutes: 9 * 60 }, settings);
    expect(status.template).not.toBeNull();
    const shown = /<!-- example-message:start -->\n```markdown\n([\s\S]*?)```\n<!-- example-message:end -->/.exec(README)?.[1];
    expect(shown).toBe(renderTemplate(status.template!, note, status, settings, today).markdown);
  });
});

describe("every placeholder is documented for users", () => {
  for (const p of PLACEHOLDERS) {
    it(`{{${p.name}}}`, () => {
      expect(README).toContain(`{{${p.name}}}`);
      expect(MESSAGES).toContain(`{{${p.name}}}`);
    });
  }
  it("docs/messages.md has a section for every message, and the README links to it", () => {
    for (const id of TEMPLATE_IDS) expect(MESSAGES, id).toContain(`(\`${id}\`)`);
    expect(README).toContain("](docs/messages.md)");
    expect(MESSAGES).not.toMatch(/\.\.\/shared/);
  });
});
