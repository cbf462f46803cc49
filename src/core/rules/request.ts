// request/sensitive-data: the agent asks the customer to send a full card number, CVV,
// password, one-time code or ID document over the channel. PCI DSS 4.2.2 and 3.3.1; the
// WhatsApp Business Policy. Cheap: find the sensitive object first, then look back in its
// sentence for a request verb and for a negation ("we will never ask for your password").
import { cueRegex, foldSameLength } from '../purpose';
import { insertSnippetFix, pickSnippet } from './snippets';
import type { Rule, RuleReport } from './types';
import { CHANNEL_LABELS, docsFor, lineEnd } from './where';

type SensitiveKind = 'card' | 'cvv' | 'password' | 'otp' | 'document' | 'id-number' | 'account';

const OBJECTS: Record<SensitiveKind, readonly string[]> = {
  card: [
    'numero de tarjeta', 'numero de su tarjeta', 'numero de tu tarjeta', 'numero de la tarjeta', 'numero completo de la tarjeta', 'numero completo de su tarjeta', 'numero completo de tu tarjeta',
    'datos de su tarjeta', 'datos de tu tarjeta', 'datos de la tarjeta', '16 digitos de', 'card number', 'full card', 'card details', 'credit card number', 'debit card number',
    'numero do cartao', 'numero do seu cartao', 'dados do cartao', 'dados do seu cartao',
  ],
  cvv: ['cvv', 'cvc', 'cvv2', 'cvc2', 'codigo de seguridad', 'security code', 'codigo de seguranca'],
  password: ['contrasena', 'clave de acceso', 'clave secreta', 'clave de su cuenta', 'clave de tu cuenta', 'password', 'passcode', 'senha', 'pin', 'nip'],
  otp: [
    'codigo de verificacion', 'codigo que le llego', 'codigo que te llego', 'codigo que le enviamos', 'codigo que te enviamos', 'codigo otp', 'otp', 'codigo sms', 'codigo de un solo uso',
    'one-time code', 'one time code', 'one-time password', 'verification code', 'code we sent', 'codigo de verificacao', 'codigo que enviamos', 'token',
  ],
  document: [
    'foto de su dni', 'foto de tu dni', 'foto de su documento', 'foto de tu documento', 'foto de su cedula', 'foto de tu cedula', 'foto de su pasaporte', 'foto de tu pasaporte', 'foto de su ine', 'foto de tu ine',
    'copia de su dni', 'copia de tu dni', 'copia de su documento', 'copia de tu documento', 'copia de su cedula', 'copia de tu cedula', 'copia de su pasaporte', 'copia de tu pasaporte', 'copia de su ine',
    'photo of your id', 'photo of your passport', "photo of your driver's license", 'copy of your id', 'copy of your passport', "copy of your driver's license", 'scan of your id', 'scan of your passport',
    'foto do seu documento', 'foto do seu rg', 'foto da sua cnh', 'copia do seu documento', 'copia do seu rg', 'foto do seu passaporte',
  ],
  'id-number': [
    'numero de dni', 'numero de su dni', 'numero de tu dni', 'numero de documento', 'numero de su documento', 'numero de cedula', 'numero de su cedula', 'numero de pasaporte', 'curp', 'rfc', 'rut', 'cuit', 'nie',
    'social security number', 'ssn', 'id number', 'numero do cpf', 'seu cpf', 'numero do rg',
  ],
  account: ['numero de cuenta', 'numero de su cuenta bancaria', 'iban', 'clabe', 'cbu', 'account number', 'bank account', 'numero da conta', 'conta bancaria'],
};
const KIND_OF = new Map<string, SensitiveKind>(Object.entries(OBJECTS).flatMap(([k, cues]) => cues.map((c) => [c, k as SensitiveKind] as [string, SensitiveKind])));
const OBJECT_RE = cueRegex([...KIND_OF.keys()]);

