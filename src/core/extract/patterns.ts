/**
 * Attribution forms the tagger rarely sees in its training data, marked straight onto the labels:
 * colon quotes ("Zelensky: ...", transcripts) and quotations signed with a dash.
 */
import { DASHES } from "./spans";
import { B_CUE, B_SRC, I_SRC } from "./tagger";
import { Kind, type Token } from "./tokenize";

/** Words that open page furniture or headings, not speakers: "Photo:", "Related:", "Update:". */
const NOT_SPEAKERS = new Set(["the", "latest", "exclusive", "photo", "photos", "image", "related", "read", "see", "share", "source", "sources", "update", "updated", "note", "editor", "category", "tags", "watch", "video", "listen", "credit", "by", "advertisement", "subscribe", "correction", "disclaimer", "warning", "breaking", "live", "also", "more", "q", "a", "question", "answer"]);

/** Marks and words before a name that signs a quotation: "- Philip Bump: “...”", "More from Jones: “...”". */
const SIGNING = new Set(["-", "—", "–", "from"]);

/**
 * Colon quotes: a paragraph or sentence that opens with a short capitalised name followed by a colon
 * ("Zelensky: we will ...", "PENCE: Well, ...") gives the colon as cue and the name as source.
 */
export function colonQuotes(tokens: readonly Token[], labels: Uint8Array): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.upper) continue;
    const opens = i === 0 || t.paragraphStart || tokens[i - 1]!.sentence !== t.sentence || (tokens[i - 1]!.kind === Kind.OpenQuote && (i === 1 || tokens[i - 1]!.paragraphStart));
    // "... - Mark Blumenthal and Jon Cohen: “...”", "More from Jones: “...”": a byline before a quotation.
    const signs = i > 0 && SIGNING.has(tokens[i - 1]!.lower);
    if (!(opens || signs) || !t.upper || NOT_SPEAKERS.has(t.lower)) continue;
    let j = i;
    while (j < tokens.length && j - i < (signs ? 6 : 4) && (tokens[j]!.upper || tokens[j]!.lower === "." || (signs && tokens[j]!.lower === "and")) && labels[j] === 0) j++;
    if (j === i || tokens[j]?.lower !== ":" || labels[j] !== 0) continue;
    if (!opens && tokens[j + 1]?.kind !== Kind.OpenQuote) continue;
    // At least three words must follow in the sentence, or a quotation.
    const next = tokens[j + 1];
    const third = tokens[j + 3];
    if (!next || !third || third.sentence !== tokens[j]!.sentence) continue;
    labels[i] = B_SRC;
    for (let k = i + 1; k < j; k++) labels[k] = I_SRC;
    labels[j] = B_CUE;
    i = j;
  }
}

/** '“He represents our greatest shame.” ― Sonya Herridge': a dash after a quotation, then the name. */
export function dashQuotes(tokens: readonly Token[], labels: Uint8Array): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i]!.kind !== Kind.Punct || !DASHES.has(tokens[i]!.lower) || tokens[i - 1]!.kind !== Kind.CloseQuote || labels[i] !== 0) continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= 4 && tokens[j]!.upper && tokens[j]!.kind === Kind.Word && !tokens[j]!.paragraphStart) j++;
    if (j === i + 1) continue;
    labels[i] = B_CUE;
    labels[i + 1] = B_SRC;
    for (let k = i + 2; k < j; k++) labels[k] = I_SRC;
    i = j - 1;
  }
}
