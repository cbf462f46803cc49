// PERSON: names in support replies ("Hola María,", "Estimado Sr. Pérez", "Atentamente,\nCarlos
// Ruiz", "I spoke with Sarah Connor"). Cheap first: one pass splits the text into words, runs
// of Capitalised words (with particles: "María José de la Fuente") become candidates, and a
// lexicon (ours for Spain/LatAm/Brazil plus compromise's) and the run's position (greeting,
// signature, label, after an honorific, mid-sentence, sentence start) score them. compromise's
// NLP runs only on the sentence of an undecided English candidate (see person/english.ts).
// Team signatures, companies, brands, places, months, placeholders and ALL CAPS stay quiet.
import type { Candidate, Detector, DetectorOptions } from '../types';
import { compromiseSaysPerson, MAX_WINDOWS, sentenceWindow } from './person/english';
import { nameLookup, type NameLookup } from './person/lookup';
import { tokenize, type Token } from './person/tokens';

/** A name has at most this many capitalised words ("Ana María López García de la Fuente"). */
const MAX_NAME_WORDS = 6;
/** Longest closing line we recognise ("Reciba un cordial saludo,"). */
const MAX_CLOSING = 60;
/** At most this many particles in a row ("de los"). */
const MAX_PARTICLES = 2;

/** Base scores; scan drops candidates below 0.5 by default. */
const SCORE = {
  honorific: 0.9,
  firstAndSurname: 0.85,
  ambiguousFirstAndSurname: 0.8,
  firstAndCommonWord: 0.55,
  label: 0.8,
  greetingName: 0.8,
  greetingAmbiguous: 0.7,
  greetingUnknownFull: 0.7,
  greetingUnknownSingle: 0.55,
  signatureUnknownSingle: 0.45,
  vocative: 0.7,
  initialAndSurname: 0.7,
  initialAndUnknown: 0.55,
  midSentenceName: 0.6,
  sentenceStartName: 0.5,
  unknownWithSurname: 0.6,
  unknownWithCue: 0.65,
  compromise: 0.6,
  sameName: 0.7,
  undecided: 0.3,
} as const;

/** Fold that skips Unicode normalisation for plain ASCII words (most of them). */
function foldWord(word: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(word)) return word.toLowerCase();
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** A lexicon first name, also hyphenated ("Jean-Luc", "Ana-María"). */
function isFirstName(lookup: NameLookup, w: string): boolean {
  return lookup.firstNames.has(w) || (w.includes('-') && w.split('-').every((part) => lookup.firstNames.has(part)));
}

function isSurname(lookup: NameLookup, w: string): boolean {
  return lookup.surnames.has(w) || (w.includes('-') && w.split('-').every((part) => lookup.surnames.has(part)));
}

function isNameWord(lookup: NameLookup, w: string): boolean {
  return isFirstName(lookup, w) || isSurname(lookup, w);
}

/** A word capitalised only because it starts the sentence ("Contact", "Titular"). */
function isSentenceWord(lookup: NameLookup, w: string): boolean {
  return lookup.commonWords.has(w) || lookup.labels.has(w) || lookup.cues.has(w);
}

type Position = 'honorific' | 'label' | 'speaker' | 'taggedSpeaker' | 'greeting' | 'signature' | 'vocative' | 'cue' | 'sentenceStart' | 'midSentence';

interface Run {
  /** Token indexes of the name words (particles included). */
  first: number;
  last: number;
}

class Reply {
  readonly tokens: Token[];
  private readonly folded: (string | undefined)[];
  constructor(
    readonly text: string,
    readonly lookup: NameLookup,
    readonly lang: DetectorOptions['lang'],
  ) {
    this.tokens = tokenize(text);
    this.folded = new Array(this.tokens.length);
  }

  word(i: number): string {
    let f = this.folded[i];
    if (f === undefined) {
      const t = this.tokens[i];
      f = foldWord(this.text.slice(t.start, t.end));
      this.folded[i] = f;
    }
    return f;
  }

  isNameWord(i: number): boolean {
    const t = this.tokens[i];
    return !t.glued && (t.shape === 'cap' || t.shape === 'initial');
  }

  isParticle(i: number): boolean {
    const t = this.tokens[i];
    if (t.glued || t.gap !== 'space') return false;
    if (t.shape === 'lower') return this.lookup.particles.has(this.word(i));
    // "María De la Fuente", "Da Silva" inside a name.
    return t.shape === 'cap' && (this.word(i) === 'de' || this.word(i) === 'del' || this.word(i) === 'da');
  }

  isHonorific(i: number): boolean {
    const t = this.tokens[i];
    if (t.shape !== 'cap' || t.glued) return false;
    const w = this.word(i);
    // "Don" is an English first name; in Spanish it is a title ("Don Ernesto").
    if (w === 'don') return this.lang !== 'en';
    return this.lookup.honorifics.has(w);
  }

