// Builds the two outputs: the plugin's main.js (CommonJS, mobile-safe) and the CLI (Node).
//   node esbuild.config.mjs production   both, once, main.js minified (npm run build)
//   node esbuild.config.mjs --watch      both, again on every change to src/ (npm run dev);
//                                        with VAULT=<path to a vault>, each new main.js is copied
//                                        with manifest.json and styles.css into that vault's
//                                        .obsidian/plugins/interview-followup/
import esbuild from "esbuild";
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { cliOptions, pluginOptions } from "./scripts/build-options.mjs";

const production = process.argv[2] === "production";
const watch = process.argv.includes("--watch");

// The options live in scripts/build-options.mjs, shared with the tests that check the bundles.
const plugin = pluginOptions({ production });
const cli = cliOptions();

/** Says when a watched output was rebuilt, and runs `after` when it built without errors. */
function announce(name, after = () => {}) {
  return {
    name: "announce",
    setup(build) {
      build.onEnd((result) => {
        const time = new Date().toLocaleTimeString();
        if (result.errors.length > 0) console.log(`${time} ${name}: ${result.errors.length} error(s), not written`);
        else {
          after();
          console.log(`${time} ${name} rebuilt`);
        }
      });
    },
  };
}

/** Copies the three files Obsidian loads into the vault named by VAULT, if any. */
function copyToVault() {
  const vault = process.env.VAULT;
  if (!vault) return;
  const { id } = JSON.parse(readFileSync("manifest.json", "utf8"));
  const dir = join(vault, ".obsidian", "plugins", id);
  mkdirSync(dir, { recursive: true });
  for (const file of ["main.js", "manifest.json", "styles.css"]) copyFileSync(file, join(dir, file));
}

if (watch) {
  const contexts = await Promise.all([
    esbuild.context({ ...plugin, plugins: [announce("main.js", copyToVault)] }),
    esbuild.context({ ...cli, plugins: [...cli.plugins, announce("dist/cli.js")] }),
  ]);
  await Promise.all(contexts.map((ctx) => ctx.watch()));
  console.log(`Watching src/ for main.js and dist/cli.js${process.env.VAULT ? `, copying the plugin into ${process.env.VAULT}` : ""}. Ctrl-C to stop.`);
} else {
  await Promise.all([esbuild.build(plugin), esbuild.build(cli)]);
}
