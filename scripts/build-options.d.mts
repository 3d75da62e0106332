import type { BuildOptions, Plugin } from "esbuild";

/** The repository's folder. */
export const ROOT: string;
/** The first line of main.js. */
export const PLUGIN_BANNER: string;
/** main.js's build options (see build-options.mjs); `production` defaults to true. */
export function pluginOptions(options?: { root?: string; production?: boolean }): BuildOptions;
/** dist/cli.js's build options (see build-options.mjs). */
export function cliOptions(options?: { root?: string }): BuildOptions & { plugins: Plugin[] };
