// marketing/unsubscribe-missing and marketing/ad-label-missing: what every marketing message
// must carry (opt-out in every message; "Publicidad" in ES, "PUBLICIDAD" subject in PE).
import { cueRegex, foldSameLength } from '../purpose';
import type { Channel } from '../reply';
import { insertSnippetFix, pickSnippet } from './snippets';
import type { Rule, RuleReport } from './types';
import { anchor, CHANNEL_LABELS, docsFor, firstLineSpan } from './where';
import type { Fix } from '../types';

/** Ways to opt out that count, folded. SMS/WhatsApp keywords are matched as whole words. */
const OPT_OUT_CUES: readonly string[] = [
  'unsubscribe', 'opt out', 'opt-out', 'manage your preferences', 'email preferences', 'do not call', "don't want to receive", 'no longer wish to receive', 'no longer want to receive',
  'darse de baja', 'darte de baja', 'date de baja', 'dese de baja', 'darme de baja', 'de baja', 'cancelar la suscripcion', 'cancelar tu suscripcion', 'cancelar su suscripcion',
  'anular la suscripcion', 'no desea recibir', 'no deseas recibir', 'no quiere recibir', 'no quieres recibir', 'dejar de recibir', 'lista robinson', 'no llame',
  'descadastrar', 'descadastre', 'descadastre-se', 'cancelar inscricao', 'cancelar a inscricao', 'cancelar assinatura', 'nao deseja receber', 'nao quer receber', 'deixar de receber', 'nao me perturbe',
  'unsubscribe_url', 'unsubscribeurl', 'unsubscribe-url',
];
/** Reply keywords for SMS and WhatsApp, usually written in capitals: "Responde BAJA". */
const KEYWORD_CUES: readonly string[] = ['stop', 'baja', 'parar', 'sair', 'cancelar', 'unsub'];

const OPT_OUT_RE = cueRegex(OPT_OUT_CUES);
const KEYWORD_RE = cueRegex(KEYWORD_CUES);

export function hasOptOut(body: string, channel: Channel): boolean {
  const folded = foldSameLength(body);
  OPT_OUT_RE.lastIndex = 0;
  if (OPT_OUT_RE.test(folded)) return true;
  if (channel !== 'sms' && channel !== 'whatsapp') return false;
  KEYWORD_RE.lastIndex = 0;
  for (let m = KEYWORD_RE.exec(folded); m; m = KEYWORD_RE.exec(folded)) {
    // "STOP" as a keyword is in capitals; "stop" in lower case is usually just a verb.
    const written = body.slice(m.index, m.index + m[0].length);
    if (written === written.toUpperCase()) return true;
  }
  return false;
}

const TITLES = {
  unsubscribe: { es: 'Insertar texto de baja aprobado', en: 'Insert approved unsubscribe text', pt: 'Inserir texto de descadastro aprovado' },
  adLabel: { es: 'Añadir la etiqueta «{label}»', en: 'Add the label "{label}"', pt: 'Adicionar o rótulo «{label}»' },
};

export const unsubscribeMissing: Rule = {
  meta: {
    id: 'marketing/unsubscribe-missing',
    docs: docsFor('marketing/unsubscribe-missing'),
    defaultSeverity: 'warning',
    description: {
      es: 'Todo mensaje publicitario debe ofrecer una forma sencilla y gratuita de darse de baja en su mismo canal.',
      en: 'Every marketing message must offer a simple, free way to opt out on its own channel.',
      pt: 'Toda mensagem publicitária deve oferecer uma forma simples e gratuita de descadastro no próprio canal.',
    },
    sources: ['LSSI arts. 21.2 and 22.1 (ES)', 'Ley 28493 (PE)', 'CAN-SPAM (US)', 'CASL (CA)', 'Ley 19.496 art. 28 B (CL)'],
    messages: {
      default: {
        es: 'Mensaje publicitario por {channel} sin forma de darse de baja: añada el texto de baja aprobado.',
        en: 'Marketing message on {channel} with no way to opt out: add the approved unsubscribe text.',
        pt: 'Mensagem publicitária por {channel} sem opção de descadastro: adicione o texto de descadastro aprovado.',
      },
    },
    fixable: true,
    options: ['unsubscribeRequired'],
  },
  check(ctx) {
    if (!ctx.channel || ctx.purpose !== 'marketing' || !(ctx.config.channels[ctx.channel].unsubscribeRequired ?? ctx.config.unsubscribeRequired)) return [];
    if (hasOptOut(ctx.reply.body, ctx.channel)) return [];
    const evidence = ctx.purposeEvidence[0];
    const at = evidence ? { start: ctx.reply.bodyOffset + evidence.start, end: ctx.reply.bodyOffset + evidence.end } : anchor(ctx, 'purpose', 'channel');
    const fixes: Fix[] = [];
    const snippet = pickSnippet(ctx.snippets, { purpose: 'unsubscribe', channel: ctx.channel, locale: ctx.locale, lang: ctx.lang, jurisdiction: ctx.jurisdiction });
    if (snippet) {
      const end = ctx.text.length;
      const before = ctx.text.endsWith('\n') ? '\n' : '\n\n';
      fixes.push(insertSnippetFix(snippet, end, TITLES.unsubscribe[ctx.lang], before, '\n'));
    }
    return [{ ...at, messageId: 'default', data: { channel: CHANNEL_LABELS[ctx.channel][ctx.lang] }, score: 1, reasons: evidence ? [`purpose:${evidence.cue}`] : ['purpose:declared'], fixes }];
  },
};

