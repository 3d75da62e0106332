// ESLint flat config: Obsidian's recommended rules (with typescript-eslint's type-checked set),
// plus the layering rules (src/core/ pure, render code without Obsidian, main.js mobile-safe)
// and no module-level mutable state.
import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import { builtinModules } from "node:module";

const nodeModules = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** The YAML libraries in node_modules: the CLI's reader (js-yaml, gray-matter) and the bench's `yaml`. */
const yamlLibraries = ["gray-matter", "js-yaml", "yaml"];

/** What main.js may not bundle: a YAML library or a Node built-in. */
const mobileSafePaths = [
  ...yamlLibraries.map((name) => ({ name, message: "main.js never bundles a YAML library; read app.metadataCache." })),
  ...nodeModules.map((name) => ({ name, message: "main.js must stay mobile-safe: no Node built-ins." })),
];

/** What src/core/ may not import: everything main.js may not bundle (the core is in main.js too), and Obsidian. */
const corePaths = [
  { name: "obsidian", message: "src/core/ is pure: no Obsidian API here." },
  ...mobileSafePaths.map(({ name }) => ({
    name,
    message: yamlLibraries.includes(name) ? "src/core/ is pure: YAML is read by the CLI or Obsidian." : "src/core/ is pure: no Node built-ins.",
  })),
];

export default defineConfig([
  globalIgnores([
    "node_modules/",
    "main.js",
    "dist/",
    "test/artifacts/",
    "coverage/",
    "examples/",
    "**/*.mjs",
    "**/*.js",
    "**/*.cjs",
  ]),
  ...obsidianmd.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ["eslint.config.*"],
        },
      },
    },
  },
  {
    // The core is pure: nothing from Obsidian, Node, the DOM libraries or the CLI's YAML reader.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: corePaths,
          patterns: [
            { group: ["**/plugin/**", "**/cli/**", "@codemirror/*"], message: "src/core/ imports only src/core/." },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "window", message: "src/core/ is pure: no DOM." },
        { name: "document", message: "src/core/ is pure: no DOM." },
        { name: "process", message: "src/core/ is pure: no process." },
      ],
    },
  },
  {
    // js-yaml is the CLI's YAML reader (src/cli/yaml-reader.ts, bundled into dist/cli.js only):
    // with its own schema it reads front matter about ten times faster than the `yaml` package
    // the preset suggests (npm run bench, section 3). main.js bundles no YAML library at all.
    files: ["package.json"],
    rules: { "depend/ban-dependencies": ["error", { presets: ["native", "microutilities", "preferred"], allowed: ["js-yaml"] }] },
  },
  {
    // The CLI, tests, benchmarks and tooling run on Node only.
    files: ["src/cli/**/*.ts", "test/**/*.ts", "bench/**/*.ts", "vitest.config.mts"],
    rules: { "obsidianmd/no-nodejs-modules": "off", "import/no-nodejs-modules": "off", "obsidianmd/hardcoded-config-path": "off", "no-undef": "off" },
  },
  {
    // Plugin code runs on mobile too: no Node built-ins in the bundle.
    files: ["src/plugin/**/*.ts", "src/main.ts"],
    rules: { "no-restricted-imports": ["error", { paths: mobileSafePaths }] },
  },
  {
    // The render functions take an element and data, and Obsidian's helpers as arguments: they
    // run without Obsidian (happy-dom tests, the browser test's page).
    files: ["src/plugin/render/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [...mobileSafePaths, { name: "obsidian", message: "src/plugin/render/ draws without Obsidian: take its helpers as arguments (UiHelpers)." }] },
      ],
    },
  },
  {
    // State lives on instances (the plugin, the index, a view), never in a module: a module's
    // variable outlives an unload and is shared by every vault open in the app.
    files: ["src/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "Program > VariableDeclaration[kind!='const'], Program > ExportNamedDeclaration > VariableDeclaration[kind!='const']",
          message: "No module-level mutable state: keep it on an instance (the host, the index, a view).",
        },
      ],
    },
  },
]);
