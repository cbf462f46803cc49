// compromise as a second opinion on English names the lexicon cannot settle alone
// ("Santiago called" vs "shipped to Santiago", "Jordan said" vs "Jordan and Israel").
//
// Why only on a window: measured on this machine, nlp(text).people() costs p50 6.9 ms /
// p95 12.8 ms on a 1.2 KB reply and ~3.5 s per MB, over the whole 10 ms budget. Tagging one
// sentence costs ~0.8 ms, and its findings on whole replies are mostly names the
// lexicon already knows (it reuses the same name lists we load from it), plus false alarms
// ("April", "Chase account", "días", "Will" in "Will May be available?"). So the lexicon and
// positions decide, and compromise only upgrades undecided English candidates, on their
// sentence, at most MAX_WINDOWS times per scan.
import { compromise, type Nlp } from './nlp';

export const MAX_WINDOWS = 6;

// Compiled once. The tagger's #Person tags, not .people(): same spans on our replies, and
// .people() costs ~2.5 ms more per sentence (it parses each name into parts).
type Compiled = ReturnType<Nlp['parseMatch']>;
let matches: { person: Compiled; personThenVerb: Compiled } | undefined;
function compiledMatches(): { person: Compiled; personThenVerb: Compiled } {
  const nlp = compromise();
  return (matches ??= { person: nlp.parseMatch('#Person+'), personThenVerb: nlp.parseMatch('#Person+ (#PastTense|#PresentTense|#Modal|#Copula)') });
}

const WINDOW_BEFORE = 120;
const WINDOW_AFTER = 120;

interface Span {
  start: number;
  end: number;
}

/** The sentence around text[start, end), bounded, cut at line breaks and sentence ends. */
export function sentenceWindow(text: string, start: number, end: number): Span {
  let from = Math.max(0, start - WINDOW_BEFORE);
  for (let i = start - 1; i >= from; i--) {
    const c = text[i];
    if (c === '\n' || ((c === '.' || c === '!' || c === '?') && i < start - 1 && text[i + 1] === ' ')) {
      from = i + 1;
      break;
    }
  }
  let to = Math.min(text.length, end + WINDOW_AFTER);
  for (let i = end; i < to; i++) {
    const c = text[i];
    if (c === '\n' || c === '.' || c === '!' || c === '?') {
      to = i + 1;
      break;
    }
  }
  return { start: from, end: to };
}

interface TermJson {
  offset?: { start: number; length: number };
}
interface MatchJson {
  terms?: TermJson[];
}

/** Offsets of each match; `subjectOnly` keeps just the term before the verb. */
function spansOf(matches: MatchJson[], base: number, subjectOnly: boolean): Span[] {
  const spans: Span[] = [];
  for (const match of matches) {
    let terms = (match.terms ?? []).filter((t) => t.offset);
    if (subjectOnly) terms = terms.slice(-2, -1);
    if (terms.length === 0) continue;
    const first = terms[0].offset!;
    const last = terms[terms.length - 1].offset!;
    spans.push({ start: base + first.start, end: base + last.start + last.length });
  }
  return spans;
}

/**
 * Does compromise read text[span] as a person in its sentence? Term offsets, not the match
 * offset: the match offset swallows trailing punctuation ("John," / "Smith."). A lone word
 * must be the subject of a verb ("Santiago called", "Grace will"): measured, people() alone
 * also takes "April was busy", "your Chase account", "Will May be", and it glues names across
 * a comma ("Hi Grace, Santiago called" gives one person "Grace, Santiago").
 */
export function compromiseSaysPerson(text: string, window: Span, span: Span, single: boolean): boolean {
  const { person, personThenVerb } = compiledMatches();
  const doc = compromise()(text.slice(window.start, window.end));
  const found = doc.match(single ? personThenVerb : person).json({ offset: true, terms: { offset: true } }) as MatchJson[];
  const spans = spansOf(found, window.start, single);
  return spans.some((p) => (single ? p.start === span.start && p.end === span.end : p.start <= span.start && p.end >= span.end));
}
