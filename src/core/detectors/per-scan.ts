// Work that several detectors of one scan share (the digit chains of cards, bank accounts
// and IDs; the cue-word starts) is kept for the text being scanned, and dropped when the
// next scan begins, even a scan of the same text: a scan never reuses an earlier scan's
// work, so the bench times what a scan really costs.
let current = 0;

/** Called by scan() first: memos of earlier scans no longer count. */
export function beginScan(): void {
  current++;
}

/** The last value computed for a text during the current scan. */
export class PerScan<T> {
  #scan = -1;
  #text: string | undefined;
  #key: string | undefined;
  #value: T | undefined;

  get(text: string, key: string, compute: () => T): T {
    if (this.#scan === current && this.#text === text && this.#key === key) return this.#value as T;
    const value = compute();
    this.#scan = current;
    this.#text = text;
    this.#key = key;
    this.#value = value;
    return value;
  }
}
