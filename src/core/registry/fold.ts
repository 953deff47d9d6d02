/**
 * The matching key of a word: case, diacritics, common transliteration variants and
 * British/American spelling folded away. Apostrophes stay in the key so that "She'll" is not "Shell".
 */

const APOSTROPHES = new Set(["'", "’", "ʼ"]);

/** Letters that Unicode decomposition leaves alone. */
const LETTER_FOLDS: ReadonlyMap<string, string> = new Map([
  ["ß", "ss"], ["ø", "o"], ["æ", "ae"], ["œ", "oe"], ["ł", "l"], ["đ", "d"], ["ð", "d"], ["þ", "th"], ["ı", "i"], ["ħ", "h"],
]);

/**
 * Whole-word spelling variants: the key uses one spelling for both. A Map, not an object: page words
 * such as "constructor" must not find Object.prototype's members.
 */
const SPELLINGS: ReadonlyMap<string, string> = new Map([
  ["defense", "defence"], ["center", "centre"], ["centers", "centres"], ["organization", "organisation"],
  ["organizations", "organisations"], ["labor", "labour"], ["program", "programme"], ["programs", "programmes"],
]);

/** Folded keys of words already seen: news text repeats its words, so most lookups hit. */
const foldCache = new Map<string, string>();
const FOLD_CACHE_LIMIT = 100_000;

/**
 * The matching key of one word. Transliteration variants meet on one key: -yy/-iy/-yi/-ij/-ii
 * endings become -y (Zelenskyy, Zelenskiy), -ow becomes -ov (Fedorow), kh becomes h
 * (Kharkiv/Harkiv), x becomes ks (Aleksandr/Alexandr). Doubled letters are kept: "Feed" is not "Fed".
 */
export function foldWord(word: string): string {
  const cached = foldCache.get(word);
  if (cached !== undefined) return cached;
  const key = computeFold(word);
  if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
  foldCache.set(word, key);
  return key;
}

/** foldWord without its cache (the matcher keeps its own table of words). */
export function computeFold(word: string): string {
  let lower = word.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
  if (lower.length === 0) return "";
  let folded = "";
  for (const ch of lower) folded += APOSTROPHES.has(ch) ? "'" : LETTER_FOLDS.get(ch) ?? ch;
  lower = SPELLINGS.get(folded) ?? folded;
  if (/\d/.test(lower)) return lower;
  const key = lower.replace(/kh/g, "h").replace(/x/g, "ks");
  const ending = key.replace(/(?:iy|yy|yi|ij|ii)$/, "y");
  // -ow/-owa only on longer words: Fedorow is Fedorov, but "now" is not "Nov".
  return ending.length >= 5 ? ending.replace(/ow$/, "ov").replace(/owa$/, "ova") : ending;
}

export function startsUpper(raw: string): boolean {
  const code = raw.charCodeAt(0);
  // ASCII answers without allocating: it is asked for nearly every word of the article.
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  const first = raw[0];
  return first !== undefined && (first !== first.toLowerCase() || /\d/.test(first));
}
