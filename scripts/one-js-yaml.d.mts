import type { Plugin } from "esbuild";

/** Bundles gray-matter with the project's js-yaml 4 instead of its own js-yaml 3 (see one-js-yaml.mjs). */
export const oneJsYaml: Plugin;
