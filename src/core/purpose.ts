// Purpose of a reply: service (answers the customer's own request) or marketing (promotes
// something). Any offer mixed into a service reply makes it marketing (policy-facts.md), so
// one strong promotional cue is enough; weak cues ("discount", "premium") need company.
// Local and cheap: two linear regex passes over an accent-folded copy of the same length.
import type { Purpose } from './reply';

export interface PurposeEvidence {
  start: number;
  end: number;
  /** The cue as listed below (folded), e.g. `te puede interesar`. */
  cue: string;
}

export interface PurposeVerdict {
  purpose: Purpose;
  evidence: PurposeEvidence[];
}

/** Lower-cases and strips accents one UTF-16 unit at a time, so offsets stay the same. */
export function foldSameLength(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const code = ch.charCodeAt(0);
    if (code < 128) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
      continue;
    }
    const base = ch.normalize('NFD')[0].toLowerCase();
    out += base.length === 1 ? base : ch;
  }
  return out;
}

/** Each one alone makes a reply promotional. Folded: no accents, lower case. */
const STRONG: readonly string[] = [
  // es
  'te puede interesar', 'le puede interesar', 'les puede interesar', 'te podria interesar', 'le podria interesar', 'podria interesarte', 'podria interesarle',
  'aprovecha', 'aproveche', 'aprovechen', 'no te pierdas', 'no se pierda', 'por tiempo limitado', 'solo por hoy', 'solo hoy', 'oferta especial', 'oferta exclusiva',
  'ofertas exclusivas', 'promocion', 'promociones', 'cupon', 'cupones', 'codigo promocional', 'codigo de descuento', 'descuento exclusivo', 'descuento especial',
  'de descuento en', 'envio gratis', 'mejora tu plan', 'mejore su plan', 'hazte premium', 'suscribete', 'compra ahora', 'compre ahora', 'reserva ya',
  'black friday', 'cyber monday', 'hot sale', 'buen fin', 'cyberday', '2x1', '3x2',
  'te regalamos', 'le regalamos', 'les regalamos', 'de regalo', 'trae a un amigo', 'traes a un amigo', 'invita a un amigo', 'invitas a un amigo', 'recomienda a un amigo', 'refiere a un amigo',
  'comparte tu codigo', 'ultima oportunidad', 'te recomendamos nuestro', 'te recomendamos nuestra', 'le recomendamos nuestro', 'le recomendamos nuestra', 'contratalo hoy', 'contratalo ya',
  'activalo ahora', 'pidelo ya', 'meses sin intereses', 'a mitad de precio', 'puntos dobles', 'por solo', 'pregunte por nuestras', 'pregunta por nuestras', 'hasta agotar existencias', 'descubre nuestro', 'descubre nuestra', 'descubre nuestros', 'descubre nuestras', 'gratis durante',
  // en
  'you might be interested', 'you may be interested', 'you might also like', 'you may also like', 'take advantage', 'limited time', 'limited-time', 'special offer',
  'exclusive offer', 'exclusive deal', 'promo code', 'coupon', 'coupons', 'discount code', 'upgrade to premium', 'upgrade to pro', 'upgrade your plan', 'upgrade now', 'buy now', 'shop now', 'order now', 'subscribe now',
  "don't miss", 'do not miss', 'free shipping', 'only today', 'today only', 'sale ends', 'act now',
  'refer a friend', 'share your code', 'half price', 'half-price', 'for just', 'double points', 'free gift', 'new arrivals', 'check out our', 'switch today', 'sign up today', 'activate now', 'try it free', 'free trial', 'last chance', 'while supplies last',
  // pt
  'pode te interessar', 'pode lhe interessar', 'pode interessar', 'aproveite', 'nao perca', 'por tempo limitado', 'so hoje', 'oferta imperdivel', 'promocao', 'promocoes',
  'cupom', 'cupons', 'codigo promocional', 'codigo de desconto', 'frete gratis', 'compre agora', 'assine agora', 'faca upgrade',
  'indique um amigo', 'indique uma amiga', 'metade do preco', 'por apenas', 'pontos em dobro', 'que tal experimentar', 'experimente gratis', 'ative agora', 'ultima chance', 'confira nossos', 'confira nossas', 'conheca nosso', 'conheca nossa',
];

/**
 * Promotional only together: three different families, since a service reply may well say
 * "we cannot offer a discount" (two) without selling anything.
 */
