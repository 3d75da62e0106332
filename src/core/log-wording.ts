/**
 * The words of logging: channels and outcomes as the forms offer them, and the sentences that
 * confirm a write. One table per kind of value, so the form, its notice and any other surface
 * name a value the same way. (Phrases about a status — reasons, headlines, counts — are in
 * `wording.ts`.) Days become words only through the `DayFormat` each function is given.
 */
import type { DayFormat } from "./day-format";
import type { Channel, Day, Outcome } from "./types";
import { endSentence } from "./wording";

/** How the log form lists each channel. */
export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = {
  email: "Email",
  phone: "Phone call (we spoke)",
  voicemail: "Voicemail",
  message: "Message with a colleague",
  linkedin: "LinkedIn message",
  "in-person": "In person",
};

/** What was logged, one phrase per channel: "a follow-up email", "a message left with a colleague"… */
const CHANNEL_LOGGED: Readonly<Record<Channel, string>> = {
  email: "a follow-up email",
  phone: "a phone call",
  voicemail: "a voicemail",
  message: "a message left with a colleague",
  linkedin: "a LinkedIn message",
  "in-person": "a meeting in person",
};

/** Each outcome: `label` in the outcome picker, `name` in a sentence ("Outcome set to next round."). */
export const OUTCOME_WORDS: Readonly<Record<Outcome, { label: string; name: string }>> = {
  pending: { label: "Pending: still waiting to hear", name: "pending" },
  offer: { label: "Offer received", name: "offer" },
  accepted: { label: "Offer accepted", name: "accepted" },
  rejected: { label: "Rejected", name: "rejected" },
  withdrawn: { label: "Withdrawn: I stepped back", name: "withdrawn" },
  "next-round": { label: "Next round: invited to another interview", name: "next round" },
};

/** After logging a follow-up: "Logged a follow-up email on Wed, Nov 25; check back Wed, Dec 2." */
export function followUpLoggedText(entry: { date: Day; channel: Channel; next?: Day | null }, days: DayFormat): string {
  const next = entry.next ? `; check back ${days.short(entry.next)}` : "";
  return endSentence(`Logged ${CHANNEL_LOGGED[entry.channel]} on ${days.short(entry.date)}${next}`);
}

/** After "Mark thank-you as sent": the day it was marked, or that an earlier day was kept. */
export function thankYouMarkedText(day: Day, changed: boolean, days: DayFormat): string {
  return changed ? endSentence(`Thank-you marked as sent on ${days.short(day)}`) : "The thank-you was already marked as sent; its day is kept.";
}

/** After "Log a reply". */
export function replyLoggedText(day: Day, days: DayFormat): string {
  return endSentence(`Logged a reply on ${days.short(day)}`);
}

/** After a snooze. */
export function snoozedText(day: Day, days: DayFormat): string {
  return endSentence(`Snoozed until ${days.short(day)}`);
}

/** After "Set the outcome". */
export function outcomeSetText(outcome: Outcome): string {
  return `Outcome set to ${OUTCOME_WORDS[outcome].name}.`;
}
