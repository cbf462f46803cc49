// channel/pii-restricted: personal data the channel must never carry (PCI DSS 4.2.2: no full
// card number over email, chat, SMS or messaging; WhatsApp: no bank accounts or national IDs).
// The PII comes from scan(): this rule never detects anything itself.
import { redactionFixes } from '../redact';
import { entityName } from '../messages';
import type { Rule } from './types';
import { CHANNEL_LABELS, docsFor } from './where';

export const piiRestricted: Rule = {
  meta: {
    id: 'channel/pii-restricted',
    docs: docsFor('channel/pii-restricted'),
    defaultSeverity: 'error',
    description: {
      es: 'Datos que el paquete de políticas prohíbe en este canal (por defecto: ningún número de tarjeta completo por email o mensajería; ni cuentas ni documentos de identidad por WhatsApp, SMS o chat).',
      en: 'Data the policy pack forbids on this channel (default: no full card number by email or messaging; no bank accounts or national IDs over WhatsApp, SMS or chat).',
      pt: 'Dados que o pacote de políticas proíbe neste canal (padrão: nenhum número de cartão completo por e-mail ou mensagens; nem contas nem documentos por WhatsApp, SMS ou chat).',
    },
    sources: ['PCI DSS v4.0.1 req. 4.2.2 and 3.4.1', 'WhatsApp Business Policy'],
    messages: {
      default: {
        es: '{entity} no permitido por {channel}: redáctelo y use un canal seguro.',
        en: '{entity} is not allowed on {channel}: redact it and use a secure channel.',
        pt: '{entity} não é permitido por {channel}: oculte-o e use um canal seguro.',
      },
    },
    fixable: true,
    options: ['channels'],
  },
  check(ctx) {
    if (!ctx.channel) return [];
    const restricted = new Set(ctx.config.channels[ctx.channel].piiRestricted);
    if (!restricted.size) return [];
    const channel = CHANNEL_LABELS[ctx.channel][ctx.lang];
    return ctx.pii
      .filter((f) => f.entity && restricted.has(f.entity) && f.start >= ctx.reply.bodyOffset)
      .map((f) => ({
        messageId: 'default',
        data: { entity: entityName(f.entity!, ctx.lang), channel },
        start: f.start,
        end: f.end,
        entity: f.entity,
        subtype: f.subtype,
        score: f.score,
        reasons: [`pii:${f.entity}`, ...f.reasons],
        fixes: redactionFixes(ctx.text, f, ctx.lang),
      }));
  },
};