const WEAK: Readonly<Record<string, readonly string[]>> = {
  offer: ['oferta', 'ofertas', 'offer', 'offers', 'deal', 'deals'],
  discount: ['descuento', 'descuentos', 'discount', 'discounts', 'desconto', 'descontos', 'rebaja', 'rebajas', 'liquidacion'],
  upgrade: ['upgrade', 'premium', 'plan superior', 'mejor plan', 'better plan'],
  free: ['gratis', 'free', 'gratuito', 'gratuita'],
  novelty: ['novedad', 'novedades', 'nuevo producto', 'nuevos productos', 'new product', 'new products', 'catalogo', 'catalog', 'novidade', 'novidades', 'nuestro nuevo', 'nuestra nueva', 'nosso novo', 'nossa nova', 'our new'],
  exclusive: ['exclusivo', 'exclusiva', 'exclusive'],
};
const WEAK_FAMILY = new Map<string, string>(Object.entries(WEAK).flatMap(([family, cues]) => cues.map((c) => [c, family] as [string, string])));
const WEAK_FAMILIES_NEEDED = 3;

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One linear alternation over folded cues, matched on whole words; spaces match 1-3 blanks. */
export function cueRegex(cues: readonly string[]): RegExp {
  const alternation = [...new Set(cues)]
    .sort((a, b) => b.length - a.length)
    .map((c) => escapeRegExp(c).replace(/ /g, '[ \\t]{1,3}'))
    .join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, 'gu');
}

const STRONG_RE = cueRegex(STRONG);
const WEAK_RE = cueRegex([...WEAK_FAMILY.keys()]);
/** "20% off", "20 % de descuento", "30%dto", "50% desconto": a price cut is an offer. */
const PERCENT_OFF_RE = /(?<!\d)\d{1,3}(?:[.,]\d{1,2})?[ \t]{0,2}%[ \t]{0,2}(?:off\b|de descuento|dto\b|de desconto|desconto|discount|menos)/gu;

/** "save 20%", "ahorra hasta un 30 %", "economize 15%". */
const SAVE_RE = /(?<![\p{L}\p{N}])(?:save|ahorra|ahorre|ahorras|economize|economiza)[ \t]{1,3}(?:up to |hasta (?:un )?|un |ate )?\d{1,3}[ \t]{0,2}%/gu;
/** "2 months free", "3 meses gratis", "30 dias gratis", "un mes gratis", "free for 30 days". */
const FREE_PERIOD_RE = /(?<![\p{L}\p{N}])(?:\d{1,3}|un|um|one|two|dos|tres|three)[ \t]{1,3}(?:months?|meses|mes|days?|dias|semanas?|weeks?)[ \t]{1,3}(?:free|gratis|gratuitos?)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:free|gratis)[ \t]{1,3}(?:for|por|durante)[ \t]{1,3}\d{1,3}[ \t]{1,3}(?:days|months|dias|meses)/gu;
/** "upgrade to Premium", "upgrade your plan", but not "upgrade to version 3.2" or "to the latest app". */
const UPGRADE_RE = /(?<![\p{L}\p{N}])upgrade[ \t]{1,3}(?:to|your)[ \t]{1,3}(?!version\b|v?\d|the[ \t]latest\b|the[ \t]newest\b|ios\b|android\b|windows\b|macos\b|firmware\b|app\b|browser\b)/gu;

function collect(re: RegExp, folded: string, out: PurposeEvidence[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) out.push({ start: m.index, end: m.index + m[0].length, cue: m[0].replace(/[ \t]+/g, ' ') });
}

/**
 * Classifies a reply body as service or marketing; `evidence` holds the promotional cues
 * found (offsets into `text`), empty for a service reply.
 */
export function classifyPurpose(text: string): PurposeVerdict {
  const folded = foldSameLength(text);
  const strong: PurposeEvidence[] = [];
  collect(STRONG_RE, folded, strong);
  collect(PERCENT_OFF_RE, folded, strong);
  collect(SAVE_RE, folded, strong);
  collect(FREE_PERIOD_RE, folded, strong);
  collect(UPGRADE_RE, folded, strong);
  const weak: PurposeEvidence[] = [];
  collect(WEAK_RE, folded, weak);
  const families = new Set(weak.map((w) => WEAK_FAMILY.get(w.cue)));
  const marketing = strong.length > 0 || families.size >= WEAK_FAMILIES_NEEDED;
  if (!marketing) return { purpose: 'service', evidence: [] };
  const evidence = [...strong, ...weak].sort((a, b) => a.start - b.start);
  // Overlaps (a strong phrase containing a weak word) keep the longer cue.
  const kept: PurposeEvidence[] = [];
  for (const e of evidence) {
    const last = kept[kept.length - 1];
    if (last && e.start < last.end) {
      if (e.end - e.start > last.end - last.start) kept[kept.length - 1] = e;
      continue;
    }
    kept.push(e);
  }
  return { purpose: 'marketing', evidence: kept };
}
