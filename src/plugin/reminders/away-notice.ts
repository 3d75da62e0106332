/**
 * "While you were away": when Obsidian opens, one notice sums up what came due since the last
 * day the plugin ran on this device (`device.lastRunDay`), with a button to the sidebar.
 */
import { Notice } from "obsidian";
import { awayDigest } from "../../core/away";
import type { Day } from "../../core/types";
import type { FollowUpHost } from "../host";

/** How long the notice stays, in milliseconds. */
const AWAY_NOTICE_MS = 20_000;

/** Shows the notice when the setting is on and something came due since the last run day. */
export function showAwayNotice(host: FollowUpHost, today: Day): void {
  if (!host.settings.awayDigest) return;
  const digest = awayDigest(host.index.statuses(), host.device.lastRunDay, today);
  if (!digest) return;
  let notice: Notice | null = null;
  const message = createFragment((frag) => {
    frag.createSpan({ text: digest.message });
    const button = frag.createEl("button", { text: "Show follow-ups", cls: "ifu-notice-button" });
    host.registerDomEvent(button, "click", (evt) => {
      evt.stopPropagation();
      notice?.hide();
      void host.activateSidebar();
    });
  });
  notice = new Notice(message, AWAY_NOTICE_MS);
}

/** Records that the plugin ran on `day` (not saved: the caller saves); true when the day changed. */
export function markRunDay(host: FollowUpHost, day: Day): boolean {
  if (host.device.lastRunDay === day) return false;
  host.device.lastRunDay = day;
  return true;
}
