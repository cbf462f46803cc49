// consent/missing, consent/revoked, consent/expired: the registry's answer for this
// customer, channel and purpose, reported on the front-matter field that names them.
import type { Rule, RuleContext, RuleReport } from './types';
import { anchor, CHANNEL_LABELS, docsFor, PURPOSE_LABELS } from './where';

function recordReasons(ctx: RuleContext): string[] {
  const v = ctx.consent;
  if (!v) return [];
  const reasons = [`consent:${v.state}`];
  if (v.registry) reasons.push(`registry:${v.registry}${v.record?.line ? `:${v.record.line}` : ''}`);
  if (v.record) reasons.push(`record:${v.record.purpose}/${v.record.status}/${v.record.updatedAt}${v.record.source ? `/${v.record.source}` : ''}`);
  return reasons;
}

function data(ctx: RuleContext): Record<string, string> {
  return {
    channel: ctx.channel ? CHANNEL_LABELS[ctx.channel][ctx.lang] : '',
    purpose: PURPOSE_LABELS[ctx.purpose][ctx.lang],
    date: ctx.consent?.record?.updatedAt.slice(0, 10) ?? '',
    source: ctx.consent?.record?.source || ctx.consent?.registry || '',
    days: String(ctx.config.consentMaxAgeDays),
    detail: ctx.consent?.detail ?? '',
  };
}

export const consentMissing: Rule = {
  meta: {
    id: 'consent/missing',
    docs: docsFor('consent/missing'),
    defaultSeverity: 'warning',
    description: {
      es: 'Publicidad (o un mensaje iniciado por la empresa en un canal con opt-in) sin consentimiento registrado para este cliente, canal y finalidad.',
      en: 'Marketing (or a business-initiated message on an opt-in channel) without a consent record for this customer, channel and purpose.',
      pt: 'Publicidade (ou mensagem iniciada pela empresa em canal com opt-in) sem consentimento registrado para este cliente, canal e finalidade.',
    },
    sources: ['LSSI art. 21 (ES)', 'Ley 29733 and Ley 28493 (PE)', 'Ley 2300 de 2023 art. 2 (CO)', 'TCPA 47 CFR 64.1200 (US)', 'CASL (CA)', 'WhatsApp Business Policy (opt-in)'],
    messages: {
      default: {
        es: 'Sin consentimiento registrado de este cliente para {purpose} por {channel}: no envíe esta respuesta o pida antes el consentimiento.',
        en: 'No consent on record from this customer for {purpose} on {channel}: do not send this reply, or ask for consent first.',
        pt: 'Sem consentimento registrado deste cliente para {purpose} por {channel}: não envie esta resposta ou peça o consentimento antes.',
      },
      noCustomer: {
        es: 'Respuesta de {purpose} por {channel} sin cliente indicado: añada `customer:` para comprobar el consentimiento.',
        en: 'A {purpose} reply on {channel} with no customer: add `customer:` so consent can be checked.',
        pt: 'Resposta de {purpose} por {channel} sem cliente: adicione `customer:` para verificar o consentimento.',
      },
      unknown: {
        es: 'No se pudo comprobar el consentimiento ({detail}): confírmelo antes de enviar.',
        en: 'Consent could not be checked ({detail}): confirm it before sending.',
        pt: 'Não foi possível verificar o consentimento ({detail}): confirme-o antes de enviar.',
      },
    },
    fixable: false,
    options: ['channels', 'optOutJurisdictions'],
  },
  check(ctx) {
    if (!ctx.channel || !ctx.consentNeeded || !ctx.registryConfigured) return [];
    const at = anchor(ctx, 'customer', 'channel', 'purpose');
    const base = { ...at, data: data(ctx), reasons: recordReasons(ctx) };
    if (!ctx.customer || !ctx.consent) return [{ ...base, messageId: 'noCustomer', score: 1 }];
    if (ctx.consent.state === 'unknown') return [{ ...base, messageId: 'unknown', score: 0.5, subtype: 'unknown' }];
    if (ctx.consent.state !== 'missing') return [];
    return [{ ...base, messageId: 'default', score: 1 }];
  },
};

export const consentRevoked: Rule = {
  meta: {
    id: 'consent/revoked',
    docs: docsFor('consent/revoked'),
    defaultSeverity: 'error',
    description: {
      es: 'El cliente retiró su consentimiento para este canal y finalidad: la revocación tiene efecto inmediato.',
      en: 'The customer withdrew consent for this channel and purpose: a revocation takes effect at once.',
      pt: 'O cliente revogou o consentimento para este canal e finalidade: a revogação vale de imediato.',
    },
    sources: ['GDPR art. 7.3 and 21 (EU)', 'DS 016-2024-JUS (PE)', 'LGPD art. 18 (BR)', 'CAN-SPAM and TCPA (US)'],
    messages: {
      default: {
        es: 'El cliente revocó el consentimiento para {purpose} por {channel} ({date}, {source}): no envíe esta respuesta por este canal.',
        en: 'The customer revoked consent for {purpose} on {channel} ({date}, {source}): do not send this reply on this channel.',
        pt: 'O cliente revogou o consentimento para {purpose} por {channel} ({date}, {source}): não envie esta resposta por este canal.',
      },
    },
    fixable: false,
    options: [],
  },
  check(ctx) {
    // Always: a revocation matters even where consent is not otherwise needed.
    if (!ctx.channel || !ctx.customer || ctx.consent?.state !== 'revoked') return [];
    return [{ ...anchor(ctx, 'customer', 'channel'), messageId: 'default', data: data(ctx), reasons: recordReasons(ctx), score: 1 }];
  },
};

export const consentExpired: Rule = {
  meta: {
    id: 'consent/expired',
    docs: docsFor('consent/expired'),
    defaultSeverity: 'warning',
    description: {
      es: 'El consentimiento es más antiguo que el máximo del paquete de políticas: reconfírmelo.',
      en: 'The consent is older than the policy pack allows: re-confirm it.',
      pt: 'O consentimento é mais antigo do que o pacote de políticas permite: reconfirme-o.',
    },
    sources: ['Contact-centre practice (configurable, not a legal rule)'],
    messages: {
      default: {
        es: 'Consentimiento para {purpose} por {channel} del {date}: supera los {days} días, reconfírmelo antes de enviar.',
        en: 'Consent for {purpose} on {channel} dates from {date}: older than {days} days, re-confirm it before sending.',
        pt: 'Consentimento para {purpose} por {channel} de {date}: mais de {days} dias, reconfirme-o antes de enviar.',
      },
    },
    fixable: false,
    options: ['consentMaxAgeDays'],
  },
  check(ctx) {
    if (!ctx.channel || !ctx.customer || !ctx.consentNeeded || ctx.consent?.state !== 'expired') return [];
    const report: RuleReport = { ...anchor(ctx, 'customer', 'channel'), messageId: 'default', data: data(ctx), reasons: recordReasons(ctx), score: 1 };
    return [report];
  },
};
