// CREDENTIAL: secrets pasted into a reply. Two kinds of evidence:
// - the value's own shape: API keys and tokens with a published prefix (AWS, GitHub, Slack,
//   Stripe, Google, JWT) and PEM private-key blocks;
// - a cue word (contraseña, password, senha, código de verificación, OTP, token...) followed by
//   an optional ':' / 'es' / 'is' and a value that looks like a secret; a few words may sit
//   between the cue and the ':' / 'es' ("el código de verificación de tu cuenta es 043242",
//   "PIN de la SIM: 4831"); a one-time code may also follow later in the same paragraph
//   ("... the current one is 934550", "el código que nos dictaste (894447)").
// Card CVV/CVC and expiry are the cards detector's business, not ours.
import type { Candidate, Detector } from '../types';
import { isMaskChar } from './word-edges';
import { execNotAfter } from '../text';
import { groupedAlternation, topLevelBranches } from '../alternation';
import { CueWords } from './cue-words';
import { NUMERIC_LOOKALIKE_WORDS } from './lookalikes';

export type CredentialKind = 'PASSWORD' | 'OTP' | 'PIN' | 'API_KEY' | 'TOKEN' | 'PRIVATE_KEY';

/**
 * Token chars on either side of a prefixed key: the key must stand alone. The left edge is
 * checked in code, not by a leading lookbehind, which would be tried at every position and
 * keep the engine from skipping ahead to the literal prefix.
 */
const TOKEN_EDGE_AFTER = '(?![A-Za-z0-9_\\-])';
const isTokenChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;

interface PrefixPattern {
  name: string;
  kind: CredentialKind;
  score: number;
  /** Searched at word starts through the shared cue pass (cue-words.ts), case-sensitive. */
  re: CueWords;
}

/**
 * `prefix` + `rest` is the key. A key that is reported stands alone (findPrefixed), so it
 * starts a word: the shared cue pass finds where its prefix does. `selfSimilar`: the key
 * can contain the prefix itself ("xoxb-xoxb-...", "eyJeyJ..."); the lookbehind keeps a
 * glued repeat from counting.
 */
const prefixed = (name: string, kind: CredentialKind, score: number, prefix: string, rest: string, selfSimilar = false): PrefixPattern => ({
  name,
  kind,
  score,
  re: new CueWords([prefix], `${selfSimilar ? '(?<![A-Za-z0-9_\\-])' : ''}(?:${prefix})${rest}${TOKEN_EDGE_AFTER}`, false),
});

/** Published key formats; each starts with a literal, so the engine only tries where it occurs. */
const PREFIXED: readonly PrefixPattern[] = [
  prefixed('aws-access-key', 'API_KEY', 0.9, 'AKIA|ASIA|ABIA|ACCA', '[A-Z0-9]{16}'),
  prefixed('github', 'TOKEN', 0.95, 'gh[pousr]_', '[A-Za-z0-9]{36,255}'),
  prefixed('github-pat', 'TOKEN', 0.95, 'github_pat_', '[A-Za-z0-9_]{50,255}'),
  prefixed('slack', 'TOKEN', 0.95, 'xox[abpr]-', '[A-Za-z0-9-]{10,250}', true),
  prefixed('stripe-secret', 'API_KEY', 0.95, '(?:sk|rk)_live_', '[A-Za-z0-9]{10,247}'),
  // Test-mode keys unlock no money but still a company's account.
  prefixed('stripe-test', 'API_KEY', 0.8, '(?:sk|rk)_test_', '[A-Za-z0-9]{10,247}'),
  // Publishable keys are meant for web pages: worth a look, not an alarm.
  prefixed('stripe-publishable', 'API_KEY', 0.6, 'pk_(?:live|test)_', '[A-Za-z0-9]{10,247}'),
  prefixed('google-api-key', 'API_KEY', 0.9, 'AIza', '[0-9A-Za-z_\\-]{35}'),
  prefixed('jwt', 'TOKEN', 0.9, 'eyJ', '[A-Za-z0-9_\\-]{4,2000}\\.eyJ[A-Za-z0-9_\\-]{4,8000}\\.[A-Za-z0-9_\\-]{8,2000}', true),
];