  private roles: Set<string> | undefined;

  /**
   * Role words that open two or more lines as "Role:" ("Agente:", "Cliente:", "Customer:"):
   * the text is a transcript, and what follows each is an utterance, not a name.
   */
  speakerRoles(): ReadonlySet<string> {
    if (this.roles) return this.roles;
    const counts = new Map<string, number>();
    TRANSCRIPT_LINE.lastIndex = 0;
    for (let m = TRANSCRIPT_LINE.exec(this.text); m; m = TRANSCRIPT_LINE.exec(this.text)) {
      const role = foldWord(m[1]);
      if (TRANSCRIPT_ROLES.has(role)) counts.set(role, (counts.get(role) ?? 0) + 1);
    }
    this.roles = new Set([...counts].filter(([, n]) => n >= 2).map(([role]) => role));
    return this.roles;
  }

  /** Starts a sentence or a line: nothing but punctuation, bullets or the text start before it. */
  startsSentence(i: number): boolean {
    if (i === 0) return true;
    const gap = this.tokens[i].gap;
    if (gap === 'line' || gap === 'sentence') return true;
    if (gap === 'dot') return !(this.tokens[i - 1].shape === 'initial' || this.isHonorific(i - 1));
    return false;
  }

  startsLine(i: number): boolean {
    if (i === 0) return this.text.slice(0, this.tokens[0].start).trim().replace(/^[-–—•*>]+/, '').trim() === '';
    return this.tokens[i].gap === 'line' && this.lineLead(i) === '';
  }

  /** Text between the line start and token i, minus bullets/dashes. */
  private lineLead(i: number): string {
    const t = this.tokens[i];
    const lineStart = this.text.lastIndexOf('\n', t.start - 1) + 1;
    if (t.start - lineStart > 8) return 'x';
    return this.text.slice(lineStart, t.start).trim().replace(/^[-–—•*>]+/, '').trim();
  }
}

/** "Agente: ...", "> [10:02] Cliente: ..." at a line start. */
const TRANSCRIPT_LINE = /^[ \t>]*(?:\[[^\]\n]{1,24}\][ \t]*)?(\p{L}{2,16}):/gmu;
const TRANSCRIPT_ROLES = new Set(['agente', 'agent', 'cliente', 'clienta', 'customer', 'client', 'asesor', 'asesora', 'ejecutivo', 'ejecutiva', 'atendente', 'operador', 'operadora', 'operator', 'usuario', 'user', 'soporte', 'support', 'bot', 'caller']);
/** Words before a capitalised word that make it a place: "colonia Cuauhtémoc", "barrio Belgrano". */
const PLACE_LEADS = new Set(['colonia', 'col', 'barrio', 'bairro', 'urbanizacion', 'urb', 'fraccionamiento', 'fracc', 'alcaldia', 'delegacion', 'municipio', 'comuna', 'distrito', 'provincia', 'departamento', 'localidad', 'partido', 'vereda', 'corregimiento']);

function givenNamesOnly(r: Reply, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (r.tokens[k].shape !== 'lower' && isSurname(r.lookup, r.word(k))) return false;
  return true;
}

/** Extends a run of name words from token i (a name word); returns the last index. */
function extendRun(r: Reply, i: number): number {
  let last = i;
  let j = i + 1;
  const n = r.tokens.length;
  while (j < n) {
    const t = r.tokens[j];
    const joinable = t.gap === 'space' || (t.gap === 'dot' && r.tokens[j - 1].shape === 'initial');
    if (!joinable) break;
    if (r.isNameWord(j) && !r.isParticle(j)) {
      last = j;
      j++;
      continue;
    }
    // Particles only inside a name: at most two, then a capitalised word.
    let k = j;
    while (k < n && k - j < MAX_PARTICLES && r.isParticle(k)) k++;
    if (k === j || k >= n || !r.isNameWord(k) || r.tokens[k].gap !== 'space') break;
    // After given names only, a particle leads to a surname or given name we know ("María de
    // la Fuente", "María de Lourdes"): "Micaela de Nubeo" signs for a company.
    if (!isNameWord(r.lookup, r.word(k)) && givenNamesOnly(r, i, last)) break;
    // "Carlos y Ana": "y"/"e" before a first name joins two people, not two surnames.
    const joiner = r.word(j);
    if ((joiner === 'y' || joiner === 'e') && r.lookup.firstNames.has(r.word(k)) && !r.lookup.surnames.has(r.word(k))) break;
    last = k;
    j = k + 1;
  }
  return last;
}

interface Judged {
  score: number;
  reason: string;
  /** Worth a compromise second opinion if the text is English. */
  undecided: boolean;
}

