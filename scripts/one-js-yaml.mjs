// One YAML library in dist/cli.js. gray-matter requires its own js-yaml 3 only to build its
// default YAML engine (`safeLoad`), and the CLI replaces that engine on every call
// (src/cli/frontmatter.ts, SAFE_ENGINES), so the bundle carried a second js-yaml that never ran.
// This esbuild plugin hands gray-matter the project's js-yaml 4 instead, the same module the
// CLI's reader imports (src/cli/yaml-reader.ts): in it `safeLoad` and `safeDump` only throw
// ("removed in js-yaml 4"), so even a call that got past the engines could read nothing.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** @type {import('esbuild').Plugin} */
export const oneJsYaml = {
  name: "one-js-yaml",
  setup(build) {
    build.onResolve({ filter: /^js-yaml$/ }, async (args) => {
      if (!/[\\/]node_modules[\\/]gray-matter[\\/]/.test(args.importer)) return undefined;
      // Resolved as the project's own `import` of js-yaml is: the same file, bundled once.
      const ours = await build.resolve("js-yaml", { kind: "import-statement", resolveDir: root });
      return ours.errors.length > 0 ? { errors: ours.errors } : { path: ours.path };
    });
  },
};
