/**
 * Bugs the hardening suite found in core modules owned by other branches. Each switch relaxes one
 * rule in the shared properties so that the rest of the suite keeps guarding everything else; the
 * dedicated `it.fails` / `it.skip` tests in known-bugs.test.ts reproduce the bug exactly. When the
 * module is fixed, set the switch to false (and turn `it.fails` into `it`): see docs/hardening.md.
 */

/**
 * BUG-1 (src/core/extract/tokenize.ts): an astral character (emoji, 𐀀, CJK extension B) is split
 * into two tokens, one per UTF-16 code unit, so a claim's source (and a finding's span built from
 * it) can start or end between the two halves of a surrogate pair.
 * extractClaims("𐀀𐀀𐀀ֈ Experts say the figure is likely higher. ")[0].source = { start: 5, end: 15, text: "\udc00ֈ Experts" }
 */
export const BUG_EXTRACT_SPLITS_SURROGATE_PAIRS = false;

/**
 * BUG-2 (src/core/review/approximate.ts, anchor.ts): the approximate (edited-text) search aligns
 * UTF-16 code units, so a re-found passage can end between the halves of an emoji the edit inserted.
 * text "The minister said the offensive would continue.", anchorQuote(text, 4, 21) ("minister said the"),
 * edited = text.slice(0, 20) + "😀" + text.slice(20): resolveAnchor(edited, anchor) = found [4, 21),
 * edited.slice(4, 21) = "minister said th\ud83d".
 */
export const BUG_ANCHOR_FUZZY_SPLITS_SURROGATE_PAIRS = false;