function startsWithLabel(value: string, labels: readonly string[]): boolean {
  const v = foldSameLength(value.trimStart());
  return labels.some((l) => {
    const f = foldSameLength(l);
    // "Publi" must be a word of its own: "Publicación" is not a label.
    return v.startsWith(f) && !/[\p{L}\p{N}]/u.test(v.charAt(f.length));
  });
}

function containsLabel(value: string, labels: readonly string[]): boolean {
  const re = cueRegex(labels.map((l) => foldSameLength(l)));
  return re.test(foldSameLength(value));
}

export const adLabelMissing: Rule = {
  meta: {
    id: 'marketing/ad-label-missing',
    docs: docsFor('marketing/ad-label-missing'),
    defaultSeverity: 'warning',
    description: {
      es: 'Donde la ley lo exige, la publicidad por medios electrónicos se identifica como tal (ES: «Publicidad» al comienzo; PE: «PUBLICIDAD» en el asunto).',
      en: 'Where the law requires it, electronic marketing is labelled as such (ES: "Publicidad" at the start; PE: "PUBLICIDAD" in the subject).',
      pt: 'Onde a lei exige, a publicidade eletrônica é identificada como tal (ES: «Publicidad» no início; PE: «PUBLICIDAD» no assunto).',
    },
    sources: ['LSSI art. 20.1 (ES)', 'Ley 28493 art. 5 (PE)'],
    messages: {
      start: {
        es: 'Publicidad por {channel} en {jurisdiction} sin la etiqueta «{label}» al comienzo. Fuente: {source}.',
        en: 'Marketing on {channel} in {jurisdiction} without the label "{label}" at the start. Source: {source}.',
        pt: 'Publicidade por {channel} em {jurisdiction} sem o rótulo «{label}» no início. Fonte: {source}.',
      },
      subject: {
        es: 'Publicidad por {channel} en {jurisdiction} sin «{label}» en el asunto. Fuente: {source}.',
        en: 'Marketing on {channel} in {jurisdiction} without "{label}" in the subject. Source: {source}.',
        pt: 'Publicidade por {channel} em {jurisdiction} sem «{label}» no assunto. Fonte: {source}.',
      },
    },
    fixable: true,
    options: ['adLabels'],
  },
  check(ctx) {
    if (!ctx.channel || ctx.purpose !== 'marketing' || !ctx.jurisdiction) return [];
    const policy = ctx.config.adLabels[ctx.jurisdiction];
    if (!policy || !policy.channels.includes(ctx.channel) || !policy.labels.length) return [];
    const subject = ctx.reply.meta.subject;
    const bodyLine = firstLineSpan(ctx.text, ctx.reply.bodyOffset);
    const firstLine = ctx.text.slice(bodyLine.start, bodyLine.end);
    const ok = policy.where === 'subject' ? subject !== undefined && containsLabel(subject, policy.labels) : (subject !== undefined && startsWithLabel(subject, policy.labels)) || startsWithLabel(firstLine, policy.labels);
    if (ok) return [];
    const label = policy.labels[0];
    const subjectSpan = ctx.reply.fields.subject;
    const emailish = ctx.channel === 'email';
    // Where the label goes: the subject for email (PE requires it there), else the first line.
    const useSubject = emailish && (policy.where === 'subject' || subjectSpan !== undefined);
    const report: RuleReport = {
      ...(useSubject && subjectSpan ? subjectSpan : useSubject ? anchor(ctx, 'channel') : bodyLine),
      messageId: policy.where,
      data: { channel: CHANNEL_LABELS[ctx.channel][ctx.lang], jurisdiction: ctx.jurisdiction, label, source: policy.source },
      score: 1,
      reasons: [`source:${policy.source}`],
      fixes: [],
    };
    const title = TITLES.adLabel[ctx.lang].replace('{label}', label);
    const snippet = pickSnippet(ctx.snippets, { purpose: 'ad-label', channel: ctx.channel, locale: ctx.locale, lang: ctx.lang, jurisdiction: ctx.jurisdiction });
    if (useSubject && subjectSpan) {
      // Quoted YAML scalars start with the quote: insert inside it.
      const q = ctx.text[subjectSpan.start];
      const at = q === '"' || q === "'" ? subjectSpan.start + 1 : subjectSpan.start;
      report.fixes!.push({ id: 'label.insert', title, edits: [{ start: at, end: at, newText: policy.insert }] });
    } else if (useSubject && ctx.reply.frontMatter) {
      const closeLine = ctx.text.lastIndexOf('\n', ctx.reply.frontMatter.end - 1) + 1;
      report.fixes!.push({ id: 'label.insert', title, edits: [{ start: closeLine, end: closeLine, newText: `subject: "${policy.insert}"\n` }] });
    } else if (!useSubject) {
      if (snippet) report.fixes!.push(insertSnippetFix(snippet, bodyLine.start, title, '', ' '));
      else report.fixes!.push({ id: 'label.insert', title, edits: [{ start: bodyLine.start, end: bodyLine.start, newText: policy.insert }] });
    }
    return [report];
  },
};
