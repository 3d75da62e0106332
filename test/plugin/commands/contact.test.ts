// @vitest-environment happy-dom
/** The email app and the phone (commands/contact.ts). */
import { describe, expect, it, vi } from "vitest";
import { openInEditor, runCommand } from "../../support/obsidian";
import { ACME, ID, lastNotice, note, resetBetweenTests, settle, setup } from "./helpers";

resetBetweenTests();

describe("email app and phone", () => {
  it("opens the next email as a mailto: link with subject and body", async () => {
    const open = vi.spyOn(window, "open").mockImplementation(() => null);
    const { app } = await setup({ "Interviews/Acme.md": ACME }, { day: [2026, 11, 19] });
    await openInEditor(app, "Interviews/Acme.md");
    runCommand(app, ID("open-in-email-app"));
    await settle();
    expect(open).toHaveBeenCalledTimes(1);
    const url = String(open.mock.calls[0][0]);
    expect(url.startsWith("mailto:dana@acme.example?subject=Thank%20you%20%E2%80%94%20Analyst%20interview&body=Dear%20Dana%2C%0A%0A")).toBe(true);
    const body = decodeURIComponent(url.slice(url.indexOf("&body=") + 6));
    expect(body).not.toContain(">");
    expect(body).not.toContain("[!note]");
    expect(body.startsWith("Dear Dana,\n\nThank you for meeting with me on Wednesday, November 18")).toBe(true);
    expect(lastNotice()).toBe("Thank-you email opened in your email app. Log as sent");
  });

  it("calls with a tel: link of digits", async () => {
    const open = vi.spyOn(window, "open").mockImplementation(() => null);
    const { app } = await setup({ "Interviews/Phone.md": note("type: interview\ninterview_date: 2026-11-18\ninterviewer_phone: +1 (555) 010-0100") });
    await openInEditor(app, "Interviews/Phone.md");
    runCommand(app, ID("call-interviewer"));
    expect(open).toHaveBeenCalledWith("tel:+15550100100");
  });

  it("opens nothing when no email is due", async () => {
    const open = vi.spyOn(window, "open").mockImplementation(() => null);
    const { app } = await setup({ "Interviews/Soon.md": note("type: interview\ninterview_date: 2026-12-01") });
    await openInEditor(app, "Interviews/Soon.md");
    runCommand(app, ID("open-in-email-app"));
    await settle();
    expect(open).not.toHaveBeenCalled();
    expect(lastNotice()).toMatch(/^No email is due for this note\. Interview on .*\(R2\)$/);
  });
});
