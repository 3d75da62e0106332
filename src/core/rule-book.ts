/**
 * The rules as data (spec §3): each rule id with what it says, where the advice comes from, and
 * worked examples `{note, today, expect}`. One test runs every example through the engine, and
 * docs/rules.md is generated from this list (`rule-docs.ts`, `npm run docs:rules`), so the three
 * cannot drift apart.
 */
import type { Day, FollowUpStatus } from "./types";

export type RuleBookId =
  | "R0" | "R1" | "R2" | "R3" | "R4a" | "R4b" | "R4c" | "R4d" | "R5"
  | "R6a" | "R6b" | "R6c" | "R6d" | "R7" | "R8" | "R9" | "R10a" | "R10b" | "R11";

export interface RuleExample {
  /** What the example shows, in a few words. */
  title: string;
  /** Frontmatter as a user writes it. */
  note: Record<string, unknown>;
  today: Day;
  /** Optional time of day for "now", as `HH:MM` (default: start of the day). */
  time?: string;
  holidays?: Day[];
  maxAttempts?: number;
  /** The fields of the status this example pins down. */
  expect: Partial<FollowUpStatus>;
  /** A fragment the reason must contain. */
  reasonIncludes?: string;
  /** A word the reason must not contain (R5: no other channel). */
  reasonExcludes?: string;
}

export interface RuleEntry {
  id: RuleBookId;
  title: string;
  /** One line a user understands. */
  description: string;
  /** Source numbers of FOLLOWUP-RULES.md (000–004). */
  sources: string[];
  examples: RuleExample[];
}

/** Interview on Wednesday 18 November 2026, email known: the spec's worked example. */
const base = {
  type: "interview",
  company: "Acme",
  role: "Analyst",
  interviewer: "Dana Reyes",
  interviewer_email: "dana@acme.example",
  interview_date: "2026-11-18",
};
const sent = { ...base, thank_you_sent: "2026-11-18" };

/** The note the examples start from: docs/rules.md shows each example as what it changes here. */
export const EXAMPLE_NOTE: Readonly<Record<string, unknown>> = base;