function positionOf(r: Reply, run: Run, afterHonorific: boolean): Position {
  if (afterHonorific) return 'honorific';
  const { tokens } = r;
  const i = run.first;
  const t = tokens[i];
  // "Nombre: Ana Pérez", "From: Jane Smith", "Nombre del titular: ..." (but in a call
  // transcript "Agente: Perfecto, ..." the role only says who speaks).
  if (i > 0 && t.gap === 'colon' && r.lookup.labels.has(r.word(i - 1)) && !r.speakerRoles().has(r.word(i - 1))) return 'label';
  if (isGreetingBefore(r, i)) return 'greeting';
  if (isSignature(r, run)) return 'signature';
  const speaker = speakerForm(r, run);
  if (speaker) return speaker === 'tagged' ? 'taggedSpeaker' : 'speaker';
  const next = run.last + 1 < tokens.length ? tokens[run.last + 1] : undefined;
  const startsSentence = r.startsSentence(i);
  if (startsSentence && r.startsLine(i) && next && next.gap === 'comma' && run.first === run.last) return 'vocative';
  if (i > 0 && (t.gap === 'space' || t.gap === 'comma') && (r.lookup.cues.has(r.word(i - 1)) || (i > 1 && tokens[i - 1].gap === 'space' && r.lookup.cues.has(r.word(i - 2))))) return 'cue';
  return startsSentence ? 'sentenceStart' : 'midSentence';
}

/** "Hola María", "Buenos días, Sr. Pérez", "Thanks John": greeting words lead the sentence. */
function isGreetingBefore(r: Reply, i: number): boolean {
  let j = i - 1;
  if (j < 0) return false;
  const gap = r.tokens[i].gap;
  if (gap !== 'space' && gap !== 'comma') return false;
  let sawGreeting = false;
  for (let steps = 0; j >= 0 && steps < 3; steps++, j--) {
    const w = r.word(j);
    if (r.lookup.greetings.has(w)) sawGreeting = true;
    else if (!r.lookup.leading.has(w)) return false;
    if (r.startsSentence(j)) return sawGreeting;
    const g = r.tokens[j].gap;
    if (g !== 'space' && g !== 'comma') return false;
  }
  return false;
}

/**
 * Chat transcripts: "[11:02] Sofía: ...", "[8:41 a. m.] Yeison Ríos: ...", "Nahuel (Nubeo): ...",
 * "> [10:01] Marina (agente): ...", "[16:40] Atendente Bruna: ...". A bare "Name:" counts only
 * after a bracketed time: "Nombre: ...", "Asunto: ..." at a line start are labels, not speakers.
 * A role word before the name ("Atendente", "Agent") is a person cue (PERSON_CUES).
 */
const SPEAKER_LEAD = /^[ \t>]*(\[[^\]\n]{1,24}\][ \t]*)?(?:([\p{L}]{2,16})[ \t]+)?$/u;
const SPEAKER_TAG = /[ \t]?\(([^()\n]{1,24})\):\s/y;

function speakerForm(r: Reply, run: Run): 'bare' | 'tagged' | undefined {
  const { text, tokens } = r;
  const start = tokens[run.first].start;
  const end = tokens[run.last].end;
  const bare = text.charCodeAt(end) === 58 /* : */ && /\s/.test(text.charAt(end + 1));
  SPEAKER_TAG.lastIndex = end;
  const tag = bare ? null : SPEAKER_TAG.exec(text);
  // "Agente Nubeo (Sofía):": the name is the tag, and the word before it is the company.
  // "Documento (DNI/NIE): 33110716P": a form field with a qualifier, followed by a value.
  const valueFollows = !!tag && /[\p{N}+]/u.test(text.charAt(end + tag[0].length));
  const tagged = !!tag && !valueFollows && !isFirstName(r.lookup, foldWord(tag[1].trim().split(/\s+/)[0]));
  if (!bare && !tagged) return undefined;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (start - lineStart > 40) return undefined;
  const lead = SPEAKER_LEAD.exec(text.slice(lineStart, start));
  if (!lead) return undefined;
  if (lead[2] && !r.lookup.cues.has(foldWord(lead[2]))) return undefined;
  if (tagged) return 'tagged';
  return lead[1] !== undefined ? 'bare' : undefined;
}

/**
 * The run is alone on its line and the previous non-empty line is a closing ("Saludos,"), or
 * it is the last line of the text (a customer signing off without one).
 */
