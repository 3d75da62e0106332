/** Benchmark 4's empty floor (see start-floors.ts): a plugin that only reads its data. */
import { Plugin } from "obsidian";

export default class Empty extends Plugin {
  async onload(): Promise<void> {
    await this.loadData();
  }
}
