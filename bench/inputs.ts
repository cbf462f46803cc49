// Inputs for the benchmarks: realistic replies from the labelled corpus, and adversarial
// text built to make naive regexes backtrack or re-scan from every position.
import { loadCorpus } from './corpus/corpus';

const MB = 1024 * 1024;

let replies: string[] | undefined;
/** The corpus replies as plain text (gold marks removed). */
export function corpusReplies(): string[] {
  return (replies ??= loadCorpus().map((r) => r.text));
}

/** About `bytes` of realistic support text: corpus replies one after another. */
export function realisticText(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  const all = corpusReplies();
  for (let i = 0; size < bytes; i++) {
    const r = all[(i * 7) % all.length];
    parts.push(r);
    size += r.length + 2;
  }
  return parts.join('\n\n').slice(0, bytes);
}

/** Typical replies of 1-3 KB (a few corpus replies glued into one thread). */
export function typicalReplies(count: number): string[] {
  const all = corpusReplies();
  const out: string[] = [];
  for (let i = 0; out.length < count; i++) {
    const target = 1024 + ((i * 613) % 2048);
    let text = '';
    for (let j = 0; text.length < target; j++) text += (text ? '\n\n' : '') + all[(i * 11 + j * 5) % all.length];
    out.push(text.slice(0, 3 * 1024));
  }
  return out;
}

function fill(unit: string, bytes = MB): string {
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}

/** Deterministic digit stream (no Math.random: runs compare). */
function digitStream(n: number): string {
  let x = 12345;
  let s = '';
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    s += String(x % 10);
  }
  return s;
}

/** 1 MB adversarial inputs, each aimed at one way a detector could go super-linear. */
export const ADVERSARIAL: Record<string, () => string> = {
  '100k-digit runs': () => fill(digitStream(100_000) + ' '),
  '1 MB digits with spaces': () => fill(digitStream(4000).replace(/(\d{4})/g, '$1 ')),
  'digit runs with dashes/dots': () => fill(digitStream(3000).replace(/(\d{3})/g, '$1-').replace(/(\d)-(\d)-/g, '$1.$2-')),
  '50k-char lines without @': () => fill('abcdefgh.ijklmn-opq_rst+uvw'.repeat(1852).slice(0, 50_000) + '\n'),
  '@ floods': () => fill('@'),
  'a@a. runs': () => fill('a@a.'),
  'dotted-number floods (IP)': () => fill('1.22.133.244.'),
  'colon-hex floods (IPv6)': () => fill('fe80:0:ab:1:'),
  'nested brackets': () => fill('(['.repeat(1000) + '])'.repeat(1000)),
  'hex runs': () => fill('0123456789abcdef'),
  'astral digits': () => fill('𝟒𝟏𝟏𝟏 𝟏𝟏𝟏𝟏 '),
  'lone surrogates': () => fill('\uD800 4111 \uDC00\uDBFF12'),
  'capitalised word floods (PERSON)': () => fill('Ana María José Luis Pérez García De La Cruz '),
  'cue-word floods': () => fill('tarjeta DNI teléfono contraseña código IBAN RUT CUIT '),
  // Each is a word start for the shared cue pass and a prefix for the key formats.
  'API-key prefix floods': () => fill('eyJ sk_live_ xoxb- AKIA ghp_ github_pat_ AIza '),
  'glued key prefixes': () => fill('eyJxoxb-sk_live_'),
  'dotted ID anchors': () => fill('1.234.567.'),
  'long token (no spaces)': () => fill('Ab1'),
  'whitespace flood': () => fill(' \t\n'),
};
