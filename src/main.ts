import { Plugin } from "obsidian";

export default class InterviewFollowUpPlugin extends Plugin {
  async onload(): Promise<void> {}
}
