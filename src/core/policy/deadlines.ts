// Answer deadlines for data-subject requests, for the ${deadlineDate} snippet variable.
// Business days skip Saturdays and Sundays only: public holidays differ per region, so the
// computed date is a floor to check, not a promise (docs/packs.md says so).
import type { DataRight, Deadline, Deadlines, SnippetPurpose } from './types';

/** From shared/notes/policy-facts.md; `note` marks what was not confirmed in the primary text. */
export const DATA_RIGHTS_DEADLINES: Readonly<Record<string, Deadlines>> = {
  EU: { default: { amount: 1, unit: 'months', note: 'GDPR art. 12(3): one month, extendable by two with notice' } },
  ES: { default: { amount: 1, unit: 'months', note: 'GDPR art. 12(3): one month, extendable by two with notice' } },
  PE: {
    access: { amount: 20, unit: 'business-days', note: 'Ley 29733 regulation; verify under DS 016-2024-JUS' },
    default: { amount: 10, unit: 'business-days', note: 'Ley 29733 regulation; verify under DS 016-2024-JUS' },
  },
  MX: { default: { amount: 20, unit: 'business-days', note: 'LFPDPPP: 20 days to answer, 15 to act; verify' } },
  CO: {
    access: { amount: 10, unit: 'business-days', note: 'Ley 1581 art. 14 (consulta), extendable by 5' },
    default: { amount: 15, unit: 'business-days', note: 'Ley 1581 art. 15 (reclamo), extendable by 8' },
  },
  AR: {
    access: { amount: 10, unit: 'days', note: 'Ley 25.326 art. 14' },
    default: { amount: 5, unit: 'business-days', note: 'Ley 25.326 art. 16' },
  },
  BR: { default: { amount: 15, unit: 'days', note: 'LGPD art. 19' } },
};

export function rightOfPurpose(purpose: SnippetPurpose): DataRight | undefined {
  const m = /^data-rights-(access|rectification|erasure|objection)$/.exec(purpose);
  return m ? (m[1] as DataRight) : undefined;
}

/**
 * The deadline for a right in a jurisdiction: the pack's table first, then the built-in one;
 * a subdivision (US-CA) falls back to its country, an EU member without an entry to EU.
 */
export function deadlineFor(jurisdiction: string | undefined, right: DataRight, overrides: Readonly<Record<string, Deadlines>> = {}): Deadline | undefined {
  if (!jurisdiction) return undefined;
  const chain = [jurisdiction, jurisdiction.split('-')[0]];
  for (const code of chain) {
    for (const table of [overrides, DATA_RIGHTS_DEADLINES]) {
      const entry = table[code];
      const d = entry?.[right] ?? entry?.default;
      if (d) return d;
    }
  }
  return undefined;
}

/** A calendar date without time zone: year, month 1-12, day 1-31. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export function calendarDateOf(date: Date): CalendarDate {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

function utc(d: CalendarDate): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}
function fromUtc(date: Date): CalendarDate {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Adds a deadline to a received date. Months keep the day, clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addDeadline(received: CalendarDate, deadline: Deadline): CalendarDate {
  if (deadline.unit === 'months') {
    const target = new Date(Date.UTC(received.year, received.month - 1 + deadline.amount, 1));
    const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    return { year: target.getUTCFullYear(), month: target.getUTCMonth() + 1, day: Math.min(received.day, lastDay) };
  }
  const date = utc(received);
  if (deadline.unit === 'days') {
    date.setUTCDate(date.getUTCDate() + deadline.amount);
    return fromUtc(date);
  }
  let left = deadline.amount;
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() + 1);
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return fromUtc(date);
}

/** A long date in the reply's locale ("15 de marzo de 2026", "March 15, 2026"). */
export function formatCalendarDate(d: CalendarDate, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(utc(d));
  } catch {
    return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  }
}

/** The ${deadlineDate} text for a data-rights snippet, or undefined when no deadline is known. */
export function deadlineDateFor(purpose: SnippetPurpose, jurisdiction: string | undefined, locale: string, received: CalendarDate, overrides?: Readonly<Record<string, Deadlines>>): string | undefined {
  const right = rightOfPurpose(purpose);
  const deadline = right && deadlineFor(jurisdiction, right, overrides);
  return deadline ? formatCalendarDate(addDeadline(received, deadline), locale) : undefined;
}