export const RULE_BOOK: readonly RuleEntry[] = [
  {
    id: "R0",
    title: "Invalid",
    description: "An interview note without a readable `interview_date` needs fixing before anything can be planned.",
    sources: [],
    examples: [
      { title: "missing date", note: { type: "interview", company: "Acme" }, today: "2026-11-25", expect: { state: "invalid", action: "none", rule: "R0", opens: null } },
      {
        title: "impossible date",
        note: { ...base, interview_date: "2026-13-45" },
        today: "2026-11-25",
        expect: { state: "invalid", rule: "R0", problems: [{ key: "interview_date", value: "2026-13-45", message: "there is no month 13 (a date is written year-month-day, like 2026-11-18)" }] },
        reasonIncludes: "interview_date",
      },
      {
        title: "a day that does not exist",
        note: { ...base, interview_date: "2026-11-31" },
        today: "2026-11-25",
        expect: { state: "invalid", rule: "R0", problems: [{ key: "interview_date", value: "2026-11-31", message: "there is no November 31 (November has 30 days)" }] },
        reasonIncludes: '"2026-11-31" is not a real day (there is no November 31: November has 30 days)',
      },
      {
        title: "a follow-up after today is a problem even without a readable date",
        note: { ...base, interview_date: "soon", follow_ups: ["2026-12-10 email"] },
        today: "2026-11-25",
        expect: {
          state: "invalid",
          rule: "R0",
          problems: [
            { key: "interview_date", value: "soon", message: "expected a date like 2026-11-18 or 2026-11-18 14:00" },
            { key: "follow_ups[1]", value: "2026-12-10", message: "is after today; attempt ignored until that day" },
          ],
        },
      },
    ],
  },
  {
    id: "R1",
    title: "Closed",
    description: "An offer, acceptance, rejection or withdrawal closes the note; a rejection gets a gracious reply. `next-round` closes too, after its thank-you.",
    sources: ["004"],
    examples: [
      { title: "offer", note: { ...base, outcome: "offer" }, today: "2026-11-25", expect: { state: "closed", rule: "R1", template: null } },
      { title: "rejected", note: { ...base, outcome: "Rejected" }, today: "2026-11-25", expect: { state: "closed", rule: "R1", template: "rejection-reply" } },
      { title: "next round, thank-you still due", note: { ...base, outcome: "next round" }, today: "2026-11-19", expect: { state: "thank-you-due", rule: "R3" } },
      { title: "next round, after 48 hours", note: { ...base, outcome: "next-round" }, today: "2026-11-23", expect: { state: "closed", rule: "R1" } },
    ],
  },
  {
    id: "R2",
    title: "Upcoming",
    description: "Before the interview: prepare, and ask when they decide, how they like to be contacted and whether you may check in.",
    sources: ["001", "002"],
    examples: [
      { title: "next week", note: { ...base, interview_date: "2026-11-30" }, today: "2026-11-25", expect: { state: "upcoming", action: "prepare", opens: "2026-11-30", dueBy: null, rule: "R2" } },
      { title: "later today", note: { ...base, interview_date: "2026-11-25 14:00" }, today: "2026-11-25", expect: { state: "upcoming", opens: "2026-11-25" } },
      { title: "earlier today", note: { ...base, interview_date: "2026-11-25T09:30" }, today: "2026-11-25", time: "11:00", expect: { state: "thank-you-due", rule: "R3" } },
    ],
  },
  {
    id: "R3",
    title: "Thank-you",
    description: "Send a thank-you, ideally by the next day and at the latest 48 hours after; late beats never. Until the first follow-up window opens.",
    sources: ["000", "002", "003", "004"],
    examples: [
      { title: "the same day", note: base, today: "2026-11-18", expect: { state: "thank-you-due", opens: "2026-11-18", dueBy: "2026-11-20", template: "thank-you", thankYouPending: true } },
      { title: "the day after", note: base, today: "2026-11-19", expect: { state: "thank-you-due", action: "send-thank-you", rule: "R3" } },
      { title: "late", note: base, today: "2026-11-23", expect: { state: "thank-you-overdue", rule: "R3" } },
      { title: "`no` means not sent", note: { ...base, thank_you_sent: "no" }, today: "2026-11-19", expect: { state: "thank-you-due" } },
      { title: "`done` means sent", note: { ...base, thank_you_sent: "done" }, today: "2026-11-19", expect: { state: "waiting", rule: "R4c", thankYouPending: false } },
      { title: "`sent` means sent", note: { ...base, thank_you_sent: "Sent" }, today: "2026-11-19", expect: { state: "waiting", thankYouPending: false } },
      { title: "sent", note: sent, today: "2026-11-19", expect: { state: "waiting", rule: "R4c", thankYouPending: false } },
    ],
  },
  {
    id: "R4a",
    title: "Agreed check-back day",
    description: "A day you agreed to check in (`check_back`), with no contact since the interview: follow up that day or the next business day.",
    sources: ["000", "001"],
    examples: [
      { title: "before the day", note: { ...sent, check_back: "2026-12-01" }, today: "2026-11-25", expect: { state: "waiting", rule: "R4a", opens: "2026-12-01", dueBy: "2026-12-02" } },
      { title: "on the day", note: { ...sent, check_back: "2026-12-01" }, today: "2026-12-01", expect: { state: "follow-up-due", rule: "R4a", attempt: 1 } },
      { title: "stays overdue until logged", note: { ...sent, check_back: "2026-12-01" }, today: "2026-12-10", expect: { state: "follow-up-overdue", rule: "R4a" } },
    ],
  },
  {
    id: "R4b",
    title: "After their decision day",
    description: "When they named a decision day (or a timeline such as \"2 weeks\", \"a week or two\", \"within 10 bd\"), follow up 1–3 business days after it.",
    sources: ["000", "002"],
    examples: [
      { title: "decision_date", note: { ...sent, decision_date: "2026-11-27" }, today: "2026-11-30", expect: { state: "follow-up-due", rule: "R4b", opens: "2026-11-30", dueBy: "2026-12-02" } },
      { title: "two weeks", note: { ...sent, decision_timeline: "2 weeks" }, today: "2026-12-03", expect: { state: "follow-up-due", rule: "R4b", opens: "2026-12-03", dueBy: "2026-12-07" } },
      { title: "a range counts to its upper end", note: { ...sent, decision_timeline: "1-2 weeks" }, today: "2026-11-25", expect: { state: "waiting", opens: "2026-12-03", dueBy: "2026-12-07" } },
      { title: "business days", note: { ...sent, decision_timeline: "ten business days" }, today: "2026-11-25", expect: { opens: "2026-12-03", dueBy: "2026-12-07" } },
      { title: "a month", note: { ...sent, decision_timeline: "a month" }, today: "2026-11-25", expect: { opens: "2026-12-21", dueBy: "2026-12-23" } },
      {
        title: "a week or two",
        note: { ...sent, decision_timeline: "a week or two" },
        today: "2026-11-25",
        expect: { rule: "R4b", opens: "2026-12-03", dueBy: "2026-12-07" },
        reasonIncludes: "within a week or two of the interview (by Wed 2 Dec)",
      },
      { title: "within a fortnight", note: { ...sent, decision_timeline: "within a fortnight" }, today: "2026-11-25", expect: { rule: "R4b", opens: "2026-12-03", dueBy: "2026-12-07" } },
      { title: "a couple of weeks", note: { ...sent, decision_timeline: "a couple of weeks" }, today: "2026-11-25", expect: { opens: "2026-12-03" } },
      { title: "about 3 wks", note: { ...sent, decision_timeline: "about 3 wks" }, today: "2026-11-25", expect: { opens: "2026-12-10", dueBy: "2026-12-14" } },
      { title: "a few weeks", note: { ...sent, decision_timeline: "a few weeks" }, today: "2026-11-25", expect: { opens: "2026-12-10", dueBy: "2026-12-14" } },
      { title: "two or three weeks", note: { ...sent, decision_timeline: "two or three weeks" }, today: "2026-11-25", expect: { opens: "2026-12-10" } },
      { title: "in 10 bd", note: { ...sent, decision_timeline: "in 10 bd" }, today: "2026-11-25", expect: { opens: "2026-12-03", dueBy: "2026-12-07" } },
    ],
  },
  {
    id: "R4c",
    title: "No timeline",
    description: "No timeline and no contact yet: follow up 5 to 10 business days after the interview.",
    sources: ["001", "002", "003"],
    examples: [
      {
        title: "the worked example",
        note: base,
        today: "2026-11-25",
        expect: { state: "follow-up-due", rule: "R4c", channel: "email", attempt: 1, template: "follow-up-1", opens: "2026-11-25", dueBy: "2026-12-02", thankYouPending: true },
      },
      { title: "overdue", note: base, today: "2026-12-03", expect: { state: "follow-up-overdue", rule: "R4c" } },
      { title: "holidays move it", note: base, today: "2026-11-25", holidays: ["2026-11-26", "2026-11-27"], expect: { opens: "2026-11-25", dueBy: "2026-12-04" } },
    ],
  },
  {
    id: "R4d",
    title: "Final interview, no timeline",
    description: "After a final interview with no timeline, give it two weeks: 10 to 15 business days.",
    sources: ["002"],
    examples: [
      { title: "waiting", note: { ...sent, stage: "Final round" }, today: "2026-12-01", expect: { state: "waiting", rule: "R4d", opens: "2026-12-02", dueBy: "2026-12-09" } },
      { title: "due", note: { ...sent, stage: "final" }, today: "2026-12-02", expect: { state: "follow-up-due", rule: "R4d" } },
      { title: "`final_round` is final", note: { ...sent, stage: "final_round" }, today: "2026-12-01", expect: { state: "waiting", rule: "R4d", opens: "2026-12-02" } },
      { title: "`semi-final` is final", note: { ...sent, stage: "semi-final" }, today: "2026-12-01", expect: { rule: "R4d" } },
      { title: "only the word final counts", note: { ...sent, stage: "semifinalist" }, today: "2026-11-25", expect: { rule: "R4c" } },
    ],
  },
  {
    id: "R5",
    title: "Channel",
    description:
      "Use the channel they prefer; otherwise email when you have an address, phone when you only have a number. Every reason recommends that channel and no other; a call is offered beside it only when they allowed one and you have a number.",
    sources: ["000", "001", "002"],
    examples: [
      { title: "preferred phone", note: { ...sent, preferred_channel: "Call", interviewer_phone: "+1 555 0100" }, today: "2026-11-25", expect: { channel: "phone", template: "phone-script", alternatives: ["email"] } },
      { title: "only a phone number", note: { ...sent, interviewer_email: null, interviewer_phone: "+1 555 0100" }, today: "2026-11-25", expect: { channel: "phone", alternatives: [] } },
      { title: "nothing known", note: { ...sent, interviewer_email: "" }, today: "2026-11-25", expect: { channel: "email" }, reasonIncludes: "company's site" },
      {
        title: "they said you may call",
        note: { ...sent, call_ok: true, interviewer_phone: "+1 555 0100" },
        today: "2026-11-25",
        expect: { channel: "email", alternatives: ["phone"] },
        reasonExcludes: "call",
      },
      { title: "a call needs a number", note: { ...sent, call_ok: true }, today: "2026-11-25", expect: { channel: "email", alternatives: [] } },
      {
        title: "they prefer email: no call after an unanswered email",
        note: { ...sent, preferred_channel: "email", interviewer_phone: "+1 555 0100", follow_ups: ["2026-11-25 email"] },
        today: "2026-12-02",
        expect: { rule: "R6c", channel: "email", template: "follow-up-2" },
        reasonExcludes: "call",
      },
    ],
  },
  {
    id: "R6a",
    title: "Day agreed during a contact",
    description: "When your last contact set a check-back day (`next`), follow up that day or the next business day.",
    sources: ["000", "001"],
    examples: [
      {
        title: "next from an email",
        note: { ...sent, follow_ups: [{ date: "2026-11-25", channel: "email", next: "2026-12-04" }] },
        today: "2026-12-04",
        expect: { state: "follow-up-due", rule: "R6a", opens: "2026-12-04", dueBy: "2026-12-07", attempt: 2, template: "follow-up-2" },
      },
      {
        title: "next in a text entry",
        note: { ...sent, follow_ups: ["2026-11-25 phone next 2026-12-04 — Dana said the panel meets on the 3rd"] },
        today: "2026-12-04",
        expect: { state: "follow-up-due", rule: "R6a", opens: "2026-12-04", dueBy: "2026-12-07", attempt: 1, template: "follow-up-1" },
      },
    ],
  },
  {
    id: "R6b",
    title: "After a voicemail or message",
    description:
      "After a voicemail or a message left with a colleague, follow up in writing 2–3 business days later: an email, or a LinkedIn message when they prefer LinkedIn; when they prefer the phone, call again.",
    sources: ["000"],
    examples: [
      {
        title: "the worked example",
        note: { ...sent, follow_ups: [{ date: "2026-11-26", channel: "voicemail" }] },
        today: "2026-11-27",
        expect: { state: "waiting", rule: "R6b", opens: "2026-11-30", dueBy: "2026-12-01", channel: "email", attempt: 2, template: "follow-up-1" },
      },
      {
        title: "with holidays",
        note: { ...sent, follow_ups: [{ date: "2026-11-26", channel: "voicemail" }] },
        today: "2026-11-27",
        holidays: ["2026-11-26", "2026-11-27"],
        expect: { opens: "2026-12-01", dueBy: "2026-12-02" },
      },
      {
        title: "written as a text entry",
        note: { ...sent, follow_ups: ["2026-11-26 voicemail — left with reception"] },
        today: "2026-11-27",
        expect: { state: "waiting", rule: "R6b", opens: "2026-11-30", dueBy: "2026-12-01", channel: "email", attempt: 2 },
      },
      {
        title: "they prefer the phone: call again",
        note: { ...sent, preferred_channel: "phone", interviewer_phone: "+1 555 0100", follow_ups: ["2026-11-26 voicemail"] },
        today: "2026-11-30",
        expect: { state: "follow-up-due", rule: "R6b", channel: "phone", template: "phone-script" },
        reasonIncludes: "Call them again",
        reasonExcludes: "email",
      },
      {
        title: "they prefer LinkedIn: a LinkedIn message",
        note: { ...sent, preferred_channel: "Linked In", follow_ups: [{ date: "2026-11-26", channel: "message" }] },
        today: "2026-11-30",
        expect: { rule: "R6b", channel: "linkedin", template: "follow-up-1" },
        reasonIncludes: "message on LinkedIn",
        reasonExcludes: "email",
      },
    ],
  },
  {
    id: "R6c",
    title: "After an unanswered email",
    description: "An email or LinkedIn message with no reply: try again a week or two later, by phone if you have a number.",
    sources: ["000", "002", "003"],
    examples: [
      {
        title: "email again",
        note: { ...sent, follow_ups: ["2026-11-25"] },
        today: "2026-12-02",
        expect: { state: "follow-up-due", rule: "R6c", opens: "2026-12-02", dueBy: "2026-12-09", channel: "email", attempt: 2, template: "follow-up-2" },
      },
      {
        title: "call when a number is known",
        note: { ...sent, interviewer_phone: "+1 555 0100", follow_ups: [{ date: "2026-11-25", channel: "linkedin" }] },
        today: "2026-12-02",
        expect: { rule: "R6c", channel: "phone", template: "phone-script", alternatives: ["email"] },
      },
    ],
  },
  {
    id: "R6d",
    title: "After a conversation",
    description: "A phone call or a meeting is an answer: check in again a week or two after it.",
    sources: ["003"],
    examples: [
      {
        title: "spoke on the phone",
        note: { ...sent, follow_ups: [{ date: "2026-11-25", channel: "phone" }] },
        today: "2026-12-02",
        expect: { state: "follow-up-due", rule: "R6d", opens: "2026-12-02", dueBy: "2026-12-09", attempt: 1, template: "follow-up-1" },
      },
    ],
  },
  {
    id: "R7",
    title: "After their reply",
    description: "They answered: check in again a week or two after their reply.",
    sources: ["003"],
    examples: [
      { title: "last_reply", note: { ...sent, last_reply: "2026-11-24" }, today: "2026-12-01", expect: { state: "follow-up-due", rule: "R7", opens: "2026-12-01", dueBy: "2026-12-08", attempt: 1 } },
      {
        title: "a reply answers earlier emails",
        note: { ...sent, follow_ups: ["2026-11-20"], last_reply: "2026-11-23" },
        today: "2026-11-25",
        expect: { state: "waiting", rule: "R7", opens: "2026-11-30", attempt: 1, template: "follow-up-1" },
      },
    ],
  },
  {
    id: "R8",
    title: "Agreed or decision day after a contact",
    description: "A check-back or decision day that falls after your latest contact still sets the next follow-up.",
    sources: ["000", "001", "002"],
    examples: [
      {
        title: "check_back after an email",
        note: { ...sent, check_back: "2026-12-07", follow_ups: ["2026-11-25"] },
        today: "2026-12-07",
        expect: { state: "follow-up-due", rule: "R8", opens: "2026-12-07", dueBy: "2026-12-08" },
      },
      {
        title: "decision day after their reply",
        note: { ...sent, last_reply: "2026-11-20", decision_date: "2026-11-27" },
        today: "2026-11-30",
        expect: { state: "follow-up-due", rule: "R8", opens: "2026-11-30", dueBy: "2026-12-02" },
      },
    ],
  },
  {
    id: "R9",
    title: "Know when to stop",
    description: "After the set number of unanswered follow-ups (3 by default) and no agreed day, wait two weeks, then move on.",
    sources: ["001", "002", "003"],
    examples: [
      {
        title: "waiting after the third",
        note: { ...sent, follow_ups: ["2026-11-25", "2026-12-02", "2026-12-09"] },
        today: "2026-12-10",
        expect: { state: "waiting", action: "wait", rule: "R9", opens: "2026-12-23", dueBy: null, channel: null, template: null, attempt: null },
      },
      {
        title: "move on",
        note: { ...sent, follow_ups: ["2026-11-25", "2026-12-02", "2026-12-09"] },
        today: "2026-12-23",
        expect: { state: "no-response", action: "move-on", rule: "R9", opens: "2026-12-23" },
      },
      {
        title: "max attempts 2",
        note: { ...sent, follow_ups: ["2026-11-25", "2026-12-02"] },
        today: "2026-12-20",
        maxAttempts: 2,
        expect: { state: "no-response", rule: "R9" },
      },
      {
        title: "text entries and mappings count together",
        note: { ...sent, follow_ups: ["2026-11-25 email", { date: "2026-12-02", channel: "linkedin" }, "2026-12-09 voicemail — left with reception"] },
        today: "2026-12-10",
        expect: { state: "waiting", rule: "R9", opens: "2026-12-23" },
      },
      {
        title: "an agreed day keeps it open",
        note: { ...sent, follow_ups: ["2026-11-25", "2026-12-02", { date: "2026-12-09", next: "2026-12-16" }] },
        today: "2026-12-16",
        expect: { state: "follow-up-due", rule: "R6a", attempt: 4 },
      },
    ],
  },
  {
    id: "R10a",
    title: "Final interview floor",
    description: "After a final interview, no follow-up earlier than 5 business days after it.",
    sources: ["002"],
    examples: [
      {
        title: "an early decision day moves",
        note: { ...sent, stage: "final", decision_date: "2026-11-19" },
        today: "2026-11-25",
        expect: { state: "follow-up-due", rule: "R4b", opens: "2026-11-25", dueBy: "2026-11-27" },
        reasonIncludes: "R10a",
      },
    ],
  },
  {
    id: "R10b",
    title: "Space between follow-ups",
    description: "At least 2 business days after your last follow-up, so you never overwhelm them.",
    sources: ["002", "003"],
    examples: [
      {
        title: "a decision day right after a Friday email",
        note: { ...sent, follow_ups: ["2026-11-27"], decision_date: "2026-11-28" },
        today: "2026-11-30",
        expect: { state: "waiting", rule: "R8", opens: "2026-12-01", dueBy: "2026-12-02" },
        reasonIncludes: "R10b",
      },
    ],
  },
  {
    id: "R11",
    title: "Snooze",
    description: "`snoozed_until` holds any follow-up until that day (your choice); the window keeps its length. It does not prolong a thank-you.",
    sources: [],
    examples: [
      {
        title: "snoozed window",
        note: { ...sent, snoozed_until: "2026-12-10" },
        today: "2026-12-03",
        expect: { state: "waiting", rule: "R4c", opens: "2026-12-10", dueBy: "2026-12-17" },
        reasonIncludes: "snoozed",
      },
      { title: "the thank-you is not held", note: { ...base, snoozed_until: "2026-12-10" }, today: "2026-11-23", expect: { state: "thank-you-overdue" } },
      {
        title: "agreed days are held too",
        note: { ...sent, check_back: "2026-12-01", snoozed_until: "2026-12-03" },
        today: "2026-12-03",
        expect: { state: "follow-up-due", rule: "R4a", opens: "2026-12-03", dueBy: "2026-12-04" },
      },
    ],
  },
];
