// contact-hours/outside: marketing sent outside the jurisdiction's allowed hours (CO Ley 2300,
// ES commercial calls, US TCPA 08-21). The time is the recipient's wall-clock time as written
// in `send_at` (its own offset), so no time-zone database is needed.
import { WEEKDAYS } from './config';
import type { Rule } from './types';
import { anchor, docsFor } from './where';

export interface WallClock {
  date: string;
  weekday: (typeof WEEKDAYS)[number];
  hour: number;
  minute: number;
}

export function wallClock(value: string): WallClock | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})/.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  const day = new Date(Date.UTC(y, mo - 1, d)).getUTCDay();
  return { date: `${m[1]}-${m[2]}-${m[3]}`, weekday: WEEKDAYS[day], hour: h, minute: mi };
}

/** 7.5 -> "07:30" (pack windows may start on the half hour). */
function hhmm(hours: number): string {
  const h = Math.floor(hours);
  const m = Math.round((hours - h) * 60);
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

const DAY_NAMES: Record<string, Record<'es' | 'en' | 'pt', string>> = {
  sun: { es: 'domingo', en: 'Sunday', pt: 'domingo' },
  mon: { es: 'lunes', en: 'Monday', pt: 'segunda-feira' },
  tue: { es: 'martes', en: 'Tuesday', pt: 'terça-feira' },
  wed: { es: 'miércoles', en: 'Wednesday', pt: 'quarta-feira' },
  thu: { es: 'jueves', en: 'Thursday', pt: 'quinta-feira' },
  fri: { es: 'viernes', en: 'Friday', pt: 'sexta-feira' },
  sat: { es: 'sábado', en: 'Saturday', pt: 'sábado' },
};

export const contactHoursOutside: Rule = {
  meta: {
    id: 'contact-hours/outside',
    docs: docsFor('contact-hours/outside'),
    defaultSeverity: 'warning',
    description: {
      es: 'La publicidad solo puede enviarse en el horario que permite la jurisdicción del cliente.',
      en: 'Marketing may only be sent within the hours the customer\'s jurisdiction allows.',
      pt: 'A publicidade só pode ser enviada no horário permitido pela jurisdição do cliente.',
    },
    sources: ['Ley 2300 de 2023 art. 3 (CO)', 'Ley 11/2022 art. 66.1 (ES)', 'TCPA, 47 CFR 64.1200(c)(1) (US)'],
    messages: {
      default: {
        es: 'Envío programado el {day} a las {time}, fuera del horario permitido en {jurisdiction} ({allowed}; {source}).',
        en: 'Scheduled for {day} at {time}, outside the hours allowed in {jurisdiction} ({allowed}; {source}).',
        pt: 'Envio agendado para {day} às {time}, fora do horário permitido em {jurisdiction} ({allowed}; {source}).',
      },
      closedDay: {
        es: 'Envío programado el {day}: en {jurisdiction} no se permite publicidad ese día ({source}).',
        en: 'Scheduled for {day}: no marketing allowed on that day in {jurisdiction} ({source}).',
        pt: 'Envio agendado para {day}: publicidade não permitida nesse dia em {jurisdiction} ({source}).',
      },
      holiday: {
        es: 'Envío programado en día festivo ({date}): no se permite publicidad en {jurisdiction} ({source}).',
        en: 'Scheduled on a public holiday ({date}): no marketing allowed in {jurisdiction} ({source}).',
        pt: 'Envio agendado em feriado ({date}): publicidade não permitida em {jurisdiction} ({source}).',
      },
    },
    fixable: false,
    options: ['contactHours', 'holidays'],
  },
  check(ctx) {
    const sendAt = ctx.reply.meta.send_at;
    if (!sendAt || !ctx.channel || ctx.purpose !== 'marketing' || !ctx.jurisdiction) return [];
    const policy = ctx.config.contactHours[ctx.jurisdiction];
    if (!policy || !policy.channels.includes(ctx.channel)) return [];
    const clock = wallClock(sendAt);
    if (!clock) return [];
    const at = anchor(ctx, 'send_at');
    const base = { ...at, score: 1, reasons: [`source:${policy.source}`] };
    const data = { jurisdiction: ctx.jurisdiction, source: policy.source, date: clock.date };
    if (policy.closedOnHolidays && ctx.config.holidays[ctx.jurisdiction]?.includes(clock.date)) return [{ ...base, messageId: 'holiday', data }];
    const window = policy.hours[clock.weekday];
    const minutes = clock.hour * 60 + clock.minute;
    if (window && minutes >= window[0] * 60 && minutes < window[1] * 60) return [];
    const day = DAY_NAMES[clock.weekday][ctx.lang];
    if (!window) return [{ ...base, messageId: 'closedDay', data: { ...data, day } }];
    const time = `${String(clock.hour).padStart(2, '0')}:${String(clock.minute).padStart(2, '0')}`;
    return [{ ...base, messageId: 'default', data: { ...data, day, time, allowed: `${hhmm(window[0])}-${hhmm(window[1])}` } }];
  },
};
