// Guesses the language of a reply from stop words: cheap, local, good enough for choosing
// context words and messages (not a general language identifier).
const STOP: Record<'es' | 'en' | 'pt', ReadonlySet<string>> = {
  es: new Set(['el', 'la', 'los', 'las', 'de', 'que', 'y', 'en', 'un', 'una', 'por', 'para', 'con', 'su', 'es', 'gracias', 'hola', 'usted', 'pedido', 'saludos', 'muy', 'pero', 'del', 'al', 'lo', 'le', 'nos', 'estimado', 'estimada']),
  en: new Set(['the', 'and', 'to', 'of', 'a', 'in', 'is', 'you', 'your', 'for', 'we', 'it', 'on', 'with', 'thanks', 'hi', 'hello', 'please', 'our', 'this', 'that', 'order', 'regards', 'dear', 'be', 'are', 'have']),
  pt: new Set(['o', 'os', 'as', 'de', 'que', 'e', 'em', 'um', 'uma', 'por', 'para', 'com', 'seu', 'sua', 'obrigado', 'obrigada', 'olá', 'você', 'pedido', 'não', 'muito', 'mas', 'do', 'da', 'dos', 'das', 'ao', 'prezado', 'prezada']),
};

export function guessLang(text: string): 'es' | 'en' | 'pt' {
  const sample = text.slice(0, 4000).toLowerCase();
  const counts = { es: 0, en: 0, pt: 0 };
  for (const m of sample.matchAll(/[a-záéíóúñãõçâêô]+/g)) {
    const w = m[0];
    if (STOP.es.has(w)) counts.es++;
    if (STOP.en.has(w)) counts.en++;
    if (STOP.pt.has(w)) counts.pt++;
  }
  // Portuguese shares many words with Spanish: it needs its own marks to win.
  if (counts.pt > counts.es && /[ãõç]|\bnão\b|\bvocê\b/.test(sample)) return 'pt';
  return counts.en > counts.es ? 'en' : 'es';
}
