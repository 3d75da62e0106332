/** fast-check generators for interview frontmatter: mostly plausible values, with some junk. */
import fc from "fast-check";
import { addDays } from "../../src/core/dates";

export const BASE_DAY = "2026-10-01";
/** A day within about a year of BASE_DAY, as a string. */
export const arbDay = fc.integer({ min: 0, max: 400 }).map((n) => addDays(BASE_DAY, n));
const arbDateValue = fc.oneof(
  { weight: 6, arbitrary: arbDay },
  { weight: 1, arbitrary: arbDay.map((d) => new Date(`${d}T00:00:00Z`)) },
  { weight: 1, arbitrary: fc.tuple(arbDay, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([d, h, m]) => `${d} ${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`) },
  { weight: 1, arbitrary: fc.constantFrom("2026-13-45", "soon", "", null, 42, true, "2026-02-30") },
);
const arbChannel = fc.constantFrom("email", "phone", "voicemail", "message", "linkedin", "in-person", "call", "E-mail", "Linked In", "in_person", "fax", undefined);
/** A text entry (spec v2): `2026-12-10 voicemail next 2026-12-15 — left with reception`, sometimes misspelt. */
const arbTextEntry = fc
  .tuple(
    arbDay,
    fc.constantFrom("", " email", " voicemail", " message", " Linked In", " phone", " in person", " voicmail", " left a message"),
    fc.option(fc.oneof({ weight: 4, arbitrary: arbDay }, { weight: 1, arbitrary: fc.constantFrom("Friday", "") }), { nil: undefined }),
    fc.option(fc.constantFrom("left with reception", "Dana said: call back Monday", "— dashes — inside"), { nil: undefined }),
  )
  .map(([day, channel, next, note]) => `${day}${channel}${next === undefined ? "" : ` next ${next}`}${note === undefined ? "" : ` — ${note}`}`);
const arbAttempt = fc.oneof(
  { weight: 4, arbitrary: fc.record({ date: arbDateValue, channel: arbChannel, next: fc.option(arbDay, { nil: undefined }) }, { requiredKeys: ["date"] }) },
  { weight: 3, arbitrary: arbTextEntry },
  { weight: 1, arbitrary: arbDay },
  { weight: 1, arbitrary: fc.constantFrom(null, "junk", 3, [] as unknown[]) },
);

export const arbFrontmatter = fc.record(
  {
    type: fc.constant("interview"),
    company: fc.oneof(fc.string(), fc.constant("Acme")),
    role: fc.string(),
    interviewer: fc.string(),
    interviewer_email: fc.option(fc.constant("a@b.example"), { nil: undefined }),
    interviewer_phone: fc.option(fc.constant("+1 555 0100"), { nil: undefined }),
    interview_date: arbDateValue,
    stage: fc.constantFrom("first", "final", "Final round", "final_round", "semi-final", "finalist", "technical", undefined),
    decision_date: fc.option(arbDateValue, { nil: undefined }),
    decision_timeline: fc.constantFrom(
      "2 weeks",
      "10 days",
      "5 business days",
      "14-30 days",
      "1-2 weeks",
      "a month",
      "a week or two",
      "within a fortnight",
      "about 3 wks",
      "in 10 bd",
      "a few weeks",
      "soon",
      undefined,
    ),
    check_back: fc.option(arbDateValue, { nil: undefined }),
    preferred_channel: fc.constantFrom("email", "phone", "linkedin", "Linked In", "call", "pigeon", undefined),
    call_ok: fc.constantFrom(true, false, "yes", "maybe", undefined),
    thank_you_sent: fc.oneof(fc.constantFrom(true, false, "no", "sent", "done", undefined), arbDateValue),
    follow_ups: fc.oneof(fc.array(arbAttempt, { maxLength: 6 }), fc.constantFrom("yes", undefined), arbDay, arbTextEntry),
    last_reply: fc.option(arbDateValue, { nil: undefined }),
    snoozed_until: fc.option(arbDateValue, { nil: undefined }),
    outcome: fc.constantFrom("pending", "offer", "rejected", "next-round", "ghosted", undefined),
  },
  { requiredKeys: ["interview_date"] },
);

export const arbHolidays = fc.array(arbDay, { maxLength: 15 });