const REQUEST_VERBS: readonly string[] = [
  // es (usted and tú)
  'envie', 'envienos', 'enviar', 'envia', 'envianos', 'mande', 'mandenos', 'manda', 'mandanos', 'comparta', 'compartanos', 'comparte', 'compartenos', 'facilite', 'facilitenos', 'facilita', 'facilitanos',
  'indique', 'indiquenos', 'indica', 'indicanos', 'proporcione', 'proporcionenos', 'proporciona', 'proporcionanos', 'escriba', 'escribanos', 'escribe', 'escribenos', 'dicte', 'dictenos', 'dictanos',
  'confirme', 'confirmenos', 'confirma', 'confirmanos', 'necesitamos', 'necesito', 'requerimos', 'adjunte', 'adjunta', 'responda con', 'responde con', 'pasenos', 'pasanos', 'digame', 'dime', 'diganos', 'dinos',
  'cual es su', 'cual es tu', 'me puede dar', 'nos puede dar', 'nos puedes dar', 'podria enviarnos', 'puedes enviarnos', 'puede enviarnos', 'ingrese aqui', 'anote aqui',
  // en
  'send', 'share', 'provide', 'give us', 'give me', 'tell us', 'tell me', 'confirm', 'reply with', 'type in', 'enter', 'need your', 'we need', 'i need', 'include', 'attach', 'what is your', "what's your", 'read out', 'read us',
  // pt
  'envie', 'mande', 'compartilhe', 'informe', 'informar', 'forneca', 'digite', 'confirme', 'precisamos', 'preciso', 'anexe', 'passe', 'qual e o seu', 'qual e a sua', 'nos diga', 'me diga',
];
const VERB_RE = cueRegex(REQUEST_VERBS);
const NEGATION_RE = cueRegex(['no', 'nunca', 'jamas', 'never', 'not', "don't", 'do not', 'dont', 'nao', 'nem', 'sin', 'without', 'evite', 'avoid', 'ni']);
/** "the last 4 digits of your card" is the safe way to identify a card. */
const LAST_DIGITS_RE = cueRegex(['ultimos 4', 'ultimos cuatro', 'last 4', 'last four', 'ultimos quatro', '4 ultimos', 'cuatro ultimos', 'quatro ultimos', 'terminacion', 'termina en', 'ends in', 'ending in']);

/** How far back a request verb may be from the thing asked for, within the sentence. */
const LOOK_BACK = 120;

function sentenceStart(folded: string, at: number): number {
  const floor = Math.max(0, at - LOOK_BACK);
  for (let i = at - 1; i >= floor; i--) {
    const c = folded[i];
    if (c === '.' || c === '!' || c === '?' || c === '\n' || c === ';') return i + 1;
  }
  return floor;
}

export interface SensitiveRequest {
  start: number;
  end: number;
  kind: SensitiveKind;
  cue: string;
}

/** Requests for sensitive data in `body` (offsets into body). `kinds` limits what counts. */
export function findSensitiveRequests(body: string, kinds: ReadonlySet<SensitiveKind>): SensitiveRequest[] {
  const folded = foldSameLength(body);
  const out: SensitiveRequest[] = [];
  OBJECT_RE.lastIndex = 0;
  for (let m = OBJECT_RE.exec(folded); m; m = OBJECT_RE.exec(folded)) {
    const cue = m[0].replace(/[ \t]+/g, ' ');
    const kind = KIND_OF.get(cue);
    if (!kind || !kinds.has(kind)) continue;
    // Short codes (pin, nip, rut, nie, otp, cvv...) count only in capitals or as written words of the phrase.
    if (cue.length <= 4 && cue !== 'cvv' && cue !== 'cvc' && cue !== 'otp' && cue !== 'pin') {
      const written = body.slice(m.index, m.index + m[0].length);
      if (written !== written.toUpperCase()) continue;
    }
    const s = sentenceStart(folded, m.index);
    const before = folded.slice(s, m.index);
    VERB_RE.lastIndex = 0;
    if (!VERB_RE.test(before)) continue;
    NEGATION_RE.lastIndex = 0;
    if (NEGATION_RE.test(before)) continue;
    if (kind === 'card' || kind === 'account' || kind === 'id-number') {
      LAST_DIGITS_RE.lastIndex = 0;
      const around = folded.slice(s, Math.min(folded.length, m.index + m[0].length + 40));
      if (LAST_DIGITS_RE.test(around)) continue;
    }
    if (out.length && out[out.length - 1].end > m.index) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind, cue });
  }
  return out;
}

