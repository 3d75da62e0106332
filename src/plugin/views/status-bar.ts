/**
 * The status bar item (desktop only): "1 thank-you and 2 follow-ups due", counting overdue and due notes;
 * hidden when nothing is due; a click opens the sidebar.
 */
import { Platform } from "obsidian";
import { INDEX_EVENT, type FollowUpHost } from "../host";
import { renderStatusBar } from "../render/status-bar";

/** Adds the status bar item and keeps it current. Returns it (null on mobile, which has no status bar). */
export function registerStatusBar(host: FollowUpHost): HTMLElement | null {
  if (Platform.isMobile) return null;
  const el = host.addStatusBarItem();
  el.addClass("ifu-status-bar", "mod-clickable");
  let shown: number | null = null;
  const update = (): void => {
    const revision = host.index.revision;
    if (revision === shown) return;
    shown = revision;
    renderStatusBar(el, host.index.statuses());
  };
  host.registerDomEvent(el, "click", () => {
    void host.activateSidebar();
  });
  host.registerEvent(host.app.workspace.on(INDEX_EVENT, update));
  update();
  return el;
}
