import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emailAddress, isSafeContactUrl, mailtoUrl, plainText, telUrl, wellFormed } from "../../src/core/mailto";

/** Splits a mailto: URL back into its decoded parts. */
function decode(url: string): { to: string; subject: string | null; body: string | null } {
  expect(url.startsWith("mailto:")).toBe(true);
  const rest = url.slice("mailto:".length);
  const q = rest.indexOf("?");
  const to = decodeURIComponent(q < 0 ? rest : rest.slice(0, q));
  let subject: string | null = null;
  let body: string | null = null;
  if (q >= 0) {
    for (const pair of rest.slice(q + 1).split("&")) {
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq);
      const value = decodeURIComponent(pair.slice(eq + 1));
      if (name === "subject") subject = value;
      else if (name === "body") body = value;
      else throw new Error(`unexpected field ${name}`);
    }
  }
  return { to, subject, body };
}

describe("mailtoUrl", () => {
  it("encodes commas, ampersands, ?, #, line breaks and non-ASCII, and decodes back exactly", () => {
    const subject = "Zoë Ñúñez — Lead, R&D? #1 = yes";
    const body = "Dear Zoë,\n\nQ&A: 100% sure? #hash, a+b=c; ' \" < > \\ / ~\r\nLine 3 😀 日本語\n";
    const url = mailtoUrl("zoe@acme.example", subject, body);
    expect(url.startsWith("mailto:zoe@acme.example?subject=")).toBe(true);
    expect(url).toContain("%0A");
    expect(url).not.toMatch(/[\s,#]|&(?!body=)/);
    expect(decode(url)).toEqual({ to: "zoe@acme.example", subject, body });
    expect(isSafeContactUrl(url)).toBe(true);
  });

  it("round-trips any text (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 80 }), fc.string({ unit: "binary", maxLength: 300 }), (subject, body) => {
        const url = mailtoUrl("a.b+jobs@example.co.uk", subject === "" ? null : subject, body);
        const d = decode(url);
        expect(d.to).toBe("a.b+jobs@example.co.uk");
        expect(d.subject).toBe(subject === "" ? null : subject);
        expect(d.body).toBe(body === "" ? null : body);
        expect(isSafeContactUrl(url)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("lone surrogates become U+FFFD instead of throwing", () => {
    const url = mailtoUrl(null, "a\uD800b", "c\uDC00d");
    expect(decode(url)).toEqual({ to: "", subject: "a\uFFFDb", body: "c\uFFFDd" });
    expect(wellFormed("ok 😀")).toBe("ok 😀");
  });

  it("takes the address out of 'Name <addr>' and drops what is not an address", () => {
    expect(emailAddress("Dana Reyes <dana@acme.example>")).toBe("dana@acme.example");
    expect(emailAddress("mailto:dana@acme.example")).toBe("dana@acme.example");
    expect(emailAddress("not an address")).toBeNull();
    expect(emailAddress("a@b.c?subject=x")).toBeNull();
    expect(emailAddress("a%40b@c.d")).toBeNull();
    expect(mailtoUrl("not an address", "S", "B")).toBe("mailto:?subject=S&body=B");
    // An address that tries to smuggle a query in is not an address: no recipient.
    expect(mailtoUrl("a@b.c?cc=evil@x.y", "S", "B")).toBe("mailto:?subject=S&body=B");
    expect(mailtoUrl("a@b.c&bcc=x@y.z", "S", "B")).toBe("mailto:?subject=S&body=B");
    expect(mailtoUrl("ana+jobs@acme.example", null, "")).toBe("mailto:ana%2Bjobs@acme.example");
  });
});

describe("telUrl", () => {
  it.each([
    ["+1 (555) 010-0100", "tel:+15550100100"],
    ["+44 20 7946 0018", "tel:+442079460018"],
    ["0044 20 7946 0018", "tel:+442079460018"],
    ["555.010.0100 ext. 12", "tel:5550100100"],
    ["555-0100 x9", "tel:5550100"],
    ["  020 7946 0018  ", "tel:02079460018"],
    ["+49 (0)30 1234567", "tel:+490301234567"],
  ])("%s → %s", (phone, url) => {
    expect(telUrl(phone)).toBe(url);
    expect(isSafeContactUrl(url)).toBe(true);
  });

  it("has no link for text without a number", () => {
    expect(telUrl("call reception")).toBeNull();
    expect(telUrl("")).toBeNull();
    expect(telUrl(null)).toBeNull();
    expect(telUrl("12")).toBeNull();
  });
});

describe("isSafeContactUrl", () => {
  it.each([
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "http://example.com",
    "https://example.com/?mailto:a@b.c",
    "file:///etc/passwd",
    "obsidian://open?vault=x",
    "mailto:a@b.c\njavascript:alert(1)",
    "mailto:a@b.c?subject=hi there",
    "mailto:a@b.c?subject=<script>",
    "mailto:javascript:alert(1)",
    "mailto://evil.example/x",
    "tel:+1 555",
    "tel:javascript:alert(1)",
    "tel:12a",
    "",
  ])("refuses %j", (url) => {
    expect(isSafeContactUrl(url)).toBe(false);
  });

  it("accepts what the builders make", () => {
    expect(isSafeContactUrl("mailto:")).toBe(true);
    expect(isSafeContactUrl("mailto:a@b.c")).toBe(true);
    expect(isSafeContactUrl(mailtoUrl("a@b.c", "S & T", "x\ny"))).toBe(true);
    expect(isSafeContactUrl("tel:+15550100")).toBe(true);
  });
});

describe("plainText", () => {
  it("strips the callout title and the quote prefixes", () => {
    expect(plainText("> [!note] Follow-up email — Wed 25 Nov 2026\n> Subject: S\n>\n> Dear Ana,\n>\n> Text\n")).toBe(
      "Subject: S\n\nDear Ana,\n\nText",
    );
  });
  it("leaves text that is not a callout alone", () => {
    expect(plainText("Dear Ana,\n> quoted\nText")).toBe("Dear Ana,\n> quoted\nText");
  });
});
