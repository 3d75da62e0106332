/** Greeting (spec §5): the note's `greeting`, else first or full name by the setting, else "Hiring Manager"; scripts say the short form. */
import { describe, expect, it } from "vitest";
import type { GreetingForm } from "../../src/core/settings";
import { greetingProperty, interviewerNames, joinNames, shortName, spokenFullName, spokenName, writtenGreetingName } from "../../src/core/templates/greeting";
import type { TemplateId } from "../../src/core/types";
import { fullFrontmatter, fullSettings, noteOf, render } from "./templates-fixtures";

const who = (interviewer: string | null, greeting: string | null = null) => ({ interviewer, greeting });

describe("the names in interviewer", () => {
  it("one person, a panel, a note in parentheses", () => {
    expect(interviewerNames("Dana Reyes")).toEqual(["Dana Reyes"]);
    expect(interviewerNames("  Dana   Reyes ")).toEqual(["Dana Reyes"]);
    expect(interviewerNames("Dana Reyes, Sam Lee")).toEqual(["Dana Reyes", "Sam Lee"]);
    expect(interviewerNames("Dana Reyes and Sam Lee & Lee Park")).toEqual(["Dana Reyes", "Sam Lee", "Lee Park"]);
    expect(interviewerNames("Dana Reyes (Head of Data)")).toEqual(["Dana Reyes"]);
    expect(interviewerNames("Alexandra Sanderson")).toEqual(["Alexandra Sanderson"]); // "and" inside a name is not a separator
    expect(interviewerNames(null)).toEqual([]);
    expect(interviewerNames(" , ")).toEqual([]);
  });

  it("the short form: the first name, or a title with the surname", () => {
    expect(shortName("Dana Reyes")).toBe("Dana");
    expect(shortName("Dana")).toBe("Dana");
    expect(shortName("María José García")).toBe("María");
    expect(shortName("Dr. Dana Reyes")).toBe("Dr. Reyes");
    expect(shortName("Ms Reyes")).toBe("Ms Reyes");
    expect(shortName("Prof. Ada Lovelace King")).toBe("Prof. King");
    expect(shortName("Drew Barrymore")).toBe("Drew"); // "Drew" is not "Dr"
  });

  it("joins names as a person would say them", () => {
    expect(joinNames([])).toBe("");
    expect(joinNames(["Dana"])).toBe("Dana");
    expect(joinNames(["Dana", "Sam"])).toBe("Dana and Sam");
    expect(joinNames(["Dana", "Sam", "Lee"])).toBe("Dana, Sam and Lee");
  });

  it("who a script asks for: full names without brackets, any one of a panel; else the greeting", () => {
    expect(joinNames(["Dana Reyes", "Sam Lee", "Lee Park"], "or")).toBe("Dana Reyes, Sam Lee or Lee Park");
    expect(spokenFullName(who("Dana Reyes"))).toBe("Dana Reyes");
    expect(spokenFullName(who("Dana Reyes (Head of Data)"))).toBe("Dana Reyes");
    expect(spokenFullName(who("Dana Reyes, Sam Lee"))).toBe("Dana Reyes or Sam Lee");
    expect(spokenFullName(who("Dr. Dana Reyes", "Dana"))).toBe("Dr. Dana Reyes");
    expect(spokenFullName(who(null, "Dear Ms. Reyes,"))).toBe("Ms. Reyes");
    expect(spokenFullName(who(null))).toBeNull();
  });

  it("a greeting property typed with its salutation is not doubled", () => {
    expect(greetingProperty("Ms. Reyes")).toBe("Ms. Reyes");
    expect(greetingProperty("Dear Ms. Reyes,")).toBe("Ms. Reyes");
    expect(greetingProperty("Hi Dana!")).toBe("Dana");
    expect(greetingProperty("Dearbhla")).toBe("Dearbhla");
    expect(greetingProperty("Dear,")).toBeNull();
    expect(greetingProperty(null)).toBeNull();
  });
});

