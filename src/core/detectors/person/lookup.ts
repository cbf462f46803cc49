// Look-up sets for the PERSON detector: our lexicon plus compromise's, built once on first use.
import { compromise } from './nlp';
import {
  AMBIGUOUS_FIRST_NAMES, BRANDS, CALENDAR_WORDS, CLOSINGS, FIRST_NAMES, GREETINGS, HONORIFICS,
  LEADING_WORDS, NAME_LABELS, NOT_A_PERSON_WORDS, PARTICLES, PERSON_CUES, PLACES, SURNAMES,
} from './lexicon';

export interface NameLookup {
  firstNames: ReadonlySet<string>;
  ambiguous: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
  /** Words compromise knows as something other than a name (nouns, adjectives, verbs...). */
  commonWords: ReadonlySet<string>;
  places: ReadonlySet<string>;
  notAPerson: ReadonlySet<string>;
  calendar: ReadonlySet<string>;
  brands: ReadonlySet<string>;
  honorifics: ReadonlySet<string>;
  particles: ReadonlySet<string>;
  greetings: ReadonlySet<string>;
  closings: ReadonlySet<string>;
  labels: ReadonlySet<string>;
  cues: ReadonlySet<string>;
  leading: ReadonlySet<string>;
  /** How many entries came from compromise (0 if its internals changed). */
  fromCompromise: number;
}

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const PLACE_TAGS = new Set(['City', 'Country', 'Place', 'Region']);
const ORG_TAGS = new Set(['Organization', 'SportsTeam']);
const CALENDAR_TAGS = new Set(['Month', 'WeekDay', 'Date', 'Holiday']);

/**
 * compromise has no public API for its lexicon; world().model.one.lexicon maps a lower-case
 * word (ASCII, accents stripped) to a tag or tags. A test pins this; if it moves we degrade to
 * our own lists rather than fail.
 */
function compromiseLexicon(): Record<string, string | string[]> {
  const world = compromise().world() as { model?: { one?: { lexicon?: unknown } } };
  const lexicon = world.model?.one?.lexicon;
  return lexicon && typeof lexicon === 'object' ? (lexicon as Record<string, string | string[]>) : {};
}

let cached: NameLookup | undefined;

export function nameLookup(): NameLookup {
  if (cached) return cached;
  const ambiguous = new Set(words(AMBIGUOUS_FIRST_NAMES));
  const firstNames = new Set([...words(FIRST_NAMES), ...ambiguous]);
  const surnames = new Set(words(SURNAMES));
  const commonWords = new Set<string>();
  const places = new Set(words(PLACES));
  const brands = new Set(words(BRANDS));
  const calendar = new Set(words(CALENDAR_WORDS));
  let fromCompromise = 0;
  for (const [word, value] of Object.entries(compromiseLexicon())) {
    if (word.includes(' ')) continue; // famous people and multi-word phrases: not single tokens
    const tags = Array.isArray(value) ? value : [value];
    if (tags.some((t) => NAME_TAGS.has(t))) {
      firstNames.add(word);
      fromCompromise++;
    } else if (tags.includes('LastName')) {
      surnames.add(word);
      fromCompromise++;
    } else if (tags.includes('Person')) {
      // compromise tags names that are also places with Person ("austin", "santiago").
      firstNames.add(word);
      ambiguous.add(word);
      fromCompromise++;
    } else if (tags.some((t) => PLACE_TAGS.has(t))) {
      places.add(word);
    } else if (tags.some((t) => ORG_TAGS.has(t))) {
      brands.add(word);
    } else if (tags.some((t) => CALENDAR_TAGS.has(t))) {
      calendar.add(word);
    } else {
      commonWords.add(word);
    }
  }
  // A first name that is also a common English word ("will", "rose") or a place is ambiguous.
  for (const name of firstNames) {
    if (commonWords.has(name) || places.has(name) || calendar.has(name)) ambiguous.add(name);
  }
  cached = {
    firstNames,
    ambiguous,
    surnames,
    commonWords,
    places,
    notAPerson: new Set(words(NOT_A_PERSON_WORDS)),
    calendar,
    brands,
    honorifics: new Set(words(HONORIFICS)),
    particles: new Set(words(PARTICLES)),
    greetings: new Set(words(GREETINGS)),
    closings: new Set(CLOSINGS),
    labels: new Set(words(NAME_LABELS)),
    cues: new Set(words(PERSON_CUES)),
    leading: new Set(words(LEADING_WORDS)),
    fromCompromise,
  };
  return cached;
}
