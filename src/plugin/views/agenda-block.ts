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
 * Options are read by `parseBlockOptions` (core/block-options.ts); a line it cannot read shows as
 * a message in the block. Nothing here throws into Obsidian's renderer.
 *
 * Kept live like the sidebar (`Refresher`, refresh.ts): index events are gathered for
 * `BLOCK_REFRESH_MS` and cost one render, and only while the block is on screen; a block in a
 * hidden tab (or a hidden window) catches up when it is shown again. While the index's first build runs it says "Reading your
 * vault…", never "Nothing due."; a new day redraws it (the index fires `changed: null`).
 */
import { MarkdownRenderChild } from "obsidian";
import { parseBlockOptions, type BlockOptions } from "../../core/block-options";
import type { FollowUpHost } from "../host";
import { renderAgendaBlock } from "../render/block";
import { renderReading } from "../render/common";
import { dayToDraw, isOnScreen, Refresher } from "./refresh";

export const AGENDA_BLOCK_LANGUAGE = "followup";

/** How long index updates are gathered before a block renders once. */
export const BLOCK_REFRESH_MS = 100;

export class AgendaBlockChild extends MarkdownRenderChild {
  private shown: number | null = null;
  private readonly refresher = new Refresher({ isVisible: () => this.isVisible(), isStale: () => this.isStale(), draw: () => this.render() }, BLOCK_REFRESH_MS);
  /** How many times the block rendered: for tests. */
  renderCount = 0;

  constructor(
    containerEl: HTMLElement,
    private readonly host: FollowUpHost,
    private readonly options: BlockOptions,
    private readonly sourcePath: string,
  ) {
    super(containerEl);
  }

  onload(): void {
    this.containerEl.addClass("ifu-agenda-block");
    this.refresher.keepUp(this, this.host.app.workspace, this.containerEl);
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
    return isOnScreen(this.containerEl);
  }

  /** True when the index changed since the last render. */
  isStale(): boolean {
    return this.host.index.revision !== this.shown;
  }

  /** Renders if the index changed since the last render and the block is on screen. */
  refresh(): void {
    this.refresher.refresh();
  }

  /** Renders when the index changed since the last render. */
  render(): void {
    const { index } = this.host;
    const today = dayToDraw(index, () => this.shown);
    if (today === null) return;
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
        today,
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
    ctx.addChild(new AgendaBlockChild(el, host, parseBlockOptions(source), ctx.sourcePath));
  });
}