describe("who a message greets", () => {
  const cases: [string, ReturnType<typeof who>, GreetingForm, string | null, string | null][] = [
    // name, note, form, written, spoken
    ["greeting property wins", who("Dana Reyes", "Ms. Reyes"), "first-name", "Ms. Reyes", "Ms. Reyes"],
    ["greeting property wins over full name too", who("Dana Reyes", "Dr. Reyes"), "full-name", "Dr. Reyes", "Dr. Reyes"],
    ["first name (default)", who("Dana Reyes"), "first-name", "Dana", "Dana"],
    ["full name by setting; spoken stays short", who("Dana Reyes"), "full-name", "Dana Reyes", "Dana"],
    ["a panel", who("Dana Reyes, Sam Lee"), "first-name", "Dana and Sam", "Dana and Sam"],
    ["a panel, full names", who("Dana Reyes, Sam Lee"), "full-name", "Dana Reyes and Sam Lee", "Dana and Sam"],
    ["a title keeps the surname", who("Dr. Dana Reyes"), "first-name", "Dr. Reyes", "Dr. Reyes"],
    ["nobody named", who(null), "first-name", null, null],
    ["nobody named, full-name form", who(null), "full-name", null, null],
    ["greeting only", who(null, "Dana"), "first-name", "Dana", "Dana"],
  ];
  for (const [name, note, form, written, spoken] of cases) {
    it(name, () => {
      expect(writtenGreetingName(note, form)).toBe(written);
      expect(spokenName(note)).toBe(spoken);
    });
  }
});

describe("greetings in the rendered messages", () => {
  const WRITTEN: TemplateId[] = ["thank-you", "follow-up-1", "follow-up-2", "rejection-reply"];
  const SPOKEN: TemplateId[] = ["phone-script", "voicemail"];

  function renderWith(form: GreetingForm, set: (b: ReturnType<typeof fullFrontmatter>) => void = () => {}) {
    const b = fullFrontmatter();
    set(b);
    const s = fullSettings();
    s.greetingForm = form;
    return (id: TemplateId) => render(id, noteOf(b), "2026-11-25", s).body;
  }

  it("written messages follow the greeting form; scripts always say 'Hi Dana', never the full name", () => {
    const first = renderWith("first-name");
    const full = renderWith("full-name");
    for (const id of WRITTEN) {
      expect(first(id), id).toMatch(/^Dear Dana,\n/);
      expect(full(id), id).toMatch(/^Dear Dana Reyes,\n/);
    }
    for (const render of [first, full]) {
      for (const id of SPOKEN) {
        expect(render(id), id).toContain('"Hi Dana, this is Sam Okafor.');
        expect(render(id), id).not.toMatch(/Hi Dana Reyes/);
      }
      expect(render("message-with-colleague")).toContain("Please tell Dana that");
    }
  });

  it("the greeting property is used as written everywhere; without a name, 'Hiring Manager' in writing and a placeholder in scripts", () => {
    const titled = renderWith("full-name", (b) => b.set("greeting", "Ms. Reyes"));
    for (const id of WRITTEN) expect(titled(id), id).toMatch(/^Dear Ms\. Reyes,\n/);
    for (const id of SPOKEN) expect(titled(id), id).toContain('"Hi Ms. Reyes, this is Sam Okafor.');
    const nobody = renderWith("first-name", (b) => b.without("interviewer"));
    for (const id of WRITTEN) expect(nobody(id), id).toMatch(/^Dear Hiring Manager,\n/);
    for (const id of SPOKEN) expect(nobody(id), id).toContain("\"Hi [interviewer's name], this is Sam Okafor.");
    expect(nobody("phone-script")).toContain("Could I speak with [interviewer's name], please?");
  });

  it("asking a colleague for them uses the name as written, so they know whom you mean", () => {
    const first = renderWith("first-name");
    expect(first("phone-script")).toContain("Could I speak with Dana Reyes, please?");
    expect(first("message-with-colleague")).toContain("Could you pass a message on to Dana Reyes, please?");
  });

  it("asking for a panel or a name with a note in brackets: the names alone, any one of them", () => {
    const panel = renderWith("first-name", (b) => b.set("interviewer", "Dana Reyes, Sam Lee"));
    expect(panel("phone-script")).toContain("Could I speak with Dana Reyes or Sam Lee, please?");
    expect(panel("message-with-colleague")).toContain("Could you pass a message on to Dana Reyes or Sam Lee, please?");
    const noted = renderWith("first-name", (b) => b.set("interviewer", "Dana Reyes (Head of Data)"));
    expect(noted("phone-script")).toContain("Could I speak with Dana Reyes, please?");
    expect(noted("message-with-colleague")).not.toContain("Head of Data");
  });
});
