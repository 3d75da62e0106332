// @vitest-environment happy-dom
/**
 * "Create interviews base": the `Interviews.base` it writes — a filter that selects exactly the
 * notes the detection settings select (checked by running the filter in the Bases stand-in over
 * a vault of edge cases and comparing with the plugin's index), columns under the user's key
 * names, a table and a Follow-ups view — where it goes, and that nothing is ever overwritten.
 */
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { defaultSettings, type FollowUpSettings } from "../../../src/core/settings";
import { registerCommands } from "../../../src/plugin/commands";
import { BASES_VIEW_NAME, BASES_VIEW_TYPE, registerFollowUpBasesView } from "../../../src/plugin/views/bases-view";
import { basesString, buildInterviewsBase, createInterviewsBase, interviewsBasePath } from "../../../src/plugin/commands/interviews-base";
import { aNote } from "../../support/note-builder";
import { clearNotices, createApp, DEFAULT_MANIFEST, loadPlugin, notices, openBase__, runCommand, type App, type OpenBase__ } from "../../support/obsidian";
import { note, ViewsTestHost } from "../test-host";

class BasesHost extends ViewsTestHost {
  override onload(): void {
    super.onload();
    registerFollowUpBasesView(this.host);
    registerCommands(this.host);
  }
}

const COMMAND = "interview-followup:create-interviews-base";
const opened: OpenBase__[] = [];

afterEach(() => {
  for (const base of opened.splice(0)) base.close__();
  clearNotices();
});

async function start(files: Record<string, string>, configure: (s: FollowUpSettings) => void = () => undefined) {
  const app = createApp({ files });
  const plugin = new BasesHost(app, DEFAULT_MANIFEST);
  configure(plugin.settings);
  await loadPlugin(plugin);
  app.workspace.setLayoutReady__();
  await plugin.index.whenReady();
  return { app, plugin };
}

/** Runs the command and waits for the file to be written and opened. */
async function create(app: App): Promise<void> {
  expect(runCommand(app, COMMAND)).toBe(true);
  for (let i = 0; i < 10; i++) await new Promise((r) => window.setTimeout(r, 0));
}

/** The paths the base's Follow-ups view lists, as the stand-in evaluates the file's filters. */
function basePaths(app: App, path: string): string[] {
  const base = openBase__(app, { file: path, view: BASES_VIEW_NAME });
  opened.push(base);
  return [...base.containerEl.querySelectorAll<HTMLElement>(".ifu-bases-row")].map((r) => r.dataset.path ?? "").sort();
}

const interviewPaths = (plugin: ViewsTestHost): string[] => plugin.index.statuses().map((s) => s.path).sort();

/** Notes at the edges of detection (spec §2), for the default settings plus a templates folder. */
const EDGES: Record<string, string> = {
  "Interviews/Plain.md": "No properties.\n",
  "Interviews/Round two/Deep.md": "Subfolder.\n",
  "Interviews/Photo.png": "binary",
  "Interviews Old/Prefix trap.md": "Not inside Interviews/.\n",
  "Jobs/Case.md": note({ type: "Interview", interview_date: "2026-11-18" }),
  "Jobs/List.md": note({ type: ["meeting", "interview"], interview_date: "2026-11-18" }),
  "Jobs/Spaces.md": note({ type: " interview ", interview_date: "2026-11-18" }),
  "Jobs/Plural.md": note({ type: "interviews" }),
  "Jobs/Number.md": note({ type: 5 }),
  "Jobs/Nested tag.md": note({ tags: ["interview/onsite"] }),
  "Jobs/Hash tag.md": note({ tags: "#Interview" }),
  "Jobs/Longer tag.md": note({ tags: ["interviewing"] }),
  "Jobs/Inline tag.md": "Talked to Dana. #interview\n",
  "Templates/Interview.md": note({ type: "interview", tags: ["interview"] }),
  "Templates/Deep/Tagged.md": "#interview\n",
  "Daily/2026-11-25.md": "Nothing.\n",
  "Acme.md": note(aNote().build()),
};

