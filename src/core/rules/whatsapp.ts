// whatsapp/window-closed: free-form WhatsApp replies only within 24 h of the customer's last
// message; after that, approved templates only (WhatsApp Business Policy).
import type { Rule } from './types';
import { anchor, docsFor } from './where';

/** Parses an ISO date-time; without an offset it is read as UTC so results do not depend on the machine. */
export function parseInstant(value: string): number {
  const v = value.trim().replace(' ', 'T');
  const hasZone = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(v) && v.includes('T');
  const withTime = v.includes('T') ? v : `${v}T00:00:00`;
  return Date.parse(hasZone ? v : `${withTime}Z`);
}

export const whatsappWindowClosed: Rule = {
  meta: {
    id: 'whatsapp/window-closed',
    docs: docsFor('whatsapp/window-closed'),
    defaultSeverity: 'warning',
    description: {
      es: 'En WhatsApp solo se responde libremente dentro de las 24 h siguientes al último mensaje del cliente; después, solo plantillas aprobadas.',
      en: 'On WhatsApp, free-form replies are allowed only within 24 h of the customer\'s last message; after that, approved templates only.',
      pt: 'No WhatsApp, respostas livres só dentro de 24 h da última mensagem do cliente; depois, apenas modelos aprovados.',
    },
    sources: ['WhatsApp Business Policy (customer service window)'],
    messages: {
      default: {
        es: 'Han pasado {hours} h desde el último mensaje del cliente (máximo {max} h): use una plantilla aprobada.',
        en: '{hours} h since the customer\'s last message (limit {max} h): use an approved template.',
        pt: 'Passaram {hours} h desde a última mensagem do cliente (máximo {max} h): use um modelo aprovado.',
      },
    },
    fixable: false,
    options: ['whatsappWindowHours'],
  },
  check(ctx) {
    const last = ctx.reply.meta.last_customer_message;
    if (ctx.channel !== 'whatsapp' || !last || ctx.reply.meta.template) return [];
    const sendAt = ctx.reply.meta.send_at ? parseInstant(ctx.reply.meta.send_at) : ctx.now.getTime();
    const elapsedHours = (sendAt - parseInstant(last)) / 3_600_000;
    if (!(elapsedHours > ctx.config.whatsappWindowHours)) return [];
    return [{ ...anchor(ctx, 'last_customer_message', 'channel'), messageId: 'default', data: { hours: String(Math.floor(elapsedHours)), max: String(ctx.config.whatsappWindowHours) }, score: 1 }];
  },
};

/** True when a WhatsApp reply is inside the customer-service window (so the customer started the conversation). */
export function insideWhatsappWindow(lastCustomerMessage: string | undefined, sendAtMs: number, windowHours: number): boolean {
  if (!lastCustomerMessage) return false;
  const elapsed = (sendAtMs - parseInstant(lastCustomerMessage)) / 3_600_000;
  return elapsed >= 0 && elapsed <= windowHours;
}
