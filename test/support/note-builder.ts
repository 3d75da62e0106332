/**
 * A fluent builder for interview frontmatter with sane defaults (STYLE.md §9):
 * `aNote().interviewedOn("2026-11-18").thanked().emailed("2026-11-25").build()`.
 */
export class NoteBuilder {
  private fm: Record<string, unknown> = {
    type: "interview",
    company: "Acme",
    role: "Analyst",
    interviewer: "Dana Reyes",
    interviewer_email: "dana@acme.example",
    interview_date: "2026-11-18",
  };

  interviewedOn(day: unknown): this {
    this.fm.interview_date = day;
    return this;
  }
  thanked(day: unknown = true): this {
    this.fm.thank_you_sent = day;
    return this;
  }
  final(): this {
    this.fm.stage = "Final round";
    return this;
  }
  withPhone(phone = "+1 555 0100"): this {
    this.fm.interviewer_phone = phone;
    return this;
  }
  withoutEmail(): this {
    delete this.fm.interviewer_email;
    return this;
  }
  attempt(date: string, channel = "email", extra: Record<string, unknown> = {}): this {
    const list = Array.isArray(this.fm.follow_ups) ? (this.fm.follow_ups as unknown[]) : [];
    list.push({ date, channel, ...extra });
    this.fm.follow_ups = list;
    return this;
  }
  emailed(date: string): this {
    return this.attempt(date, "email");
  }
  set(key: string, value: unknown): this {
    this.fm[key] = value;
    return this;
  }
  without(key: string): this {
    delete this.fm[key];
    return this;
  }
  build(): Record<string, unknown> {
    return structuredClone(this.fm);
  }
}

export const aNote = (): NoteBuilder => new NoteBuilder();
