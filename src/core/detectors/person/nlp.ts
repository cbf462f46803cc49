// compromise (~365 KB of code and lexicon) is loaded on first use, not with the core: only a
// PERSON scan needs it, and the extension must activate within 200 ms. esbuild turns this
// require into a module wrapper that runs on the first call, in every bundle (Node, browser
// worker, ESM core), so no bare require is left in the output.
import type nlpType from 'compromise';

export type Nlp = typeof nlpType;

let loaded: Nlp | undefined;

export function compromise(): Nlp {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= require('compromise') as Nlp);
}
