/**
 * Vault paths as the settings, the `followup` block and new notes name folders.
 */

/** A folder name trimmed and without leading or trailing slashes; "" is the vault's root. */
export function trimFolder(folder: string): string {
  return folder.trim().replace(/^\/+|\/+$/g, "");
}
