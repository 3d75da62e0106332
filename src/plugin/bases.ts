/**
 * Bases (Obsidian 1.10+): the "Follow-ups" view and the "Create interviews base" command.
 * Neither exists on an older app, where this registers nothing.
 */
import { hasBasesApi, registerFollowUpBasesView } from "./bases-view";
import type { FollowUpHost } from "./host";
import { registerInterviewsBaseCommand } from "./interviews-base";

export function registerBases(host: FollowUpHost): void {
  if (!hasBasesApi(host)) return;
  registerFollowUpBasesView(host);
  registerInterviewsBaseCommand(host);
}
