// EMAIL_ADDRESS. No regex scan over the whole text: we jump from '@' to '@' and expand
// outwards, so a 50k-character line without '@' costs one indexOf (no backtracking bait).
import type { Candidate, ContextWords, Detector } from '../types';

const CONTEXT: ContextWords = {
  positive: ['correo', 'email', 'e-mail', 'mail', 'escribe', 'escribenos', 'contacto', 'write to', 'contact'],
  negative: [],
};

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

function isLocalChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}
function isDomainChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45;
}

export const emailDetector: Detector = {
  id: 'email',
  entities: ['EMAIL_ADDRESS'],
  detect(text) {
    const out: Candidate[] = [];
    for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
      let s = at;
      while (s > 0 && at - s < MAX_LOCAL && isLocalChar(text.charCodeAt(s - 1))) s--;
      let e = at + 1;
      while (e < text.length && e - at <= MAX_DOMAIN && isDomainChar(text.charCodeAt(e))) e++;
      // Trim punctuation that ends a sentence rather than the address.
      while (e > at + 1 && (text.charCodeAt(e - 1) === 46 || text.charCodeAt(e - 1) === 45)) e--;
      while (s < at && text.charCodeAt(s) === 46) s++;
      if (s === at || e === at + 1) continue;
      // Already masked ("j***@example.com") or glued to a mask char: not a finding.
      if (s > 0 && (text[s - 1] === '*' || text[s - 1] === '•')) continue;
      const local = text.slice(s, at);
      const domain = text.slice(at + 1, e);
      if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) continue;
      const labels = domain.split('.');
      if (labels.length < 2 || labels.some((l) => l.length === 0 || l.length > 63 || l.startsWith('-') || l.endsWith('-'))) continue;
      const tld = labels[labels.length - 1];
      if (!/^[A-Za-z]{2,24}$/.test(tld)) continue;
      out.push({ entity: 'EMAIL_ADDRESS', start: s, end: e, score: 0.95, detector: 'email', reasons: ['shape:email'], context: CONTEXT, contextBoost: 0.05 });
    }
    return out;
  },
};
