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
 */
import { MarkdownRenderChild } from "obsidian";
import { INDEX_EVENT, type FollowUpHost } from "./host";
import { parseAgendaOptions, renderAgendaBlock, type AgendaOptions } from "./render";

export const AGENDA_BLOCK_LANGUAGE = "followup";

export class AgendaBlockChild extends MarkdownRenderChild {
  private shown: number | null = null;
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
    this.registerEvent(this.host.app.workspace.on(INDEX_EVENT, () => this.render()));
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

  /** Renders when the index changed since the last render. */
  render(): void {
    const { index } = this.host;
    if (index.revision === this.shown) return;
    this.shown = index.revision;
    this.renderCount++;
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

