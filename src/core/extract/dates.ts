/**
 * Attribution dates: the time expression that dates the report itself ("according to Bloomberg on
 * November 30", "said on Thursday", "told reporters last week", "On Monday, X said"), found next to
 * the cue or the source, never inside the content.
 */
import type { Token } from "./tokenize";

const MONTHS = new Set(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec."]);
const WEEKDAYS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);
const PERIODS = new Set(["week", "month", "year", "weekend", "night", "spring", "summer", "autumn", "fall", "winter"]);
const DAY_PARTS = new Set(["morning", "afternoon", "evening", "night"]);
const ALONE = new Set(["yesterday", "today", "earlier", "recently"]);

const isNumber = (t: Token | undefined) => !!t && /^\d{1,4}(?:st|nd|rd|th)?$/.test(t.lower);

/** Words a date expression can start with: most tokens are rejected by one lookup. */
const STARTS = new Set(["on", "in", "last", "this", "next", "earlier", "yesterday", "today", ...WEEKDAYS, ...MONTHS]);

/** Length in tokens of the date expression starting at i (0 when there is none). */
export function dateAt(tokens: readonly Token[], i: number, limit: number): number {
  if (i >= limit || !STARTS.has(tokens[i]!.lower)) return 0;
  const t = (k: number) => (i + k < limit ? tokens[i + k] : undefined);
  const w = (k: number) => t(k)?.lower ?? "";
  let n = 0;
  if (w(0) === "on" || w(0) === "in") {
    const rest = dateCore(t, 1, w);
    if (rest > 0) n = 1 + rest;
  } else if (w(0) === "last" || w(0) === "this" || w(0) === "next") {
    if (PERIODS.has(w(1)) || WEEKDAYS.has(w(1)) || MONTHS.has(w(1))) n = 2;
  } else if (w(0) === "earlier" && w(1) === "this" && PERIODS.has(w(2))) {
    n = 3;
  } else if (ALONE.has(w(0)) && w(0) !== "earlier" && w(0) !== "recently") {
    n = 1;
  } else {
    n = dateCore(t, 0, w);
  }
  // "on Monday night", "Thursday morning"
  if (n > 0 && DAY_PARTS.has(w(n))) n++;
  return n;
}

function dateCore(t: (k: number) => Token | undefined, k: number, w: (k: number) => string): number {
  if (WEEKDAYS.has(w(k))) return 1;
  if (MONTHS.has(w(k))) {
    let n = 1;
    if (isNumber(t(k + 1)) && w(k + 1).length <= 4) n++;
    if (w(k + n) === "," && /^\d{4}$/.test(w(k + n + 1))) n += 2;
    else if (n === 1 && /^\d{4}$/.test(w(k + 1))) n++;
    return n;
  }
  return 0;
}

/**
 * The date of an attribution: right after the cue ("said on Thursday"), right after a source that
 * follows or precedes the cue ("Bloomberg on November 30 reported"), or opening the sentence
 * ("On Monday, the ministry said").
 */
export function attributionDate(
  tokens: readonly Token[],
  cue: { from: number; to: number },
  source: { from: number; to: number } | null,
  sentence: { from: number; to: number },
): { from: number; to: number } | null {
  const candidates = [cue.to, cue.to + 1];
  if (source) candidates.push(source.to, source.to + 1);
  candidates.push(sentence.from);
  for (const at of candidates) {
    if (at >= sentence.to) continue;
    if (at > 0 && at !== sentence.from && tokens[at - 1]!.lower !== "," && at !== cue.to && at !== source?.to) continue;
    const n = dateAt(tokens, at, sentence.to);
    if (n === 0) continue;
    // A sentence-opening date must be followed by the comma or the source/cue to date the claim.
    if (at === sentence.from && at + n !== cue.from && at + n !== source?.from && tokens[at + n]?.lower !== ",") continue;
    return { from: at, to: at + n };
  }
  return null;
}
