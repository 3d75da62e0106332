// Run by `npm version <patch|minor|major>`: copies the new version into manifest.json and
// records its minAppVersion in versions.json, then stages both for npm's version commit.
import { readFileSync, writeFileSync } from "node:fs";

const targetVersion = process.env.npm_package_version;
if (!targetVersion) {
  console.error("version-bump: run through `npm version`, which sets npm_package_version");
  process.exit(1);
}
const manifest = JSON.parse(readFileSync("manifest.json", "utf8"));
const { minAppVersion } = manifest;
manifest.version = targetVersion;
writeFileSync("manifest.json", `${JSON.stringify(manifest, null, 2)}\n`);

const versions = JSON.parse(readFileSync("versions.json", "utf8"));
if (!Object.values(versions).includes(minAppVersion) || versions[targetVersion] === undefined) {
  versions[targetVersion] = minAppVersion;
}
writeFileSync("versions.json", `${JSON.stringify(versions, null, 2)}\n`);
