/**
 * The badge on an interview note: what is due, in the state's colour, with the reason and rule
 * id on hover. Reading view gets it from a markdown post-processor (this file); Live Preview
 * from a CodeMirror extension (`live-preview.ts`). Both render with `renderBadge` (render/badge.ts).
 */
import { MarkdownRenderChild, setTooltip, type MarkdownPostProcessorContext } from "obsidian";
import { INDEX_EVENT, type FollowUpHost } from "../host";
import { renderBadge } from "../render/badge";
import { createBadgeExtension } from "./live-preview";
import { dayToDraw } from "./refresh";

/** Class of the element that holds a badge in reading view. */
export const BADGE_HOST_CLASS = "ifu-badge-host";

/**
 * Is `el` the top section of the rendered note? That is the frontmatter section when the note
 * has one (Obsidian gives it the class `mod-frontmatter`), else the section starting on line 0.
 */
export function isTopSection(el: HTMLElement, ctx: MarkdownPostProcessorContext): boolean {
  if (el.hasClass("mod-frontmatter")) return true;
  const info = ctx.getSectionInfo(el);
  return info !== null && info.lineStart === 0;
}

/**
 * Keeps one badge up to date in reading view. Its element is the badge's holder at the top of
 * the first section; Obsidian unloads it when that section is re-rendered or the note closes.
 */
export class BadgeRenderChild extends MarkdownRenderChild {
  /** How many times the badge rendered: for tests. */
  renderCount = 0;
  /** The index revision the badge shows. */
  private shown = -1;

  constructor(
    containerEl: HTMLElement,
    private readonly host: FollowUpHost,
    private readonly path: string,
  ) {
    super(containerEl);
  }

  onload(): void {
    this.registerEvent(
      this.host.app.workspace.on(INDEX_EVENT, (update) => {
        if (update.changed === null || update.changed.includes(this.path)) this.render();
      }),
    );
    this.render();
  }

  render(): void {
    const { index } = this.host;
    const today = dayToDraw(index, () => this.shown);
    if (today === null) return;
    this.shown = index.revision;
    this.renderCount++;
    const el = this.containerEl;
    el.empty();
    const status = index.get(this.path);
    el.toggleClass("ifu-hidden", status === undefined);
    if (status) renderBadge(el, status, today, index.dayFormat, { setTooltip });
  }
}

/** The reading-view post-processor: one badge holder at the top of the note's first section. */
export function badgePostProcessor(host: FollowUpHost): (el: HTMLElement, ctx: MarkdownPostProcessorContext) => void {
  return (el, ctx) => {
    if (!ctx.sourcePath || !isTopSection(el, ctx)) return;
    if (Array.from(el.children).some((child) => child.hasClass(BADGE_HOST_CLASS))) return;
    // Added to every note's top section, shown only while the note is an interview note: a
    // note opened before the index is ready, or that becomes one later, still gets its badge.
    const holder = el.createDiv({ cls: [BADGE_HOST_CLASS, "ifu-hidden"], prepend: true });
    ctx.addChild(new BadgeRenderChild(holder, host, ctx.sourcePath));
  };
}

/** Registers the reading-view badge and the Live Preview badge. */
export function registerBadges(host: FollowUpHost): void {
  host.registerMarkdownPostProcessor(badgePostProcessor(host));
  host.registerEditorExtension(createBadgeExtension(host));
}
