// User-facing words of the core, in the agents' languages. No message ever contains the value.
import type { Entity, Lang } from './types';

type Localised = Record<Lang, string>;

export const ENTITY_NAMES: Record<Entity, Localised> = {
  CREDIT_CARD: { es: 'Número de tarjeta', en: 'Card number', pt: 'Número de cartão' },
  IBAN_CODE: { es: 'Cuenta bancaria', en: 'Bank account', pt: 'Conta bancária' },
  PHONE_NUMBER: { es: 'Teléfono', en: 'Phone number', pt: 'Telefone' },
  EMAIL_ADDRESS: { es: 'Correo electrónico', en: 'Email address', pt: 'E-mail' },
  IP_ADDRESS: { es: 'Dirección IP', en: 'IP address', pt: 'Endereço IP' },
  PERSON: { es: 'Nombre de persona', en: 'Person name', pt: 'Nome de pessoa' },
  NATIONAL_ID: { es: 'Documento de identidad o fiscal', en: 'National or tax ID', pt: 'Documento de identidade ou fiscal' },
  STREET_ADDRESS: { es: 'Dirección postal', en: 'Street address', pt: 'Endereço' },
  CREDENTIAL: { es: 'Credencial', en: 'Credential', pt: 'Credencial' },
  DATE_OF_BIRTH: { es: 'Fecha de nacimiento', en: 'Date of birth', pt: 'Data de nascimento' },
  PASSPORT: { es: 'Pasaporte', en: 'Passport number', pt: 'Passaporte' },
};

/** Labels used by the `label` redaction operator. */
export const REDACTION_LABELS: Record<Entity, Localised> = {
  CREDIT_CARD: { es: '[TARJETA]', en: '[CARD]', pt: '[CARTÃO]' },
  IBAN_CODE: { es: '[CUENTA]', en: '[ACCOUNT]', pt: '[CONTA]' },
  PHONE_NUMBER: { es: '[TELÉFONO]', en: '[PHONE]', pt: '[TELEFONE]' },
  EMAIL_ADDRESS: { es: '[CORREO]', en: '[EMAIL]', pt: '[E-MAIL]' },
  IP_ADDRESS: { es: '[IP]', en: '[IP]', pt: '[IP]' },
  PERSON: { es: '[NOMBRE]', en: '[NAME]', pt: '[NOME]' },
  NATIONAL_ID: { es: '[DOCUMENTO]', en: '[ID NUMBER]', pt: '[DOCUMENTO]' },
  STREET_ADDRESS: { es: '[DIRECCIÓN]', en: '[ADDRESS]', pt: '[ENDEREÇO]' },
  CREDENTIAL: { es: '[CREDENCIAL]', en: '[CREDENTIAL]', pt: '[CREDENCIAL]' },
  DATE_OF_BIRTH: { es: '[FECHA DE NACIMIENTO]', en: '[DATE OF BIRTH]', pt: '[DATA DE NASCIMENTO]' },
  PASSPORT: { es: '[PASAPORTE]', en: '[PASSPORT]', pt: '[PASSAPORTE]' },
};

const DETECTED: Localised = {
  es: '{name}{subtype} en la respuesta: redáctelo antes de enviar.',
  en: '{name}{subtype} in the reply: redact it before sending.',
  pt: '{name}{subtype} na resposta: oculte-o antes de enviar.',
};

const FIX_TITLES: Record<'maskLast4' | 'mask' | 'label' | 'remove', Localised> = {
  maskLast4: { es: 'Enmascarar {name} (deja los 4 últimos)', en: 'Mask {name} (keep last 4)', pt: 'Mascarar {name} (mantém os 4 últimos)' },
  mask: { es: 'Enmascarar {name}', en: 'Mask {name}', pt: 'Mascarar {name}' },
  label: { es: 'Sustituir por {label}', en: 'Replace with {label}', pt: 'Substituir por {label}' },
  remove: { es: 'Eliminar {name}', en: 'Remove {name}', pt: 'Remover {name}' },
};

export function format(template: string, args: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => args[k] ?? `{${k}}`);
}

export function entityName(entity: Entity, lang: Lang): string {
  return ENTITY_NAMES[entity][lang];
}

// Dense text has thousands of findings but only a few dozen distinct messages and titles.
const messageCache = new Map<string, string>();
function cached(key: string, make: () => string): string {
  let value = messageCache.get(key);
  if (value === undefined) {
    if (messageCache.size > 4096) messageCache.clear();
    value = make();
    messageCache.set(key, value);
  }
  return value;
}

// One message per finding of a dense text: looked up without building a key string.
const piiMessageCache: Record<Lang, Partial<Record<Entity, Map<string, string>>>> = { es: {}, en: {}, pt: {} };

export function piiMessage(entity: Entity, subtype: string | undefined, lang: Lang): string {
  const key = subtype ?? '';
  // Subtypes come from detectors and custom patterns: bounded, but not by us.
  let byEntity = piiMessageCache[lang][entity];
  if (!byEntity) byEntity = piiMessageCache[lang][entity] = new Map();
  let message = byEntity.get(key);
  if (message === undefined) {
    if (byEntity.size > 1024) byEntity.clear();
    message = format(DETECTED[lang], { name: entityName(entity, lang), subtype: subtype ? ` (${subtype})` : '' });
    byEntity.set(key, message);
  }
  return message;
}

/** Entities whose mask keeps the last 4 characters (PCI DSS 3.4.1 allows at most BIN + last 4). */
export const MASK_KEEPS_LAST_4: ReadonlySet<Entity> = new Set(['CREDIT_CARD', 'IBAN_CODE', 'NATIONAL_ID', 'PHONE_NUMBER', 'PASSPORT']);

export function fixTitle(op: 'mask' | 'label' | 'remove', entity: Entity, lang: Lang): string {
  const key = op === 'mask' && MASK_KEEPS_LAST_4.has(entity) ? 'maskLast4' : op;
  return cached(`f|${key}|${entity}|${lang}`, () => format(FIX_TITLES[key][lang], { name: entityName(entity, lang).toLowerCase(), label: REDACTION_LABELS[entity][lang] }));
}
