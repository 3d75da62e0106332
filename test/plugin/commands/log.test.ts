// @vitest-environment happy-dom
/** Logging into the frontmatter (commands/log.ts) and the forms that ask what to log (commands/forms.ts). */
import { describe, expect, it } from "vitest";
import { DayModal, LogFollowUpModal, OutcomeModal, SnoozeModal, type SnoozeChoice } from "../../../src/plugin/commands/modals";
import { openInEditor, runCommand, setInputValue } from "../../support/obsidian";
import { ACME, frontmatterOf, ID, isOpen, lastNotice, note, read, resetBetweenTests, settle, setup, suggester, topModal } from "./helpers";

resetBetweenTests();

describe("logging into the frontmatter", () => {
  const THANKED = note(`
type: interview
company: Acme
interview_date: 2026-11-18
thank_you_sent: 2026-11-18
interviewer_email: dana@acme.example
`, "\nBody stays.\n---\nStill body.\n");

  it("mark-thank-you-sent writes today's day and the state leaves thank-you-due", async () => {
    const { app, host } = await setup({ "Interviews/Acme.md": ACME }, { day: [2026, 11, 19] });
    expect(host.index.get("Interviews/Acme.md")?.state).toBe("thank-you-due");
    await openInEditor(app, "Interviews/Acme.md");
    expect(runCommand(app, ID("mark-thank-you-sent"))).toBe(true);
    await settle();
    const text = read(app, "Interviews/Acme.md");
    expect(text).toContain("\nthank_you_sent: 2026-11-19\n");
    expect(text.endsWith("---\n\n# Notes\n\nSome text.\n")).toBe(true);
    const s = host.index.get("Interviews/Acme.md")!;
    expect(s.state).toBe("waiting");
    expect(s.thankYouPending).toBe(false);
  });

  it("log-follow-up: the form writes a text entry `date channel next day — note` and the attempt number goes up", async () => {
    const { app, host } = await setup({ "Interviews/Acme.md": THANKED }, { day: [2026, 12, 10] });
    const before = host.index.get("Interviews/Acme.md")!;
    expect(before.state).toBe("follow-up-overdue");
    expect(before.attempt).toBe(1);
    await openInEditor(app, "Interviews/Acme.md");
    runCommand(app, ID("log-follow-up"));
    const modal = topModal(LogFollowUpModal);
    const inputs = [...modal.contentEl.querySelectorAll("input")];
    const select = modal.contentEl.querySelector("select")!;
    expect(inputs[0].value).toBe("2026-12-10");
    expect(select.value).toBe("email");
    setInputValue(inputs[0], "2026-12-09");
    setInputValue(select, "linkedin");
    setInputValue(inputs[1], "2026-12-16");
    setInputValue(inputs[2], "Sent to Dana on LinkedIn");
    modal.contentEl.querySelector<HTMLButtonElement>("button.mod-cta")!.click();
    await settle();
    expect(isOpen(modal)).toBe(false);
    expect(frontmatterOf(app, "Interviews/Acme.md").follow_ups).toEqual(["2026-12-09 linkedin next 2026-12-16 — Sent to Dana on LinkedIn"]);
    expect(read(app, "Interviews/Acme.md").endsWith("---\n\nBody stays.\n---\nStill body.\n")).toBe(true);
    const after = host.index.get("Interviews/Acme.md")!;
    expect(after.attempt).toBe(2);
    expect(after.rule).toBe("R6a");
    expect(lastNotice()).toBe("Logged a LinkedIn message on Wed, Dec 9; check back Wed, Dec 16.");
  });

  it("log-follow-up refuses bad days in the form and keeps it open", async () => {
    const { app } = await setup({ "Interviews/Acme.md": THANKED }, { day: [2026, 12, 10] });
    await openInEditor(app, "Interviews/Acme.md");
    runCommand(app, ID("log-follow-up"));
    const modal = topModal(LogFollowUpModal);
    modal.values.date = "2026-12-11";
    expect(modal.submit()).toBe("The day can't be after today (Thu, Dec 10).");
    modal.values.date = "12/10/2026";
    expect(modal.submit()).toBe("Enter the day as YYYY-MM-DD.");
    modal.values.date = "2026-12-10";
    modal.values.next = "2026-12-10";
    expect(modal.submit()).toBe("The check-back day must be after the day of the contact.");
    expect(modal.contentEl.querySelector(".ifu-form-error")?.textContent).toBe("The check-back day must be after the day of the contact.");
    expect(isOpen(modal)).toBe(true);
    expect(app.vault.writes__).toEqual([]);
  });

  it("log-reply writes last_reply (today by default) and the window follows R7", async () => {
    const { app, host } = await setup(
      { "Interviews/Acme.md": THANKED.replace("interviewer_email", "follow_ups: [2026-11-25]\ninterviewer_email") },
      { day: [2026, 11, 30] },
    );
    await openInEditor(app, "Interviews/Acme.md");
    runCommand(app, ID("log-reply"));
    const modal = topModal(DayModal);
    expect(modal.values.day).toBe("2026-11-30");
    modal.values.day = "2026-12-01";
    expect(modal.submit()).toMatch(/after today/);
    modal.values.day = "2026-11-27";
    expect(modal.submit()).toBeNull();
    await settle();
    expect(frontmatterOf(app, "Interviews/Acme.md").last_reply).toBe("2026-11-27");
    const s = host.index.get("Interviews/Acme.md")!;
    expect(s.rule).toBe("R7");
    expect(s.opens).toBe("2026-12-04");
  });

  it("set-outcome writes the chosen outcome; rejected closes with the rejection reply", async () => {
    const { app, host } = await setup({ "Interviews/Acme.md": THANKED }, { day: [2026, 12, 10] });
    await openInEditor(app, "Interviews/Acme.md");
    runCommand(app, ID("set-outcome"));
    const modal = suggester<string>(topModal(OutcomeModal));
    const all = await modal.suggest__("");
    expect(all).toEqual(["pending", "offer", "accepted", "rejected", "withdrawn", "next-round"]);
    expect(await modal.suggest__("rej")).toEqual(["rejected"]);
    modal.choose__("rejected");
    await settle();
    expect(frontmatterOf(app, "Interviews/Acme.md").outcome).toBe("rejected");
    const s = host.index.get("Interviews/Acme.md")!;
    expect(s.state).toBe("closed");
    expect(s.template).toBe("rejection-reply");
  });

  it("snooze: 1 week writes snoozed_until and moves the window (R11); 'Pick a day' asks for one", async () => {
    const { app, host } = await setup({ "Interviews/Acme.md": THANKED }, { day: [2026, 12, 10] });
    await openInEditor(app, "Interviews/Acme.md");
    runCommand(app, ID("snooze"));
    let modal = suggester<SnoozeChoice>(topModal(SnoozeModal));
    const choices = await modal.suggest__("");
    expect(choices.map((c) => c.label)).toEqual(["1 day", "3 days", "1 week", "Pick a day…"]);
    expect(modal.resultContainerEl.textContent).toContain("Thu, Dec 17");
    modal.choose__(choices[2]);
    await settle();
    expect(frontmatterOf(app, "Interviews/Acme.md").snoozed_until).toBe("2026-12-17");
    let s = host.index.get("Interviews/Acme.md")!;
    expect(s.state).toBe("waiting");
    expect(s.opens).toBe("2026-12-17");
    expect(s.reason).toContain("R11");

    runCommand(app, ID("snooze"));
    modal = suggester<SnoozeChoice>(topModal(SnoozeModal));
    modal.choose__((await modal.suggest__("pick"))[0]);
    const day = topModal(DayModal);
    expect(day.values.day).toBe("2026-12-11");
    day.values.day = "2026-12-10";
    expect(day.submit()).toBe("Pick a day after today.");
    day.values.day = "2027-01-04";
    expect(day.submit()).toBeNull();
    await settle();
    expect(frontmatterOf(app, "Interviews/Acme.md").snoozed_until).toBe("2027-01-04");
    s = host.index.get("Interviews/Acme.md")!;
    expect(s.opens).toBe("2027-01-04");
  });

  it("refuses a malformed follow_ups, names the key, and writes nothing", async () => {
    const text = note("type: interview\ninterview_date: 2026-11-18\nfollow_ups: yes\nthank_you_sent: true");
    const { app } = await setup({ "Interviews/Acme.md": text }, { day: [2026, 12, 10] });
    await openInEditor(app, "Interviews/Acme.md");
    runCommand(app, ID("log-follow-up"));
    topModal(LogFollowUpModal).submit();
    await settle();
    expect(lastNotice()).toBe('Not logged: follow_ups is "yes"; fix it to a list first.');
    expect(read(app, "Interviews/Acme.md")).toBe(text);
    expect(app.vault.writes__.filter((w) => w.op === "modify")).toEqual([]);
  });

  it("a note whose YAML cannot be read gets a notice and no write", async () => {
    const text = "---\ntype: interview\ninterview_date: [2026-11-18\n---\nBody\n";
    const { app, host } = await setup({ "Interviews/Broken.md": text });
    expect(host.index.get("Interviews/Broken.md")?.state).toBe("invalid");
    await openInEditor(app, "Interviews/Broken.md");
    runCommand(app, ID("mark-thank-you-sent"));
    await settle();
    expect(lastNotice()).toMatch(/^Not logged: the properties of "Broken" could not be read \(Flow sequence in block collection [^\n]*\)\. Nothing was changed\.$/);
    expect(read(app, "Interviews/Broken.md")).toBe(text);
    expect(app.vault.writes__).toEqual([]);
  });

  it("a refused or unreadable snooze or outcome says 'Not saved', not 'Not logged'", async () => {
    const listed = note("type: interview\ninterview_date: 2026-11-18\nthank_you_sent: true\noutcome: [pending, offer]");
    const broken = "---\ntype: interview\ninterview_date: [2026-11-18\n---\nBody\n";
    const { app } = await setup({ "Interviews/Listed.md": listed, "Interviews/Broken.md": broken }, { day: [2026, 12, 10] });
    await openInEditor(app, "Interviews/Listed.md");
    runCommand(app, ID("set-outcome"));
    suggester<string>(topModal(OutcomeModal)).choose__("offer");
    await settle();
    expect(lastNotice()).toBe('Not saved: outcome is "["pending","offer"]"; fix it to one word such as pending first.');

    await openInEditor(app, "Interviews/Broken.md");
    runCommand(app, ID("snooze"));
    const snooze = suggester<SnoozeChoice>(topModal(SnoozeModal));
    snooze.choose__((await snooze.suggest__("1 week"))[0]);
    await settle();
    expect(lastNotice()).toMatch(/^Not saved: the properties of "Broken" could not be read \(.+\)\. Nothing was changed\.$/);
    runCommand(app, ID("set-outcome"));
    suggester<string>(topModal(OutcomeModal)).choose__("offer");
    await settle();
    expect(lastNotice()).toMatch(/^Not saved: the properties of "Broken"/);
    expect(read(app, "Interviews/Listed.md")).toBe(listed);
    expect(read(app, "Interviews/Broken.md")).toBe(broken);
  });

  it("writes under the user's mapped key names", async () => {
    const { app } = await setup(
      { "Interviews/Acme.md": note("type: interview\ndate: 2026-11-18\nsent_thanks: false") },
      { day: [2026, 11, 19], settings: (s) => Object.assign(s.keys, { interview_date: "date", thank_you_sent: "sent_thanks" }) },
    );
    await openInEditor(app, "Interviews/Acme.md");
    runCommand(app, ID("mark-thank-you-sent"));
    await settle();
    const fm = frontmatterOf(app, "Interviews/Acme.md");
    expect(fm).toEqual({ type: "interview", date: "2026-11-18", sent_thanks: "2026-11-19" });
  });
});