describe("the filter selects what the detection settings select", () => {
  it("with the default detection and a templates folder: every edge case agrees with the index", async () => {
    const { app, plugin } = await start(EDGES, (s) => (s.templatesFolder = "Templates"));
    await create(app);
    expect(app.vault.getFileByPath("Interviews/Interviews.base")).not.toBeNull();
    const expected = interviewPaths(plugin);
    // The detection itself, spelled out, so a change to it shows here too.
    expect(expected).toEqual(
      [
        "Acme.md",
        "Interviews/Plain.md",
        "Interviews/Round two/Deep.md",
        "Jobs/Case.md",
        "Jobs/Hash tag.md",
        "Jobs/Inline tag.md",
        "Jobs/List.md",
        "Jobs/Nested tag.md",
        "Jobs/Spaces.md",
      ].sort(),
    );
    expect(basePaths(app, "Interviews/Interviews.base")).toEqual(expected);
  });

  const variants: [string, (s: FollowUpSettings) => void][] = [
    ["type only", (s) => Object.assign(s.detection, { tag: "", folder: "" })],
    ["tag only", (s) => Object.assign(s.detection, { type: "", folder: "" })],
    ["folder only", (s) => Object.assign(s.detection, { type: "", tag: "" })],
    ["no templates folder", (s) => (s.templatesFolder = "")],
    ["a nested folder", (s) => Object.assign(s.detection, { folder: "Interviews/Round two/" })],
    ["a tag written with #, a type in capitals", (s) => Object.assign(s.detection, { tag: "#interview", type: "INTERVIEW" })],
  ];
  for (const [name, configure] of variants) {
    it(`with ${name}`, async () => {
      const { app, plugin } = await start(EDGES, (s) => {
        s.templatesFolder = "Templates";
        configure(s);
      });
      await create(app);
      expect(basePaths(app, "Interviews/Interviews.base")).toEqual(interviewPaths(plugin));
    });
  }

  it("with quotes and backslashes in the folder, tag and type: quoted so the filter still means them", async () => {
    const files = {
      'Job "hunt"/A.md': "In the folder.\n",
      "Job 'hunt'/B.md": "In the other folder.\n",
      "Both/C.md": note({ type: `It's "the" one` }),
      "Both/D.md": note({ type: "it's" }),
      "Tags/E.md": note({ tags: ["job's"] }),
      "Plain/F.md": "Nothing.\n",
    };
    for (const folder of ['Job "hunt"', "Job 'hunt'"]) {
      const { app, plugin } = await start(files, (s) => {
        s.detection = { type: `It's "the" one`, tag: "job's", folder };
        s.interviewFolder = "";
      });
      await create(app);
      const expected = interviewPaths(plugin);
      expect(expected).toEqual([`${folder}/${folder.includes('"') ? "A" : "B"}.md`, "Both/C.md", "Tags/E.md"].sort());
      expect(basePaths(app, "Interviews.base")).toEqual(expected);
    }
  });

  it("keeps the base file itself and attachments in the interview folder out", async () => {
    const { app } = await start({ "Interviews/A.md": "x\n", "Interviews/scan.pdf": "pdf" });
    await create(app);
    expect(basePaths(app, "Interviews/Interviews.base")).toEqual(["Interviews/A.md"]);
  });
});

describe("the file", () => {
  it("is YAML with the filter, display names, a table of the five columns and the Follow-ups view", () => {
    const settings = defaultSettings();
    settings.templatesFolder = "Templates";
    const base = parse(buildInterviewsBase(settings)) as Record<string, unknown>;
    expect(base.filters).toEqual({
      and: [
        'file.ext == "md"',
        {
          or: ['list(note.type).map(value.toString().trim().lower()).contains("interview")', 'file.hasTag("interview")', 'file.inFolder("Interviews")'],
        },
        { not: ['file.inFolder("Templates")'] },
      ],
    });
    expect(base.properties).toEqual({
      company: { displayName: "Company" },
      role: { displayName: "Role" },
      interview_date: { displayName: "Interview date" },
      stage: { displayName: "Stage" },
      outcome: { displayName: "Outcome" },
    });
    expect(base.views).toEqual([
      {
        type: "table",
        name: "Interviews",
        order: ["file.name", "note.company", "note.role", "note.interview_date", "note.stage", "note.outcome"],
        sort: [{ property: "note.interview_date", direction: "DESC" }],
      },
      { type: BASES_VIEW_TYPE, name: BASES_VIEW_NAME },
    ]);
  });

  it("names the columns by the user's key mapping", () => {
    const settings = defaultSettings();
    settings.keys.company = "employer";
    settings.keys.interview_date = "date";
    settings.keys.stage = "on"; // a YAML 1.1 boolean word, quoted so it stays a name
    settings.keys.outcome = "result: final";
    const base = parse(buildInterviewsBase(settings)) as { properties: Record<string, unknown>; views: { order?: string[]; sort?: unknown }[] };
    // A mapped name is read in addition to the default one, so each mapped column has the
    // default name's column beside it: a note written with either name shows its value.
    expect(Object.keys(base.properties)).toEqual(["employer", "company", "role", "date", "interview_date", "on", "stage", "result: final", "outcome"]);
    expect((base.properties as Record<string, { displayName: string }>).company.displayName).toBe("Company (company)");
    expect(base.views[0].order).toEqual([
      "file.name",
      "note.employer",
      "note.company",
      "note.role",
      "note.date",
      "note.interview_date",
      "note.on",
      "note.stage",
      "note.result: final",
      "note.outcome",
    ]);
    expect(base.views[0].sort).toEqual([
      { property: "note.date", direction: "DESC" },
      { property: "note.interview_date", direction: "DESC" },
    ]);
  });

  it("string literals: double quotes, single when the text holds a double quote, escapes only when it holds both", () => {
    expect(basesString("Interviews", "folder")).toBe('"Interviews"');
    expect(basesString('Job "hunt"', "folder")).toBe(`'Job "hunt"'`);
    expect(basesString(`It's "it"`, "type")).toBe(String.raw`"It's \"it\""`);
    expect(basesString(String.raw`a\b`, "folder")).toBe(String.raw`"a\\b"`);
    expect(() => basesString("two\nlines", "detection folder")).toThrow('The detection folder "two\nlines" holds a line break or a control character.');
  });

  it("goes in the interview folder, or the vault root when that setting is empty", () => {
    expect(interviewsBasePath({ interviewFolder: "Interviews" })).toBe("Interviews/Interviews.base");
    expect(interviewsBasePath({ interviewFolder: " /Job hunt/2026/ " })).toBe("Job hunt/2026/Interviews.base");
    expect(interviewsBasePath({ interviewFolder: "" })).toBe("Interviews.base");
  });
});

