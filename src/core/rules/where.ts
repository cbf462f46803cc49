// Where a rule finding about the whole reply goes: on the front-matter field it is about,
// else on the first line of the body, so it is visible and clickable in the editor.
import type { ReplyField, Span } from '../reply';
import type { RuleContext } from './types';

export function firstLineSpan(text: string, from: number): Span {
  let start = from;
  while (start < text.length && /\s/.test(text[start])) start++;
  if (start >= text.length) return { start: Math.min(from, text.length), end: Math.min(from, text.length) };
  const nl = text.indexOf('\n', start);
  let end = nl === -1 ? text.length : nl;
  if (text[end - 1] === '\r') end--;
  return { start, end };
}

/** The span of the first field present, else the body's first line. */
export function anchor(ctx: RuleContext, ...fields: ReplyField[]): Span {
  for (const f of fields) {
    const span = ctx.reply.fields[f];
    if (span) return span;
  }
  return firstLineSpan(ctx.text, ctx.reply.bodyOffset);
}

/** End of the line containing `offset` (before its line break). */
export function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  if (nl === -1) return text.length;
  return text[nl - 1] === '\r' ? nl - 1 : nl;
}

export const DOCS = 'docs/rules.md';
/** docs/rules.md at the rule's heading (`## consent/missing` -> GitHub's anchor `#consentmissing`). */
export function docsFor(id: string): string {
  return `${DOCS}#${id.replace(/[^a-z0-9-]/g, '')}`;
}

export const CHANNEL_LABELS: Record<string, Record<'es' | 'en' | 'pt', string>> = {
  email: { es: 'email', en: 'email', pt: 'e-mail' },
  sms: { es: 'SMS', en: 'SMS', pt: 'SMS' },
  whatsapp: { es: 'WhatsApp', en: 'WhatsApp', pt: 'WhatsApp' },
  chat: { es: 'chat', en: 'chat', pt: 'chat' },
  phone: { es: 'teléfono', en: 'phone', pt: 'telefone' },
};

export const PURPOSE_LABELS: Record<string, Record<'es' | 'en' | 'pt', string>> = {
  marketing: { es: 'publicidad', en: 'marketing', pt: 'publicidade' },
  service: { es: 'atención al cliente', en: 'customer service', pt: 'atendimento' },
};