const PEM_BEGIN = /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/g;
const PEM_END = /-----END (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/g;
/** A 4096-bit RSA key in PEM is ~3.3k chars; we look no further than this for its END line. */
const PEM_MAX = 16_384;

interface Cue {
  kind: 'password' | 'otp' | 'token' | 'pin';
  source: string;
}

// Accents are spelled out ([oó]) rather than folded, so offsets stay those of the original text.
const CUES: readonly Cue[] = [
  {
    kind: 'otp',
    source: [
      'c[oó]digos?\\s+(?:de\\s+)?(?:verificaci[oó]n|verifica[cç][aã]o|validaci[oó]n|valida[cç][aã]o|confirmaci[oó]n|confirma[cç][aã]o|activaci[oó]n|ativa[cç][aã]o|autenticaci[oó]n|autentica[cç][aã]o|acceso|acesso|un\\s+solo\\s+uso|uso\\s+[uú]nico|inicio\\s+de\\s+sesi[oó]n|login|otp|2fa|sms|seguridad\\s+de\\s+(?:tu|su)\\s+cuenta|portabilidad|portabilidade)',
      // "te reenviamos el código", "enviamos um código", "we sent you a code": the code follows.
      '(?:envi|reenvi|mand)[a-záéíóú]{0,7}\\s+(?:[a-z]{1,5}\\s+){0,2}c[oó]digos?', '(?:sent|resent|texted)\\s+(?:you\\s+)?(?:a|an|the|your)\\s+(?:new\\s+)?code',
      // The customer's side of the same thing: "me llegó este código", "el código que me llegó es",
      // "recibí el código", "chegou o código", "I got an SMS with code". A code the customer did
      // not ask for is still a live one-time code.
      '(?:lleg[oó]|llegaron|recib[ií]|recibo|recibi[oó]|recibieron|recibimos|chegou|recebi|recebeu|receberam)\\s+(?:[a-z]{1,5}\\s+){0,2}c[oó]digos?',
      '(?:got|received|get|gets|getting)\\s+(?:[a-z]{1,6}\\s+){0,3}codes?',
      'c[oó]digos?\\s+que\\s+(?:(?:me|nos|te|le|lhe)\\s+)?(?:lleg[oó]|llegaron|(?:envi|reenvi|mand)[a-záéíóú]{1,7}|chegou)',
      '(?:verification|one[\\s-]time|otp|2fa|auth|authentication|login|sms|access|security)\\s+(?:code|passcode)',
      'one[\\s-]time\\s+(?:password|pin)',
      // "un código de 6 cifras", "a 6-digit code": the code itself usually follows.
      'c[oó]digo\\s+de\\s+[4-8]\\s+(?:cifras|d[ií]gitos)', '[4-8][\\s-]digit\\s+(?:code|passcode)',
      'otp', 'passcode',
      // Chilean and Peruvian banks' one-time codes: "clave dinámica", "código dinámico".
      'clave\\s+din[aá]mica', 'c[oó]digo\\s+din[aá]mico',
    ].join('|'),
  },
  {
    kind: 'token',
    source: [
      '(?:access|api|auth|bearer|refresh|session|personal\\s+access)\\s+tokens?', 'tokens?(?:\\s+de\\s+(?:acceso|acesso|api|sesi[oó]n))?',
      'api[\\s_-]?keys?', 'secret(?:\\s+key)?', 'client\\s+secret', 'bearer',
      'clave\\s+(?:de\\s+)?api', 'chave\\s+(?:de\\s+)?api', 'llave\\s+(?:de\\s+)?api',
    ].join('|'),
  },
  {
    kind: 'password',
    source: [
      'contrase[ñn]as?', 'passwords?', 'passwd', '(?<!boarding\\s)pass', 'pwd', 'senhas?', 'palavra[\\s-]passe',
      // "clave de rastreo", "clave única" (CURP), "clave interbancaria" (CLABE) are not secrets.
      'claves?(?:\\s+(?:de\\s+acceso|secreta|de\\s+internet|web|del\\s+wifi|wifi))?(?!\\s+(?:de|del|[uú]nica|interbancaria|electoral|elector)\\b)',
    ].join('|'),
  },
  {
    // SIM PIN and PUK, card and phone-banking PINs, Mexico's NIP (portabilidad, tarjeta).
    kind: 'pin',
    // Form keys too: "pin_sim = 2580", "pin_sim_nueva = 7734".
    source: ['pin(?:\\s+code|(?:_[a-z]{1,12}){1,3})?', 'c[oó]digo\\s+(?:pin|puk)', 'puk\\d?', 'nip'].join('|'),
  },
];

/** Words that may sit between the cue and its value: "tu contraseña temporal es ...". */
const FILLER = '(?:temporal|provisional|nueva|nuevo|actual|inicial|temporary|new|current|initial|default|nova|novo|tempor[aá]ria|provis[oó]ria|atual|padr[aã]o)';

// Non-unicode and case-insensitive: several times faster than /u over a whole reply, and
// enough for Latin letters (the lookarounds name the Latin-1/Extended-A range explicitly).
// Searched at word starts through the shared cue pass (cue-words.ts); the left edge is also
// checked by execNotAfter (CUE_EDGE, accented letters too): a leading lookbehind would run
// at every position.
const CUE_RE = new CueWords(
  CUES.flatMap((c) => topLevelBranches(c.source)),
  `(?:${CUES.map((c) => `(${groupedAlternation(topLevelBranches(c.source), true)})`).join('|')})(?![A-Za-z0-9_\\u00C0-\\u024F])`,
);
const CUE_EDGE = /[A-Za-z0-9_\u00C0-\u024F]/i;

/**
 * After the cue: filler words, then ':' / '=' (strong), or 'es' / 'is' / 'é' / 'será'
 * (weak), or an opening parenthesis, or nothing; an optional quote; the value (no spaces,
 * bounded). Before a strong or weak link up to six plain words may qualify the cue ("de la SIM", "para el portal de
 * clientes"); they are letters only, so the gap never crosses punctuation or a number.
 */
const VALUE_RE = new RegExp(
  `(?:\\s{1,3}${FILLER}){0,2}(?:(?<gap>(?:\\s{1,3}\\p{L}{1,20}){1,6}?)??(?:\\s{0,3}(?<strong>[:=])(?!//)|\\s{1,3}(?<weak>es|is|was|era|ser[aá]|will\\s+be|[eé]|foi)(?=[\\s:"'«“(])(?:\\s{0,2}:)?|\\s{1,3}(?<paren>)(?=\\())|(?<none>\\s{1,3}))(?:\\*{1,3}|_{1,3})?\\s{0,3}[("'\`«“]?(?<value>[^\\s"'\`«»“”<>]{1,160})`,
  'yiu',
);

/**
 * A word ending a question or exclamation, right after a password cue with no ':' or 'es'
 * ("¿ingresó su clave ahí?", "your password there!"): the sentence, not the password. The
 * password itself often follows ("Era Medellin.2023"), and findLaterSecret looks there.
 */
const SENTENCE_WORD = /^\p{L}{1,12}[?!]+$/u;

const STOP_VALUES = new Set(['your', 'the', 'none', 'null', 'n/a', 'su', 'tu', 'la', 'el', 'sua', 'seu', 'ninguna', 'ninguno', 'nenhuma', 'nenhum']);

/**
 * Already masked or a placeholder: "********", "xxxx", "•••", "[redacted]", "(empty)". A value that
 * merely contains a mask or a redaction label ("hunter2!****", "abc[TARJETA]") was glued to
 * something another detector redacted: flagging it now would make redaction not idempotent.
 */
function isMasked(value: string): boolean {
  return /^[*•●x#·.\-_]+$/i.test(value) || /^\[.*\]$|^\{.*\}$|^\(\p{L}+\)$/u.test(value) || /[*•●]{2}|\[\p{Lu}[\p{Lu} ]+\]/u.test(value) || MACRO_FIELD.test(value);
}

/** A macro's field left unfilled: "%PASSWORD%", "<<CLAVE>>", "#PIN#", "$password$". */
const MACRO_FIELD = /^(?:%[\p{L}_ ]+%|<<[\p{L}_ ]+>>|#[\p{L}_]+#|\$[\p{L}_]+\$)$/u;

/** Lower, upper, digit, symbol; accented letters are letters ("dinámica" is one class). */
function charClasses(value: string): number {
  return (/\p{Ll}/u.test(value) ? 1 : 0) + (/\p{Lu}/u.test(value) ? 1 : 0) + (/\d/.test(value) ? 1 : 0) + (/[^\p{L}\p{N}]/u.test(value) ? 1 : 0);
}

/** Bits per char (Shannon): random keys score ~4-6, words and repeated chars much less. */
export function entropy(value: string): number {
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/** A password is not a plain word: letters with digits or symbols, or a PIN-like digit run. */
export function looksLikePassword(value: string): boolean {
  if (value.length < 4 || value.length > 128 || isMasked(value) || STOP_VALUES.has(value.toLowerCase())) return false;
  if (/^[a-z]+:\/\/|^www\./i.test(value) || /^[\w.+-]+@[\w-]+\.[\w.]+$/.test(value)) return false; // links, emails
  if (/^\d{4,12}$/.test(value)) return true;
  const hasLetter = /\p{L}/u.test(value);
  if (!hasLetter) return false;
  // An inner capital ("hunTer2") or a digit or symbol next to letters; 8+ chars of mixed case too.
  return charClasses(value) >= 3 || (charClasses(value) === 2 && (/\d|[^\p{L}\p{N}]/u.test(value) || value.length >= 8));
}

/** SIM PIN 4-8 digits, PUK 8, NIP 4. */
const PIN_VALUE = /^\d{4,8}$/;

const OTP_VALUE = /^(?:\d{4,10}|\d{3,4}[- ]\d{3,4}|[A-Z]-\d{4,8}|(?=[A-Z0-9]{6,8}$)(?=.*\d)(?=.*[A-Z])[A-Z0-9]+)$/;

export function looksLikeToken(value: string): boolean {
  return value.length >= 16 && value.length <= 512 && /^[A-Za-z0-9_\-./+=:]+$/.test(value) && /\d/.test(value) && /[A-Za-z]/.test(value) && entropy(value) >= 3.2;
}

function trimValue(text: string, start: number, end: number): [number, number] {
  // Sentence punctuation and closing quotes after a value belong to the sentence. '!' and '?'
  // stay: they are common in passwords, and masking one char too many leaks nothing.
  for (;;) {
    const last = text[end - 1];
    if (end <= start) break;
    if (/[.,;:"'»”]/.test(last) || (/[)\]}]/.test(last) && !/[([{]/.test(text.slice(start, end)))) end--;
    else break;
  }
  // "123 456": a six-digit code written in two halves.
  const rest = /^ \d{3}(?!\w)/.exec(text.slice(end, end + 5));
  if (rest && /^\d{3}$/.test(text.slice(start, end))) end += rest[0].length;
  return [start, end];
}

function credential(kind: CredentialKind, start: number, end: number, score: number, reason: string): Candidate {
  return { entity: 'CREDENTIAL', subtype: kind, start, end, score, detector: 'credentials', reasons: [reason] };
}

function findPrefixed(text: string, out: Candidate[]): void {
  for (const p of PREFIXED) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      // Glued inside a longer token, or the tail of a dotted name ("a.sk_test_..." after a domain).
      const prev = m.index > 0 ? text.charCodeAt(m.index - 1) : 0;
      if (isTokenChar(prev) || isMaskChar(prev) || (prev === 46 && m.index > 1 && isTokenChar(text.charCodeAt(m.index - 2)))) {
        p.re.lastIndex = m.index + 1;
        continue;
      }
      out.push(credential(p.kind, m.index, m.index + m[0].length, p.score, `prefix:${p.name}`));
    }
  }
}

function findPem(text: string, out: Candidate[]): void {
  PEM_BEGIN.lastIndex = 0;
  for (let m = PEM_BEGIN.exec(text); m; m = PEM_BEGIN.exec(text)) {
    const start = m.index;
    PEM_END.lastIndex = 0;
    const end = PEM_END.exec(text.slice(start, start + PEM_MAX));
    const stop = start + (end ? end.index + end[0].length : m[0].length);
    out.push(credential('PRIVATE_KEY', start, stop, 0.98, 'pem:private-key'));
    PEM_BEGIN.lastIndex = stop;
  }
}

function findCued(text: string, out: Candidate[]): void {
  const later = { scannedTo: 0 };
  const laterSecret = { scannedTo: 0 };
  CUE_RE.lastIndex = 0;
  for (let m = execNotAfter(CUE_RE, text, CUE_EDGE); m; m = execNotAfter(CUE_RE, text, CUE_EDGE)) {
    const cue = CUES[m.slice(1).findIndex((g) => g !== undefined)];
    VALUE_RE.lastIndex = m.index + m[0].length;
    const v = VALUE_RE.exec(text);
    if (!v?.groups) {
      const after = CUE_RE.lastIndex;
      if (cue.kind === 'otp') {
        // A longer cue may start inside this one ("envió código de verificación 221399").
        CUE_RE.lastIndex = m.index + 1;
        findLaterCode(text, after, out, later);
      } else findLaterSecret(text, after, out, laterSecret, secretKindOf(cue.kind, m[0]));
      continue;
    }
    const valueStart = VALUE_RE.lastIndex - v.groups.value.length;
    const [start, end] = trimValue(text, valueStart, VALUE_RE.lastIndex);
    const value = text.slice(start, end);
    const strong = v.groups.strong !== undefined;
    const weak = v.groups.weak !== undefined || v.groups.paren !== undefined;
    if (cue.kind === 'pin') {
      if (!PIN_VALUE.test(value)) {
        // "el NIP de la tarjeta? es 7302", "el PUK, te lo dicto: 48201937".
        findLaterSecret(text, CUE_RE.lastIndex, out, laterSecret, 'PIN');
        continue;
      }
      out.push(credential('PIN', start, end, strong || weak ? 0.85 : 0.75, 'cue:pin'));
    } else if ((cue.kind === 'otp' || cue.kind === 'token') && OTP_VALUE.test(value)) {
      // A short digit run after an OTP or token cue is a one-time code.
      out.push(credential('OTP', start, end, strong || weak ? 0.85 : 0.75, `cue:${cue.kind}`));
    } else if (cue.kind === 'otp' && looksLikePassword(value)) {
      out.push(credential('OTP', start, end, 0.75, 'cue:otp'));
    } else if (cue.kind === 'token' && looksLikeToken(value)) {
      out.push(credential(/key|clave|chave|llave/i.test(m[0]) ? 'API_KEY' : 'TOKEN', start, end, 0.85, 'cue:token+entropy'));
    } else if (cue.kind === 'password' && looksLikePassword(value) && !(!strong && !weak && SENTENCE_WORD.test(value))) {
      // After "password:" the value is as certain as a name or an e-mail next to it: it wins ties.
      out.push(credential('PASSWORD', start, end, strong ? 0.9 : weak ? 0.85 : 0.7, 'cue:password'));
    } else {
      const after = CUE_RE.lastIndex;
      if (cue.kind === 'otp') {
        CUE_RE.lastIndex = m.index + 1;
        findLaterCode(text, after, out, later);
      } else if (cue.kind === 'password' || cue.kind === 'token') findLaterSecret(text, after, out, laterSecret, secretKindOf(cue.kind, m[0]));
      continue;
    }
    CUE_RE.lastIndex = Math.max(CUE_RE.lastIndex, end);
  }
}

/** How far (chars) after a one-time-code cue with no value of its own we look for the code. */
const LATER_CODE_SPAN = 200;
/**
 * The code introduced as such later on: "... the current one is 934550", "el código que nos
 * dictaste (894447)", a chat's "ya llegó, 448190" / "chegou o código 662014". Only a bare 4-8
 * digit run right after 'is'/'es (el)'/'é'/':'/'('/','/'código' counts, and never across a
 * blank line (another paragraph, another topic).
 */
// Case-insensitive: the link often starts a sentence ("Es el 126582", "It's 090336").
const LATER_CODE = /(?:(?<![\p{L}\p{N}])(?:is|it['’]s|that['’]s|es|[eé]|era|was|sali[oó]|c[oó]digo|code)|[:(,→—–])(?:\s{1,2}(?:el|o|the))?\s{0,2}(\d{4,8})(?![\p{L}\p{N}]|[.,/:-]\d)/giu;

/**
 * The text after a cue still to search for its value: up to `span` chars, never across a
 * blank line (another paragraph, another topic), and never what an earlier cue already
 * searched (`state.scannedTo`: many cues in a row scan once). Undefined when nothing is left.
 */
function laterWindow(text: string, cueEnd: number, span: number, state: { scannedTo: number }): { from: number; window: string } | undefined {
  const from = Math.max(cueEnd, state.scannedTo);
  const to = cueEnd + span;
  if (from >= to) return undefined;
  state.scannedTo = to;
  let window = text.slice(from, to);
  const paragraph = /\n\s*\n/.exec(window);
  if (paragraph) window = window.slice(0, paragraph.index);
  return { from, window };
}

function findLaterCode(text: string, cueEnd: number, out: Candidate[], state: { scannedTo: number }): void {
  const later = laterWindow(text, cueEnd, LATER_CODE_SPAN, state);
  if (!later) return;
  const { from, window } = later;
  LATER_CODE.lastIndex = 0;
  const m = LATER_CODE.exec(window);
  if (!m) return;
  const start = from + m.index + m[0].length - m[1].length;
  out.push(credential('OTP', start, start + m[1].length, 0.7, 'cue:otp-earlier'));
}

/** How far (chars) after a password or key cue with no value of its own we look for the secret. */
const LATER_PASSWORD_SPAN = 160;
/**
 * The secret given a little later: "quiero cambiar la contraseña del wifi... La actual es
 * Chabuca2019!", "elegí una clave nueva... puse RiverPlate1986", "la API key de Nubeo Pay, la
 * que me pasaron era 3f9a...". Only right after 'es'/'is'/'era'/'puse'/'usé'/':', never across
 * a blank line; a password has letters with digits or symbols, a key the entropy of one; an
 * order or invoice word just before it wins (context).
 */
const LATER_SECRET = /(?:(?<![\p{L}\p{N}])(?:es|is|it['’]s|era|was|ser[aá]|é|foi|puse|pongo|us[eé]|usaba|coloqu[eé]|escrib[ií]|cambi[eé]\s+a|coloquei|usei|dicto|dicte)|[:?→,])[ \t]{1,2}(?:(?:el|la|o|a)[ \t]{1,2})?["'«“(]?([^\s"'`<>«»“”()]{4,128})/giu;
const LATER_PASSWORD_CONTEXT = { positive: [], negative: NUMERIC_LOOKALIKE_WORDS };

type LaterSecret = 'PASSWORD' | 'API_KEY' | 'TOKEN' | 'PIN';

function secretKindOf(kind: Exclude<Cue['kind'], 'otp'>, cue: string): LaterSecret {
  if (kind === 'password') return 'PASSWORD';
  if (kind === 'pin') return 'PIN';
  return /key|clave|chave|llave/i.test(cue) ? 'API_KEY' : 'TOKEN';
}

function findLaterSecret(text: string, cueEnd: number, out: Candidate[], state: { scannedTo: number }, kind: LaterSecret): void {
  const later = laterWindow(text, cueEnd, LATER_PASSWORD_SPAN, state);
  if (!later) return;
  const { from, window } = later;
  LATER_SECRET.lastIndex = 0;
  for (let m = LATER_SECRET.exec(window); m; m = LATER_SECRET.exec(window)) {
    const valueStart = from + m.index + m[0].length - m[1].length;
    const [start, end] = trimValue(text, valueStart, valueStart + m[1].length);
    const value = text.slice(start, end);
    const fits =
      kind === 'PIN' ? PIN_VALUE.test(value)
      : kind === 'PASSWORD' ? value.length >= 6 && /\p{L}/u.test(value) && /[\p{N}\p{P}\p{S}]/u.test(value) && looksLikePassword(value)
      : looksLikeToken(value);
    if (!fits) continue;
    out.push({ ...credential(kind, start, end, kind === 'API_KEY' || kind === 'TOKEN' ? 0.8 : 0.7, `cue:${kind.toLowerCase()}-earlier`), context: LATER_PASSWORD_CONTEXT });
    return;
  }
}

/**
 * A chat's "ya llegó 451087", "me ha llegado el 699041", "chegou: 829730": a bare 4-8 digit
 * run right after the code arrived, in a reply that talks about a code (código, clave, SMS,
 * OTP, code, PIN) in the ARRIVED_LOOKBACK chars before. Without that talk, "llegó el 24" is a
 * delivery. The left edge is checked by hand (a leading lookbehind runs at every position).
 */
const ARRIVED = /(?:lleg[oó]|llegado|llegaron|chegou|chegaram)(?![\p{L}\p{N}])[ \t,:]{0,3}(?:(?:el|es|[eé]|o|os|aqu[ií]|ya|j[aá])[ \t,:]{1,3}){0,2}(\d{4,8})(?![\p{L}\p{N}]|[.,/:-]\d)/giu;
const ARRIVED_LOOKBACK = 400;
const CODE_TALK = /(?<![\p{L}])(?:c[oó]digos?|codigos?|claves?|codes?|sms|otp|pin|token)(?![\p{L}])/giu;

function findArrivedCode(text: string, out: Candidate[]): void {
  ARRIVED.lastIndex = 0;
  CODE_TALK.lastIndex = 0;
  // The code talk before each arrival, found by one forward walk (arrivals come in order).
  let talk = CODE_TALK.exec(text);
  let lastTalkEnd = -Infinity;
  for (let m = ARRIVED.exec(text); m; m = ARRIVED.exec(text)) {
    if (m.index > 0 && /[\p{L}\p{N}]/u.test(text[m.index - 1])) continue;
    while (talk && talk.index + talk[0].length <= m.index) {
      lastTalkEnd = talk.index + talk[0].length;
      talk = CODE_TALK.exec(text);
    }
    if (m.index - lastTalkEnd > ARRIVED_LOOKBACK) continue;
    const start = m.index + m[0].length - m[1].length;
    out.push(credential('OTP', start, start + m[1].length, 0.7, 'cue:code-arrived'));
  }
}

/**
 * Configuration lines: "DB_PASSWORD=...", "STRIPE_SECRET_KEY: ...", "AUTH_TOKEN=...". The name
 * is an UPPER_SNAKE identifier; the word edge rule of the cue words ('_' is a word char)
 * would otherwise skip them.
 */
const ENV_NAME = /_(PASSWORD|PASSWD|PWD|PASS|SECRET(?:_KEY)?|TOKEN|API_?KEY|ACCESS_KEY|PRIVATE_KEY|KEY)\s{0,2}[=:]\s{0,2}["']?([^\s"'`<>]{1,160})/g;

function findEnvStyle(text: string, out: Candidate[]): void {
  ENV_NAME.lastIndex = 0;
  for (let m = ENV_NAME.exec(text); m; m = ENV_NAME.exec(text)) {
    // The identifier before '_': upper-case letters, digits and '_' back to a word edge.
    let s = m.index;
    while (s > 0 && s > m.index - 40 && /[A-Z0-9_]/.test(text[s - 1])) s--;
    if (s === m.index || (s > 0 && /[\p{L}\p{N}]/u.test(text[s - 1]))) continue;
    const name = m[1];
    const valueStart = m.index + m[0].length - m[2].length;
    const [start, end] = trimValue(text, valueStart, valueStart + m[2].length);
    const value = text.slice(start, end);
    const password = /^(?:PASSWORD|PASSWD|PWD|PASS)$/.test(name);
    if (password ? looksLikePassword(value) : looksLikeToken(value) || looksLikePassword(value)) {
      out.push(credential(password ? 'PASSWORD' : name === 'TOKEN' ? 'TOKEN' : 'API_KEY', start, end, 0.85, 'env-name'));
    }
  }
}

export const credentialsDetector: Detector = {
  id: 'credentials',
  entities: ['CREDENTIAL'],
  detect(text) {
    const out: Candidate[] = [];
    findPrefixed(text, out);
    if (text.includes('-----BEGIN')) findPem(text, out);
    findCued(text, out);
    if (/lleg|cheg/i.test(text)) findArrivedCode(text, out);
    if (text.includes('_')) findEnvStyle(text, out);
    return out.sort((a, b) => a.start - b.start);
  },
};