const KIND_NAMES: Record<SensitiveKind, Record<'es' | 'en' | 'pt', string>> = {
  card: { es: 'el número de tarjeta', en: 'the card number', pt: 'o número do cartão' },
  cvv: { es: 'el código de seguridad (CVV)', en: 'the security code (CVV)', pt: 'o código de segurança (CVV)' },
  password: { es: 'la contraseña', en: 'the password', pt: 'a senha' },
  otp: { es: 'un código de un solo uso', en: 'a one-time code', pt: 'um código de uso único' },
  document: { es: 'una copia del documento de identidad', en: 'a copy of an ID document', pt: 'uma cópia do documento de identidade' },
  'id-number': { es: 'el número de documento', en: 'the ID number', pt: 'o número do documento' },
  account: { es: 'el número de cuenta', en: 'the account number', pt: 'o número da conta' },
};

const FIX_TITLE = { es: 'Insertar el texto aprobado de canal seguro', en: 'Insert the approved secure-channel text', pt: 'Inserir o texto aprovado de canal seguro' };

export const sensitiveDataRequest: Rule = {
  meta: {
    id: 'request/sensitive-data',
    docs: docsFor('request/sensitive-data'),
    defaultSeverity: 'warning',
    description: {
      es: 'No pida al cliente datos de tarjeta completos, CVV, contraseñas, códigos de un solo uso ni documentos por este canal: ofrezca el canal seguro.',
      en: 'Do not ask the customer for full card numbers, CVV, passwords, one-time codes or ID documents on this channel: offer the secure channel.',
      pt: 'Não peça ao cliente número completo de cartão, CVV, senhas, códigos de uso único nem documentos por este canal: ofereça o canal seguro.',
    },
    sources: ['PCI DSS v4.0.1 req. 4.2.2 and 3.3.1', 'WhatsApp Business Policy'],
    messages: {
      default: {
        es: 'La respuesta pide {what} por {channel}: use el canal seguro en su lugar.',
        en: 'The reply asks for {what} on {channel}: use the secure channel instead.',
        pt: 'A resposta pede {what} por {channel}: use o canal seguro.',
      },
    },
    fixable: true,
    options: ['channels'],
  },
  check(ctx) {
    if (!ctx.channel || ctx.channel === 'phone') return [];
    const restricted = ctx.config.channels[ctx.channel].piiRestricted;
    const kinds = new Set<SensitiveKind>(['card', 'cvv', 'password', 'otp', 'document']);
    if (restricted.includes('NATIONAL_ID')) kinds.add('id-number');
    if (restricted.includes('IBAN_CODE')) kinds.add('account');
    const found = findSensitiveRequests(ctx.reply.body, kinds);
    const snippet = found.length ? pickSnippet(ctx.snippets, { purpose: 'secure-payment', channel: ctx.channel, locale: ctx.locale, lang: ctx.lang, jurisdiction: ctx.jurisdiction }) : undefined;
    return found.map((r): RuleReport => {
      const start = ctx.reply.bodyOffset + r.start;
      const end = ctx.reply.bodyOffset + r.end;
      return {
        messageId: 'default',
        data: { what: KIND_NAMES[r.kind][ctx.lang], channel: CHANNEL_LABELS[ctx.channel!][ctx.lang] },
        start,
        end,
        subtype: r.kind,
        score: 0.9,
        reasons: [`request:${r.cue}`],
        fixes: snippet ? [insertSnippetFix(snippet, lineEnd(ctx.text, end), FIX_TITLE[ctx.lang], '\n', '')] : [],
      };
    });
  },
};
