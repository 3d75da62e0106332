/**
 * The `followup` code block: the agenda as a list of links, in any note, kept live.
 *
 * ````markdown
 * ```followup
 * show: overdue, due
 * folder: Interviews/2026
 * limit: 10
 * ```
 * ````
 * Options are read by `parseAgendaOptions` (render.ts); a line it cannot read shows as a message
 * in the block. Nothing here throws into Obsidian's renderer.
 *
 * Kept live like the sidebar: index events are gathered for `BLOCK_REFRESH_MS` and cost one
 * render, and only while the block is on screen; a block in a hidden tab (or a hidden window)
 * catches up when it is shown again. While the index's first build runs it says "Reading your
 * vault…", never "Nothing due."; a new day redraws it (the index fires `changed: null`).
 */
import { debounce, MarkdownRenderChild } from "obsidian";
import { INDEX_EVENT, type FollowUpHost } from "./host";
import { parseAgendaOptions, renderAgendaBlock, renderReading, type AgendaOptions } from "./render";

export const AGENDA_BLOCK_LANGUAGE = "followup";

/** How long index updates are gathered before a block renders once. */
export const BLOCK_REFRESH_MS = 100;

export class AgendaBlockChild extends MarkdownRenderChild {
  private shown: number | null = null;
  /** A burst of index updates costs one refresh, `BLOCK_REFRESH_MS` after the first. */
  private readonly refreshSoon = debounce(() => this.refresh(), BLOCK_REFRESH_MS);
  /** How many times the block rendered: for tests. */
  renderCount = 0;

  constructor(
    containerEl: HTMLElement,
    private readonly host: FollowUpHost,
    private readonly options: AgendaOptions,
    private readonly sourcePath: string,
  ) {
    super(containerEl);
  }

  onload(): void {
    this.containerEl.addClass("ifu-agenda-block");
    const ws = this.host.app.workspace;
    this.registerEvent(ws.on(INDEX_EVENT, () => this.refreshSoon()));
    this.registerEvent(ws.on("layout-change", () => this.refresh()));
    this.registerEvent(ws.on("active-leaf-change", () => this.refresh()));
    this.registerDomEvent(this.containerEl.doc, "visibilitychange", () => this.refresh());
    this.register(() => this.refreshSoon.cancel());
    // Page preview on hover, like the links Obsidian renders itself.
    this.registerDomEvent(this.containerEl, "mouseover", (evt) => {
      const target = evt.target;
      const link = target instanceof HTMLElement ? target.closest<HTMLElement>("a.internal-link") : null;
      const linktext = link?.getAttr("data-href");
      if (!link || !linktext) return;
      this.host.app.workspace.trigger("hover-link", {
        event: evt,
        source: "preview",
        hoverParent: this,
        targetEl: link,
        linktext,
        sourcePath: this.sourcePath,
      });
    });
    this.render();
  }

  /** On screen: attached, not in a hidden tab, in a visible window. */
  isVisible(): boolean {
    return this.containerEl.doc.visibilityState !== "hidden" && this.containerEl.isShown();
  }

  /** Renders if the index changed since the last render and the block is on screen. */
  refresh(): void {
    if (this.host.index.revision !== this.shown && this.isVisible()) this.render();
  }

  /** Renders when the index changed since the last render. */
  render(): void {
    const { index } = this.host;
    if (index.revision === this.shown) return;
    this.shown = index.revision;
    this.renderCount++;
    if (!index.ready) {
      // The first build fires an event when it ends; until then the block cannot know.
      this.containerEl.empty();
      renderReading(this.containerEl.createDiv({ cls: "ifu-agenda" }));
      return;
    }
    try {
      renderAgendaBlock(this.containerEl, index.agenda(this.options.folder ?? undefined), this.options, {
        today: index.today(),
        days: index.dayFormat,
        onOpen: (path, newTab) => void this.host.app.workspace.openLinkText(path, this.sourcePath, newTab),
      });
    } catch (err) {
      console.error("Interview follow-up: could not render the agenda block", err);
      this.containerEl.empty();
      this.containerEl.createDiv({ cls: "ifu-agenda-error", text: "The follow-up agenda could not be shown; see the developer console." });
    }
  }
}

/** Registers the `followup` code block processor. */
export function registerAgendaBlock(host: FollowUpHost): void {
  host.registerMarkdownCodeBlockProcessor(AGENDA_BLOCK_LANGUAGE, (source, el, ctx) => {
    ctx.addChild(new AgendaBlockChild(el, host, parseAgendaOptions(source), ctx.sourcePath));
  });
}