describe("the command", () => {
  it("writes the file with vault.create, creating the folder, then opens it", async () => {
    const { app, plugin } = await start({}, (s) => (s.interviewFolder = "Job hunt/2026"));
    await create(app);
    expect(app.vault.writes__.map((w) => `${w.op} ${w.path}`)).toEqual(["create-folder Job hunt", "create-folder Job hunt/2026", "create Job hunt/2026/Interviews.base"]);
    const file = app.vault.getFileByPath("Job hunt/2026/Interviews.base")!;
    expect(app.vault.readSync__(file)).toBe(buildInterviewsBase(plugin.settings));
    expect(app.workspace.opened__.map((o) => o.path)).toEqual(["Job hunt/2026/Interviews.base"]);
    expect(notices).toHaveLength(0);
  });

  it("never overwrites an existing file: a notice, and the file as it was", async () => {
    const mine = "views:\n  - type: table\n    name: Mine\n";
    const { app, plugin } = await start({ "Interviews/Interviews.base": mine });
    expect(await createInterviewsBase(plugin.host)).toBeNull();
    expect(app.vault.readSync__(app.vault.getFileByPath("Interviews/Interviews.base")!)).toBe(mine);
    expect(app.vault.writes__).toEqual([]);
    expect(notices.map((n) => n.message)).toEqual(['Not created: "Interviews/Interviews.base" already exists. Rename or move it to create a new one.']);
  });

  it("refuses, with a notice, when the detection settings select no notes", async () => {
    const { app, plugin } = await start({}, (s) => (s.detection = { type: " ", tag: "", folder: "/" }));
    expect(await createInterviewsBase(plugin.host)).toBeNull();
    expect(app.vault.writes__).toEqual([]);
    expect(notices.map((n) => n.message)).toEqual(["Not created: The detection settings select no notes: set a type, a tag or a folder for interview notes first."]);
  });

  it("reports a failed write in a notice (a file where the folder should be)", async () => {
    const { app, plugin } = await start({ Interviews: "a file, not a folder" });
    expect(await createInterviewsBase(plugin.host)).toBeNull();
    expect(notices.map((n) => n.message)).toEqual(['Not created: "Interviews" is a file, not a folder']);
    expect(app.vault.getFileByPath("Interviews/Interviews.base")).toBeNull();
  });

  it("the new base's Follow-ups view lists the interview notes, most urgent first", async () => {
    const files = {
      "Interviews/Acme.md": note(aNote().set("company", "Acme").interviewedOn("2026-11-18").thanked().build()),
      "Interviews/Globex.md": note(aNote().set("company", "Globex").thanked().withPhone().emailed("2026-11-05").interviewedOn("2026-10-28").build()),
      "Notes/Shopping.md": "Milk.\n",
    };
    const { app } = await start(files);
    await create(app);
    const base = openBase__(app, { file: "Interviews/Interviews.base", view: BASES_VIEW_NAME });
    opened.push(base);
    expect([...base.containerEl.querySelectorAll<HTMLElement>(".ifu-bases-row")].map((r) => [r.dataset.path, r.dataset.state])).toEqual([
      ["Interviews/Globex.md", "follow-up-overdue"],
      ["Interviews/Acme.md", "follow-up-due"],
    ]);
  });
});
