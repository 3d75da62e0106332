/**
 * The words of logging (core/log-wording.ts): one table per kind of value, so the form that
 * offers a value and the notice that confirms it name it the same way.
 */
import { describe, expect, it } from "vitest";
import { CHANNEL_VALUES, OUTCOME_VALUES } from "../../src/core/frontmatter-edits";
import { CHANNEL_LABELS, followUpLoggedText, OUTCOME_WORDS, outcomeSetText, replyLoggedText, snoozedText, thankYouMarkedText } from "../../src/core/log-wording";
import { DE, GB, US } from "../support/day-formats";

describe("the tables", () => {
  it("name every channel and every outcome, in sentence case, and nothing else", () => {
    expect(Object.keys(CHANNEL_LABELS).sort()).toEqual([...CHANNEL_VALUES].sort());
    expect(Object.keys(OUTCOME_WORDS).sort()).toEqual([...OUTCOME_VALUES].sort());
    for (const label of [...Object.values(CHANNEL_LABELS), ...Object.values(OUTCOME_WORDS).map((w) => w.label)]) {
      // Sentence case: one capital, but for the name LinkedIn and the pronoun I.
      expect(label.replace("LinkedIn", "Linkedin").replace(/\bI\b/g, "i")).toMatch(/^[A-Z][^A-Z]*$/);
    }
  });

  it("an outcome reads the same in the picker and in the notice", () => {
    for (const outcome of OUTCOME_VALUES) {
      const { label, name } = OUTCOME_WORDS[outcome];
      expect(outcomeSetText(outcome)).toBe(`Outcome set to ${name}.`);
      expect(label.toLowerCase()).toContain(name);
    }
    expect(outcomeSetText("next-round")).toBe("Outcome set to next round.");
  });
});

describe("the notices", () => {
  it("say what was logged, in one phrase per channel, when, and the agreed check-back day", () => {
    expect(followUpLoggedText({ date: "2026-11-25", channel: "email" }, US)).toBe("Logged a follow-up email on Wed, Nov 25.");
    expect(followUpLoggedText({ date: "2026-11-25", channel: "linkedin", next: "2026-12-02" }, GB)).toBe(
      "Logged a LinkedIn message on Wed 25 Nov; check back Wed 2 Dec.",
    );
    expect(followUpLoggedText({ date: "2026-11-25", channel: "in-person", next: null }, US)).toBe("Logged a meeting in person on Wed, Nov 25.");
    expect(followUpLoggedText({ date: "2026-11-25", channel: "message" }, US)).toBe("Logged a message left with a colleague on Wed, Nov 25.");
    expect(followUpLoggedText({ date: "2026-11-25", channel: "phone" }, US)).toBe("Logged a phone call on Wed, Nov 25.");
    expect(followUpLoggedText({ date: "2026-11-25", channel: "voicemail" }, US)).toBe("Logged a voicemail on Wed, Nov 25.");
  });

  it("end with one full stop, even after a day that ends in an abbreviation's point", () => {
    expect(replyLoggedText("2026-11-25", DE)).toBe(`Logged a reply on ${DE.short("2026-11-25")}`);
    expect(DE.short("2026-11-25").endsWith(".")).toBe(true);
    expect(snoozedText("2026-12-02", US)).toBe("Snoozed until Wed, Dec 2.");
  });

  it("say whether the thank-you was marked now or an earlier day was kept", () => {
    expect(thankYouMarkedText("2026-11-19", true, US)).toBe("Thank-you marked as sent on Thu, Nov 19.");
    expect(thankYouMarkedText("2026-11-19", false, US)).toBe("The thank-you was already marked as sent; its day is kept.");
  });
});
