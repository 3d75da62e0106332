// @vitest-environment happy-dom
/**
 * The built main.js on an app with Bases (the stand-in, as 1.12) and on one without (1.7.2:
 * no Bases classes in the `obsidian` module, no `Plugin.registerBasesView`). The bundle must
 * load on both, and never touch `BasesView` where it is missing.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { BASES_VIEW_NAME, BASES_VIEW_TYPE } from "../../src/plugin/views/bases-view";
import { SIDEBAR_VIEW_TYPE } from "../../src/plugin/host";
import { builtMainJs, evaluateMainJs } from "../support/main-bundle";
import * as standIn from "../support/obsidian";
import { BASES_EXPORTS, basesOf__, createApp, DEFAULT_MANIFEST, loadPlugin, openBase__, stringifyYaml, withoutBases__, type App } from "../support/obsidian";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const COMMAND = `${DEFAULT_MANIFEST.id}:create-interviews-base`;

let code = "";
beforeAll(async () => {
  code = await builtMainJs(ROOT);
}, 60_000);

type Loaded = standIn.Plugin & { index: { whenReady(): Promise<void>; statuses(): unknown[] } };

const FILES = {
  "Interviews/Acme.md": `---\n${stringifyYaml({ company: "Acme", interview_date: "2026-11-18", interviewer_email: "dana@acme.test" })}---\nNotes.\n`,
  "Daily/2026-11-25.md": "Nothing.\n",
};

async function loadOn(obsidian: unknown, app: App): Promise<Loaded> {
  const Plugin = evaluateMainJs<new (app: unknown, manifest: unknown) => Loaded>(code, join(ROOT, "main.js"), [], obsidian);
  const plugin = await loadPlugin(new Plugin(app, DEFAULT_MANIFEST));
  app.workspace.setLayoutReady__();
  await plugin.index.whenReady();
  return plugin;
}

describe("main.js and Bases", () => {
  it("on 1.7.2 (no Bases): loads, registers the rest, and no Bases view or command", async () => {
    const old = withoutBases__(standIn);
    for (const name of BASES_EXPORTS) expect(old[name]).toBeUndefined();
    expect(Reflect.get((old.Plugin as typeof standIn.Plugin).prototype, "registerBasesView")).toBeUndefined();
    expect((old.requireApiVersion as (v: string) => boolean)("1.10.0")).toBe(false);
    const app = createApp({ files: FILES });
    const plugin = await loadOn(old, app);
    expect(plugin.index.statuses()).toHaveLength(1);
    expect(app.workspace.viewCreators__.has(SIDEBAR_VIEW_TYPE)).toBe(true);
    expect(basesOf__(app).views.size).toBe(0);
    expect(app.commands__.has(COMMAND)).toBe(false);
    expect(app.commands__.size).toBeGreaterThan(3);
    plugin.unload();
  });

  it("on 1.12 (Bases): registers the Follow-ups view and the command, and the view works", async () => {
    const app = createApp({ files: FILES });
    const plugin = await loadOn(standIn, app);
    expect(basesOf__(app).views.get(BASES_VIEW_TYPE)?.registration.name).toBe(BASES_VIEW_NAME);
    expect(app.commands__.get(COMMAND)?.name).toBe("Create interviews base");
    const base = openBase__(app, { type: BASES_VIEW_TYPE, files: Object.keys(FILES) });
    const rows = [...base.containerEl.querySelectorAll<HTMLElement>(".ifu-bases-row")];
    expect(rows.map((r) => [r.dataset.path, r.classList.contains("ifu-bases-other")])).toEqual([
      ["Interviews/Acme.md", false],
      ["Daily/2026-11-25.md", true],
    ]);
    base.close__();
    plugin.unload();
    expect(basesOf__(app).views.size).toBe(0);
  });
});