function isSignature(r: Reply, run: Run): boolean {
  if (!r.startsLine(run.first)) return false;
  const { text } = r;
  const end = r.tokens[run.last].end;
  const limit = Math.min(text.length, end + 200);
  let lineEnd = end;
  while (lineEnd < limit && text.charCodeAt(lineEnd) !== 10) lineEnd++;
  const rest = text.slice(end, lineEnd).trim();
  // "Lucía, Soporte", "Lucía | Nubeo", "Lucía · Atención al Cliente".
  if (rest !== '' && !/^[,.|\-–—/(·•]/.test(rest)) return false;
  const lineStart = text.lastIndexOf('\n', r.tokens[run.first].start - 1);
  if (lineStart <= 0) return false;
  // The text's last line, a known name word first: "...\n\nWilson Arbeláez" (not "Financiero").
  if (rest === '' && text.slice(lineEnd).trim() === '' && isNameWord(r.lookup, r.word(run.first))) return true;
  // Previous non-empty line, at most one blank line up; closings are short, so look back at
  // most MAX_CLOSING chars (an unbounded lastIndexOf would rescan long lines).
  let prevEnd = lineStart;
  for (let blank = 0; blank < 2; blank++) {
    const from = Math.max(0, prevEnd - MAX_CLOSING - 1);
    let nl = prevEnd - 1;
    while (nl >= from && text.charCodeAt(nl) !== 10) nl--;
    if (nl < from && from > 0) return false;
    const prevStart = nl + 1;
    const line = text.slice(prevStart, prevEnd).trim();
    if (line !== '') return r.lookup.closings.has(foldWord(line).replace(/[\s,.!;:-]+$/, '').replace(/\s+/g, ' '));
    if (prevStart === 0) return false;
    prevEnd = prevStart - 1;
  }
  return false;
}

/** Scores a run of name words (honorifics and leading words already stripped). */
function judge(r: Reply, run: Run, position: Position): Judged {
  const { lookup } = r;
  const words: string[] = [];
  const nameIdx: number[] = [];
  for (let k = run.first; k <= run.last; k++) {
    if (r.tokens[k].shape === 'lower') continue; // particle
    words.push(r.word(k));
    nameIdx.push(k);
  }
  const firstWord = words[0];
  const isInitial = r.tokens[nameIdx[0]].shape === 'initial';
  const single = words.length === 1;
  const firstIsName = isFirstName(lookup, firstWord);
  const firstAmbiguous = firstIsName && lookup.ambiguous.has(firstWord);
  const laterKnown = words.slice(1).some((w) => isSurname(lookup, w) || (isFirstName(lookup, w) && !lookup.ambiguous.has(w)));
  const lastSurname = isSurname(lookup, words[words.length - 1]);
  const isPlace = words.every((w) => lookup.places.has(w)) || lookup.places.has(words.join(' '));
  const no = (reason: string): Judged => ({ score: 0, reason, undecided: false });

  if (isPlace && !(firstIsName && (position === 'greeting' || position === 'honorific' || position === 'signature'))) {
    // "Santiago called" vs "shipped to Santiago": only compromise can tell, and only in English.
    return { score: 0, reason: 'place', undecided: single && firstIsName && !placePrepositionBefore(r, run.first) };
  }
  // "Santiago de Chile": a name-or-place word, a particle and a place.
  if (!single && lookup.places.has(words[words.length - 1]) && (!firstIsName || firstAmbiguous) && run.last - run.first > words.length - 1) return no('place');
  // "Nubeo Argentina", "Acme México": a company signing for a country.
  if (!single && !firstIsName && words.slice(1).some((w) => lookup.places.has(w) && !isSurname(lookup, w))) return no('company+place');

  // "I'm", "You're", "We'll": English contractions are never names (after "Customer:" too).
  if (single && /['’](?:m|re|ve|ll|d)$/.test(firstWord)) return no('contraction');
  // "Sr. P.", "J. S.": initials only are a masked name (our own redaction), not a new one.
  if (nameIdx.every((k) => r.tokens[k].shape === 'initial')) return no('initials');
  if (position === 'honorific') return { score: SCORE.honorific, reason: 'honorific', undecided: false };
  if (position === 'label') return { score: single && !firstIsName ? SCORE.greetingUnknownSingle : SCORE.label, reason: 'label', undecided: false };
  // A chat speaker alone is a person only if the lexicon says so ("Visitor", "Nubeo" speak too).
  if (position === 'speaker' && single) return firstIsName && !firstAmbiguous ? { score: SCORE.label, reason: 'speaker+lexicon', undecided: false } : no('speaker');
  if (position === 'speaker' && (firstIsName || laterKnown)) return { score: SCORE.label, reason: 'speaker', undecided: false };
  // "Nahuel (Nubeo):", "Marina (agente):": a name tagged with its company or role speaks.
  if (position === 'taggedSpeaker') {
    if (firstIsName || laterKnown) return { score: SCORE.label, reason: 'speaker', undecided: false };
    if (lookup.commonWords.has(firstWord) || lookup.calendar.has(firstWord) || lookup.labels.has(firstWord) || lookup.cues.has(firstWord) || isOrganisationWord(lookup, firstWord)) return no('speaker');
    return { score: single ? SCORE.greetingUnknownSingle : SCORE.greetingUnknownFull, reason: 'speaker', undecided: false };
  }

  if (isInitial) {
    if (r.tokens[nameIdx[nameIdx.length - 1]].shape === 'initial') return no('initials');
    return lastSurname ? { score: SCORE.initialAndSurname, reason: 'initial+surname', undecided: false } : { score: SCORE.initialAndUnknown, reason: 'initial+capitalised', undecided: false };
  }

  if (!single) {
    if (firstIsName && !firstAmbiguous) {
      const second = words[1];
      const plain = isNameWord(lookup, second) || !lookup.commonWords.has(second);
      return plain ? { score: SCORE.firstAndSurname, reason: 'lexicon:first+surname', undecided: false } : { score: SCORE.firstAndCommonWord, reason: 'lexicon:first+word', undecided: false };
    }
    if (firstIsName && laterKnown) return { score: SCORE.ambiguousFirstAndSurname, reason: 'lexicon:first+surname', undecided: false };
    if (position === 'greeting' || position === 'signature') return { score: SCORE.greetingUnknownFull, reason: position, undecided: false };
    if (position === 'cue') return { score: SCORE.unknownWithCue, reason: 'cue', undecided: false };
    if (lastSurname && !lookup.commonWords.has(words[words.length - 1]) && !firstAmbiguous) return { score: SCORE.unknownWithSurname, reason: 'lexicon:surname', undecided: false };
    // compromise only knows more when the first word is a name that is also a word ("Grace
    // Whitfield"); on unknown pairs it found nothing the surname list had not ("Tavish Okonkwo").
    return { score: SCORE.undecided, reason: 'capitalised', undecided: firstIsName };
  }

  // A single word.
  if (position === 'greeting' || position === 'signature') {
    if (firstIsName) return firstAmbiguous ? { score: SCORE.greetingAmbiguous, reason: position, undecided: false } : { score: SCORE.greetingName, reason: `${position}+lexicon`, undecided: false };
    if (lookup.commonWords.has(firstWord) || lookup.calendar.has(firstWord)) return no('common word');
    return position === 'greeting' ? { score: SCORE.greetingUnknownSingle, reason: 'greeting', undecided: false } : { score: SCORE.signatureUnknownSingle, reason: 'signature', undecided: false };
  }
  if (!firstIsName) return no('not a name');
  if (firstAmbiguous) return { score: SCORE.undecided - 0.05, reason: 'lexicon:ambiguous', undecided: !placePrepositionBefore(r, run.first) };
  if (position === 'vocative') return { score: SCORE.vocative, reason: 'vocative+lexicon', undecided: false };
  if (position === 'midSentence' || position === 'cue') return { score: SCORE.midSentenceName, reason: 'lexicon', undecided: false };
  return { score: SCORE.sentenceStartName, reason: 'lexicon:sentence-start', undecided: false };
}

const PLACE_PREPOSITIONS = new Set(['en', 'de', 'desde', 'hacia', 'hasta', 'a', 'para', 'in', 'from', 'to', 'at', 'near', 'em', 'do', 'da', 'of']);

function placePrepositionBefore(r: Reply, i: number): boolean {
  return i > 0 && r.tokens[i].gap === 'space' && r.tokens[i - 1].shape === 'lower' && PLACE_PREPOSITIONS.has(r.word(i - 1));
}

function isOrganisationWord(lookup: NameLookup, w: string): boolean {
  if (lookup.brands.has(w) || lookup.notAPerson.has(w)) return true;
  // Plurals ("Farmacias", "Talleres"), unless the word is a name itself ("Santos", "Dolores").
  if (!w.endsWith('s') || lookup.surnames.has(w) || lookup.firstNames.has(w)) return false;
  return lookup.notAPerson.has(w.slice(0, -1)) || (w.endsWith('es') && lookup.notAPerson.has(w.slice(0, -2)));
}

/** A legal form after the run makes it a company: "Talleres Vidal S.L.", "Quispe & Hijos S.A.C.", "Acme LLC". */
const LEGAL_FORM_AFTER = /^,?\s{1,2}(?:&\s|y\s+C[ií]a\b|e\s+Hijos\b|y\s+Hijos\b|Hnos\b|S\.\s?[ALRC]\.|S\.?A\.?[CS]?\.?(?![\p{L}])|S\.?R\.?L\.?(?![\p{L}])|S\.?L\.?U?(?![\p{L}])|SpA\b|Ltda\b|LLC\b|L\.L\.C\.|Inc\b|Corp\b|Ltd\b|GmbH\b|E\.?I\.?R\.?L\.?(?![\p{L}])|S\.?A\.?S\.?(?![\p{L}])|ME\b|EPP\b)/u;

function beforeLegalForm(r: Reply, run: Run): boolean {
  const end = r.tokens[run.last].end;
  return LEGAL_FORM_AFTER.test(r.text.slice(end, end + 16));
}

/**
 * Cuts a run at its first team/company/brand word. Returns 'none' if nothing is left, 'cut'
 * if a name-like part stands before it ("Jane Smith Support"), 'whole' if untouched.
 */
function cutAtOrganisation(r: Reply, run: Run): 'none' | 'cut' | 'whole' {
  for (let k = run.first; k <= run.last; k++) {
    if (r.tokens[k].shape === 'lower') continue;
    if (!isOrganisationWord(r.lookup, r.word(k))) continue;
    if (k === run.first) return 'none';
    let last = k - 1;
    while (last > run.first && r.tokens[last].shape === 'lower') last--;
    run.last = last;
    return 'cut';
  }
  return 'whole';
}

function isGivenNamesOnly(r: Reply, run: Run): boolean {
  for (let k = run.first; k <= run.last; k++) {
    const w = r.word(k);
    if (r.tokens[k].shape === 'lower' || !isFirstName(r.lookup, w) || isSurname(r.lookup, w)) return false;
  }
  return true;
}

/** compromise reads month names as people ("April was busy", "Will May work"): never ask it. */
function hasCalendarWord(r: Reply, run: Run): boolean {
  for (let k = run.first; k <= run.last; k++) if (r.lookup.calendar.has(r.word(k))) return true;
  return false;
}

/** Capitalised runs longer than a name are titles or headings ("We Are Happy To Help"). */
function countNameWords(r: Reply, run: Run): number {
  let n = 0;
  for (let k = run.first; k <= run.last; k++) if (r.tokens[k].shape !== 'lower') n++;
  return n;
}

/** Below this a run is weak: it may still be the same name as one stated elsewhere in the reply. */
const SAME_NAME_MIN = 0.5;
/** Positions that state a name ("Nahuel (Nubeo):", "Saludos,\nLucía", "Nombre: Ana"). */
const STATED_BY = new Set(['speaker', 'speaker+lexicon', 'label', 'signature', 'signature+lexicon', 'greeting', 'greeting+lexicon', 'honorific', 'lexicon:first+surname']);
/** Rejections that the same word elsewhere cannot overturn. */
const SAME_NAME_NEVER = new Set(['place', 'company+place', 'common word', 'initials', 'contraction']);

export function detectPeople(text: string, options: Pick<DetectorOptions, 'lang'>): Candidate[] {
  const r = new Reply(text, nameLookup(), options.lang);
  const { tokens, lookup } = r;
  const out: Candidate[] = [];
  const stated = new Set<string>();
  const weak: { run: Run; key: string; candidate: Candidate | undefined }[] = [];
  let windows = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!r.isNameWord(i) || (tokens[i].shape === 'initial' && !(i + 1 < tokens.length && r.isNameWord(i + 1)))) continue;
    const run: Run = { first: i, last: extendRun(r, i) };
    i = run.last; // every token joins at most one run: linear
    if (countNameWords(r, run) > MAX_NAME_WORDS + 2) continue;

    // Strip greetings, articles and honorifics from the front: "Hola María" -> "María".
    let afterHonorific = run.first > 0 && r.isHonorific(run.first - 1) && (tokens[run.first].gap === 'dot' || tokens[run.first].gap === 'space');
    while (run.first <= run.last) {
      if (r.isHonorific(run.first)) afterHonorific = true;
      // "Agent Kayla:", "Asesor Pedro": the role stays outside the span, and cues the name.
      else if (run.first < run.last && lookup.cues.has(r.word(run.first)) && !isNameWord(lookup, r.word(run.first))) afterHonorific = false;
      else if (!lookup.leading.has(r.word(run.first)) && !lookup.greetings.has(r.word(run.first))) break;
      else afterHonorific = false;
      run.first++;
      while (run.first <= run.last && tokens[run.first].shape === 'lower') run.first++;
    }
    // "Contact Mary O'Brien": a sentence-initial English word is capitalised for the sentence,
    // not the name (an unknown word stays: "Yorman José Pérez").
    while (run.first < run.last && r.startsSentence(run.first) && isSentenceWord(lookup, r.word(run.first)) && !isNameWord(lookup, r.word(run.first)) && isFirstName(lookup, r.word(run.first + 1))) run.first++;
    if (run.first > run.last) continue;
    // "colonia Cuauhtémoc", "barrio Belgrano": a neighbourhood or district, whatever its name.
    if (run.first > 0 && (tokens[run.first].gap === 'space' || tokens[run.first].gap === 'dot') && PLACE_LEADS.has(r.word(run.first - 1))) continue;
    // "Av. Javier Prado", "Jr. de la Unión": a street named after a person is an address.
    if (run.first > 0 && tokens[run.first].gap === 'dot' && !r.isHonorific(run.first - 1) && isOrganisationWord(lookup, r.word(run.first - 1))) continue;
    const cut = cutAtOrganisation(r, run);
    if (cut === 'none' || beforeLegalForm(r, run)) continue;
    if (countNameWords(r, run) > MAX_NAME_WORDS) continue;

    const position = positionOf(r, run, afterHonorific);
    const verdict = judge(r, run, position);
    // Right before a company word ("Harley Davidson", "Paris Hilton Support") only a clear
    // first name and surname still reads as a person.
    // (A speaker's tag is not such a word: "Nahuel (Nubeo):".)
    if (cut === 'cut' && verdict.reason !== 'lexicon:first+surname' && position !== 'honorific' && position !== 'taggedSpeaker') continue;
    let { score, reason } = verdict;
    if (verdict.undecided && options.lang === 'en' && windows < MAX_WINDOWS && !hasCalendarWord(r, run)) {
      windows++;
      const span = { start: tokens[run.first].start, end: tokens[run.last].end };
      if (compromiseSaysPerson(text, sentenceWindow(text, span.start, span.end), span, run.first === run.last)) {
        score = Math.max(score, SCORE.compromise);
        reason = 'compromise';
      }
    }
    const key = runKey(r, run);
    if (score < SAME_NAME_MIN) {
      // Not enough here; it may be a name this reply states elsewhere ("Soy Nahuel" after
      // "Nahuel (Nubeo):"). Places, companies and common words stay out.
      if (!SAME_NAME_NEVER.has(reason)) weak.push({ run, key, candidate: undefined });
      if (score <= 0) continue;
    } else if (STATED_BY.has(reason)) stated.add(key);
    const reasons = [reason];
    // Lone given names ("Hola Marta", a signature "Lucía") are personal data too, but a team may
    // choose to hide them (the labelled corpus leaves them unlabelled): say which they are.
    if (isGivenNamesOnly(r, run)) reasons.push('given-name');
    const candidate: Candidate = { entity: 'PERSON', start: tokens[run.first].start, end: tokens[run.last].end, score, detector: 'person', reasons };
    if (score < SAME_NAME_MIN && weak.length && weak[weak.length - 1].run === run) weak[weak.length - 1].candidate = candidate;
    out.push(candidate);
  }
  allCapsSignatures(r, out);
  lowercaseNamesAfterCues(r, out);
  // The same name, where the reply itself states it as one (a speaker, a signature, a label).
  for (const w of weak) {
    if (!stated.has(w.key)) continue;
    if (w.candidate) {
      w.candidate.score = SCORE.sameName;
      w.candidate.reasons = ['same-name', ...w.candidate.reasons.slice(1)];
    } else {
      const reasons = ['same-name'];
      if (isGivenNamesOnly(r, w.run)) reasons.push('given-name');
      out.push({ entity: 'PERSON', start: tokens[w.run.first].start, end: tokens[w.run.last].end, score: SCORE.sameName, detector: 'person', reasons });
    }
  }
  // A name that ends in an initial keeps the initial's dot: "Iratxe G.", "Thiago M.".
  for (const c of out) {
    if (c.end - c.start >= 3 && text[c.end] === '.' && text[c.end - 2] === ' ' && /\p{Lu}/u.test(text[c.end - 1])) c.end++;
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * "- RAYMOND KOWALSKI", "WILSON ARIZA" alone on the signature line: customers who write in
 * capitals sign in capitals. Two to four words, a known given name first; shouting elsewhere
 * ("DO NOT SEND ME ANOTHER SURVEY") is not in that position.
 */
function allCapsSignatures(r: Reply, out: Candidate[]): void {
  const { tokens, lookup } = r;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.shape !== 'upper' || t.glued || t.end - t.start < 2 || !r.startsLine(i)) continue;
    let last = i;
    while (last + 1 < tokens.length && last - i < 3 && tokens[last + 1].shape === 'upper' && !tokens[last + 1].glued && tokens[last + 1].gap === 'space') last++;
    const run: Run = { first: i, last };
    i = last;
    if (run.last === run.first) continue;
    const first = r.word(run.first);
    if (!isFirstName(lookup, first) || lookup.ambiguous.has(first) || !isSignature(r, run)) continue;
    out.push({ entity: 'PERSON', start: t.start, end: tokens[run.last].end, score: SCORE.greetingName, detector: 'person', reasons: ['signature+capitals'] });
  }
}

/** Phrases that state a name: what follows them is a name even in lower case. */
const NAMING_PHRASES: readonly (readonly string[])[] = [
  ['me', 'llamo'], ['mi', 'nombre', 'es'], ['mi', 'nombre', 'completo', 'es'], ['my', 'name', 'is'], ['my', 'full', 'name', 'is'],
  ['me', 'chamo'], ['meu', 'nome', 'e'], ['soy'], ['i', 'am'], ['this', 'is'], ['a', 'nombre', 'de'], ['in', 'the', 'name', 'of'],
];

const PHRASE_ENDS = new Set(NAMING_PHRASES.map((phrase) => phrase[phrase.length - 1]));

/** Words that end a dictated name: "... y mi dni", "... my number", "... cedula 123". */
const AFTER_NAME = new Set(['y', 'e', 'and', 'mi', 'my', 'meu', 'minha', 'dni', 'rut', 'run', 'cpf', 'curp', 'cedula', 'nie', 'ssn', 'con', 'com', 'with', 'desde', 'from', 'tel', 'telefono', 'celular', 'cel', 'email', 'correo', 'numero', 'number']);

/**
 * Dictated and hurried messages have no capitals: "mi nombre es rosa elvira quispe mamani
 * mi dni es ...", "my wife stacy is ...". After a phrase that states a name, lower-case words
 * are taken as the name while they are names, surnames or particles (a known name first, or
 * second after an unknown one: "yeison alexander"); after a person cue (a relative, a role:
 * "mi hija constanza", "la titular graciela") only a known, unambiguous given name starts one.
 * Never more than five words, never across punctuation.
 */
function lowercaseNamesAfterCues(r: Reply, out: Candidate[]): void {
  const { tokens, lookup } = r;
  const isNameWord = (w: string) => isFirstName(lookup, w) || isSurname(lookup, w);
  const isStop = (w: string) => lookup.commonWords.has(w) && !isNameWord(w);
  const stated = (i: number): boolean =>
    NAMING_PHRASES.some((phrase) => {
      if (i < phrase.length) return false;
      for (let k = 0; k < phrase.length; k++) {
        const j = i - phrase.length + k;
        if (r.word(j) !== phrase[k] || (k > 0 && tokens[j].gap !== 'space')) return false;
      }
      return true;
    });
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.shape !== 'lower' || t.glued || t.gap !== 'space') continue;
    const previous = r.word(i - 1);
    if (!PHRASE_ENDS.has(previous) && !lookup.cues.has(previous)) continue;
    const first = r.word(i);
    const byPhrase = stated(i);
    const byCue = !byPhrase && lookup.cues.has(previous);
    if (!byPhrase && !byCue) continue;
    if (lookup.honorifics.has(first)) continue;
    if (byCue ? !isFirstName(lookup, first) || lookup.ambiguous.has(first) : isStop(first) || lookup.particles.has(first)) continue;
    let last = i;
    while (last + 1 < tokens.length && last - i < 4) {
      const next = tokens[last + 1];
      const w = r.word(last + 1);
      if (next.shape !== 'lower' || next.glued || next.gap !== 'space' || !(isNameWord(w) || lookup.particles.has(w))) break;
      last++;
    }
    while (last > i && lookup.particles.has(r.word(last))) last--;
    // A surname the lexicon lacks ("me llamo jose manuel pardo y mi dni..."): one more word
    // after a known name, when what follows it plainly ends the name.
    const extra = tokens[last + 1];
    if (byPhrase && extra && last - i < 4 && isNameWord(r.word(last))) {
      const w = r.word(last + 1);
      const next = last + 2 < tokens.length ? tokens[last + 2] : undefined;
      const ends = !next || next.gap !== 'space' || AFTER_NAME.has(r.word(last + 2));
      const plainWord = extra.shape === 'lower' && !extra.glued && extra.gap === 'space';
      if (plainWord && ends && !isStop(w) && !AFTER_NAME.has(w) && !lookup.cues.has(w) && !lookup.labels.has(w)) last++;
    }
    // After a naming phrase, an unknown word stands only when a known name is beside it.
    if (byPhrase && !isNameWord(first) && !(last > i && isNameWord(r.word(i + 1)))) continue;
    out.push({ entity: 'PERSON', start: t.start, end: tokens[last].end, score: SCORE.greetingAmbiguous, detector: 'person', reasons: [byPhrase ? 'named+lowercase' : 'cue+lowercase'] });
    i = last;
  }
}

/** The run's words, folded, particles included: "maria de la fuente". */
function runKey(r: Reply, run: Run): string {
  const words: string[] = [];
  for (let k = run.first; k <= run.last; k++) words.push(r.word(k));
  return words.join(' ');
}

export const personDetector: Detector = {
  id: 'person',
  entities: ['PERSON'],
  detect(text, options) {
    return detectPeople(text, options);
  },
};
