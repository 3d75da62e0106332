/**
 * `mailto:` and `tel:` links for a message, and the guard that lets only those two kinds of URL
 * be opened. Pure: building a link never opens anything.
 */

/** Replaces lone UTF-16 surrogates (which `encodeURIComponent` rejects) with U+FFFD. */
export function wellFormed(text: string): string {
  // A pair is kept whole; any surrogate left over is alone. (No regex lookbehind: older iOS lacks it.)
  return text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g, (m) => (m.length === 2 ? m : "\uFFFD"));
}

/** Plain text of a message that may be wrapped as a callout: drops `> [!note] …` and the `> ` prefixes. */
export function plainText(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  const quoted = lines.filter((l) => l.trim() !== "").every((l) => /^\s*>/.test(l));
  if (!quoted) return markdown.replace(/\r\n?/g, "\n");
  const out: string[] = [];
  for (const l of lines) {
    const inner = l.replace(/^\s*> ?/, "");
    if (out.length === 0 && /^\[![^\]]*\][+-]?/.test(inner)) continue;
    out.push(inner);
  }
  return out.join("\n").replace(/^\n+/, "").replace(/\s+$/, "");
}

/** The bare address from `Ana Lee <ana@acme.com>` or `mailto:ana@acme.com`; null when none. */
export function emailAddress(text: string | null | undefined): string | null {
  if (!text) return null;
  let t = text.trim();
  const angle = /<([^<>]+)>/.exec(t);
  if (angle) t = angle[1].trim();
  t = t.replace(/^mailto:/i, "");
  return /^[^\s@<>,;:"?&#/\\%]+@[^\s@<>,;:"?&#/\\%]+$/.test(t) ? t : null;
}

/**
 * `mailto:<to>?subject=…&body=…`. Every part is percent-encoded with `encodeURIComponent`
 * (commas, `&`, `?`, `#`, line breaks as `%0A`, non-ASCII as UTF-8), so decoding gives the exact
 * text back. Without a readable address the link has no recipient (the app asks for one).
 */
export function mailtoUrl(to: string | null | undefined, subject: string | null, body: string): string {
  const address = emailAddress(to);
  const recipient = address ? encodeURIComponent(wellFormed(address)).replace(/%40/g, "@") : "";
  const params: string[] = [];
  if (subject !== null && subject !== "") params.push(`subject=${encodeURIComponent(wellFormed(subject))}`);
  if (body !== "") params.push(`body=${encodeURIComponent(wellFormed(body))}`);
  return `mailto:${recipient}${params.length > 0 ? `?${params.join("&")}` : ""}`;
}

/**
 * A phone number as a `tel:` link: digits only, with a leading `+` kept; an extension
 * (`ext. 12`, `x12`) is dropped. Null when fewer than three digits remain.
 */
export function telUrl(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const main = phone.split(/\s*(?:ext\.?|extension|x|#|;|,)\s*\d/i)[0];
  const plus = /^\s*(?:\+|00(?=\d))/.test(main);
  let digits = main.replace(/\D/g, "");
  if (/^\s*00\d/.test(main)) digits = digits.slice(2);
  if (digits.length < 3 || digits.length > 20) return null;
  return `tel:${plus ? "+" : ""}${digits}`;
}

/**
 * True only for a `mailto:` link built as above or a `tel:` link of digits: no other scheme
 * (`javascript:`, `data:`, `http:`, `file:` …), no spaces or control characters.
 */
export function isSafeContactUrl(url: string): boolean {
  if (typeof url !== "string" || url.length > 100_000) return false;
  if (/[\s\p{Cc}]/u.test(url)) return false;
  if (/^tel:\+?\d{3,20}$/.test(url)) return true;
  if (!url.startsWith("mailto:")) return false;
  // After the scheme: an optional address, then an optional query of percent-encoded fields.
  return /^mailto:(?:[^?#/\\:<>"]+@[^?#/\\:<>"@]+)?(?:\?[A-Za-z]+=[A-Za-z0-9\-_.!~*'()%]*(?:&[A-Za-z]+=[A-Za-z0-9\-_.!~*'()%]*)*)?$/.test(url);
}
