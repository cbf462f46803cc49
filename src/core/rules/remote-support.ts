// remote-support/consent-missing: a remote session needs the customer's explicit consent and
// the scope explained before connecting (seed remote-assistance policy, policy-facts.md).
import { cueRegex, foldSameLength } from '../purpose';
import { insertSnippetFix, pickSnippet } from './snippets';
import type { Rule } from './types';
import { docsFor, lineEnd } from './where';

const REMOTE_CUES: readonly string[] = [
  'teamviewer', 'anydesk', 'rustdesk', 'ultraviewer', 'splashtop', 'logmein', 'gotoassist', 'chrome remote desktop', 'quick assist', 'asistencia rapida', 'assistencia rapida',
  'acceso remoto', 'conexion remota', 'sesion remota', 'asistencia remota', 'soporte remoto', 'control remoto', 'escritorio remoto', 'conectarnos a su equipo', 'conectarnos a tu equipo',
  'remote session', 'remote access', 'remote desktop', 'remote support', 'remote assistance', 'remote control', 'connect to your computer',
  'acesso remoto', 'sessao remota', 'suporte remoto', 'assistencia remota', 'conexao remota',
];
/** Wording that shows consent is being asked for or was given. */
const CONSENT_CUES: readonly string[] = [
  'autoriza', 'autorizas', 'autorice', 'autorizacion', 'consentimiento', 'consiente', 'consientes', 'su permiso', 'tu permiso', 'acepta que', 'aceptas que', 'con su aprobacion',
  'consent', 'consents', 'authorize', 'authorise', 'authorization', 'authorisation', 'your permission', 'you agree', 'do you agree',
  'autorizacao', 'autorize', 'consentimento', 'sua permissao', 'concorda', 'voce concorda',
];
const REMOTE_RE = cueRegex(REMOTE_CUES);
const CONSENT_RE = cueRegex(CONSENT_CUES);

export function findRemoteSessionOffer(body: string): { start: number; end: number; cue: string } | undefined {
  const folded = foldSameLength(body);
  REMOTE_RE.lastIndex = 0;
  const m = REMOTE_RE.exec(folded);
  if (!m) return undefined;
  CONSENT_RE.lastIndex = 0;
  if (CONSENT_RE.test(folded)) return undefined;
  return { start: m.index, end: m.index + m[0].length, cue: m[0] };
}

const FIX_TITLE = { es: 'Insertar el consentimiento aprobado para asistencia remota', en: 'Insert the approved remote-support consent', pt: 'Inserir o consentimento aprovado para suporte remoto' };

export const remoteSupportConsentMissing: Rule = {
  meta: {
    id: 'remote-support/consent-missing',
    docs: docsFor('remote-support/consent-missing'),
    defaultSeverity: 'warning',
    description: {
      es: 'Antes de una sesión remota, el cliente debe dar su consentimiento explícito y conocer su alcance.',
      en: 'Before a remote session the customer must give explicit consent and know its scope.',
      pt: 'Antes de uma sessão remota o cliente deve dar consentimento explícito e conhecer o escopo.',
    },
    sources: ['Remote assistance policy (seed, policy-facts.md)'],
    messages: {
      default: {
        es: 'La respuesta ofrece una sesión remota sin el texto de consentimiento: añádalo antes de conectar.',
        en: 'The reply offers a remote session without the consent text: add it before connecting.',
        pt: 'A resposta oferece uma sessão remota sem o texto de consentimento: adicione-o antes de conectar.',
      },
    },
    fixable: true,
    options: [],
  },
  check(ctx) {
    const offer = findRemoteSessionOffer(ctx.reply.body);
    if (!offer) return [];
    const start = ctx.reply.bodyOffset + offer.start;
    const end = ctx.reply.bodyOffset + offer.end;
    const snippet = pickSnippet(ctx.snippets, { purpose: 'remote-support-consent', channel: ctx.channel, locale: ctx.locale, lang: ctx.lang, jurisdiction: ctx.jurisdiction });
    return [{ messageId: 'default', start, end, score: 0.9, reasons: [`remote:${offer.cue}`], fixes: snippet ? [insertSnippetFix(snippet, lineEnd(ctx.text, end), FIX_TITLE[ctx.lang], '\n', '')] : [] }];
  },
};
