// Which country a reply is about, from words only that country uses: its tax and identity
// agencies, its cities, its phone prefix, its currency, and for Argentina the "vos" verb
// forms. Used only to choose between IDs that are the same digits in two countries (8 bare
// digits after "DNI": Peru or Argentina?); when the text says nothing, the user's regions
// decide (see byRegion in index.ts). Place names that are also common names or surnames
// (Mendoza, Rosario, Trujillo) or exist in both countries (San Isidro) are left out.

/** Word-edged, case-insensitive; accents spelled out so offsets need no folding. */
const edged = (words: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${words})(?![\\p{L}\\p{N}])`, 'giu');

const HINTS: Readonly<Record<string, readonly RegExp[]>> = {
  AR: [
    /\+\s?54(?!\d)|\(?011\)?[\s-]\d{4}[\s-]\d{4}/g,
    edged(
      'cuit|cuil|anses|afip|arca|renaper|cbu|cvu|monotributista|monotributo|caba|capital federal|buenos aires|la plata|tucum[aá]n|mar del plata|neuqu[eé]n|bah[ií]a blanca|argentina|argentino|pesos argentinos',
    ),
    // Voseo: "tenés", "podés", "probá", "contanos", "fijate" (the tuteo forms are "tienes",
    // "prueba", "cuéntanos", "fíjate").
    edged('vos|ten[eé]s|pod[eé]s|quer[eé]s|sab[eé]s|necesit[aá]s|prob[aá]|escrib[ií]s|contanos|avisanos|escribinos|mandanos|llamanos|fijate|cambiala|cambialo|ingres[aá]'),
  ],
  PE: [
    /\+\s?51(?!\d)|S\/\.?\s?\d/g,
    edged('ruc|sunat|reniec|indecopi|lima|arequipa|cusco|chiclayo|piura|miraflores|surco|callao|per[uú]|peruano|peruana|soles|yape|carn[eé] de extranjer[ií]a'),
  ],
};

const MAX_COUNT = 8;

/** How many hints of each country the text has (only countries with at least one). */
export function countryHints(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [country, patterns] of Object.entries(HINTS)) {
    let n = 0;
    for (const re of patterns) {
      re.lastIndex = 0;
      while (n < MAX_COUNT && re.exec(text)) n++;
    }
    if (n) counts.set(country, n);
  }
  return counts;
}
