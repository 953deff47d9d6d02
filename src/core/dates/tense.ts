/**
 * The tense a date expression is used in, judged from the nearest verb-like marker in its sentence:
 * "killed 35,000 soldiers in December" is past, "will meet in December" is future. A rough guide,
 * used only to choose between the year before and the year after an unstated year.
 */

export type Tense = "past" | "future" | "unknown";

const FUTURE = new Set(["will", "shall", "won't", "upcoming", "next", "scheduled", "plans", "planning", "aims", "intends", "goal", "target", "expected", "expecting", "expects", "expect"]);
const PAST = new Set([
  "was", "were", "had", "did", "said", "told", "wrote", "made", "took", "gave", "came", "went", "saw", "met", "led",
  "held", "won", "lost", "spoke", "ran", "began", "became", "left", "brought", "thought", "found", "knew", "felt",
  "kept", "sent", "paid", "rose", "fell", "grew", "got", "put", "set", "hit", "cut", "shot", "fought", "struck",
  "sought", "taught", "caught", "bought", "built", "spent", "meant", "stood", "sat", "broke", "chose", "drove", "ago",
  "according", "earlier", "previously", "former", "last",
]);
/** Words ending in -ed that are usually adjectives or future-leaning, not a past event. */
const NOT_PAST = new Set(["expected", "scheduled", "planned", "based", "united", "limited", "unprecedented", "needed", "related", "proposed", "anticipated"]);

/** A word of a sentence that marks a tense, with its offsets in the sentence. */
export interface TenseMarker {
  start: number;
  end: number;
  tense: Tense;
}

/** The sentence's tense markers in order: read once per sentence, whatever number of dates it holds. */
export function tenseMarkers(sentence: string): TenseMarker[] {
  const markers: TenseMarker[] = [];
  // Words (runs of ASCII letters and apostrophes) found by character codes: no match object per word.
  for (let start = 0; start < sentence.length; ) {
    if (!isWordCode(sentence.charCodeAt(start))) {
      start++;
      continue;
    }
    let end = start + 1;
    while (end < sentence.length && isWordCode(sentence.charCodeAt(end))) end++;
    const tense = markerTense(sentence.slice(start, end).toLowerCase().replace("’", "'"), sentence, end);
    if (tense !== "unknown") markers.push({ start, end, tense });
    start = end;
  }
  return markers;
}

/** The characters of a word: ASCII letters and the two apostrophes. */
function isWordCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x27 || code === 0x2019;
}

/** Tense around the expression at [start, end) within `sentence` (offsets relative to the sentence). */
export function tenseAround(sentence: string, start: number, end: number): Tense {
  return tenseAmong(tenseMarkers(sentence), start, end);
}

/** Tense around [start, end) given the sentence's markers: the nearest marker outside the expression decides. */
export function tenseAmong(markers: readonly TenseMarker[], start: number, end: number): Tense {
  let best: { tense: Tense; distance: number } | null = null;
  for (const marker of markers) {
    if (marker.end > start && marker.start < end) continue;
    const distance = marker.end <= start ? start - marker.end : marker.start - end;
    // A future marker is decisive within its clause even when a past verb ("said") is nearer.
    const weighted = marker.tense === "future" ? distance / 2 : distance;
    if (!best || weighted < best.distance) best = { tense: marker.tense, distance: weighted };
  }
  return best?.tense ?? "unknown";
}

function markerTense(word: string, sentence: string, after: number): Tense {
  if (FUTURE.has(word) || word.endsWith("'ll")) return "future";
  if ((word === "going" || word === "plan" || word === "set") && /^\s+to\b/.test(sentence.slice(after, after + 4))) return "future";
  if (PAST.has(word)) return "past";
  if (word.length >= 5 && word.endsWith("ed") && !NOT_PAST.has(word)) return "past";
  return "unknown";
}
