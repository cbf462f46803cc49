// reply/front-matter-invalid: a malformed header must not crash anything nor hide the body.
import type { Rule } from './types';
import { docsFor } from './where';

export const frontMatterInvalid: Rule = {
  meta: {
    id: 'reply/front-matter-invalid',
    docs: docsFor('reply/front-matter-invalid'),
    defaultSeverity: 'warning',
    description: {
      es: 'La cabecera YAML de la respuesta (customer, channel, purpose...) debe ser válida para poder comprobar el consentimiento.',
      en: 'The reply header (YAML: customer, channel, purpose...) must be valid for consent checks to run.',
      pt: 'O cabeçalho YAML da resposta (customer, channel, purpose...) deve ser válido para verificar o consentimento.',
    },
    sources: ['Reply Guard reply format'],
    messages: {
      default: {
        es: 'Cabecera de la respuesta no válida (línea {line}): {detail}.',
        en: 'Invalid reply header (line {line}): {detail}.',
        pt: 'Cabeçalho da resposta inválido (linha {line}): {detail}.',
      },
    },
    fixable: false,
    options: [],
  },
  check(ctx) {
    return ctx.reply.problems.map((p) => ({ messageId: 'default', data: { line: String(p.line), detail: p.detail }, start: p.start, end: p.end }));
  },
};
