/**
 * The anchoring promise checked on generated articles: after edits outside a passage it is found at
 * its new place (or, for a short quote whose context was rewritten, orphaned), and once the passage
 * is deleted it is never attached anywhere.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anchorQuote, resolveAnchor } from "../../../src/core/review/anchor";

const word = fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz"), minLength: 3, maxLength: 9 });
const sentence = fc.array(word, { minLength: 4, maxLength: 14 }).map((words) => `${words.join(" ")}.`);
const article = fc.array(sentence, { minLength: 3, maxLength: 25 });
const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 12 }), insert: fc.string({ maxLength: 12 }) });

interface Case {
  sentences: string[];
  marked: number;
  from: number;
  length: number;
}

const markedCase = article.chain((sentences) =>
  fc.record({
    sentences: fc.constant(sentences),
    marked: fc.nat({ max: sentences.length - 1 }),
    from: fc.nat(),
    length: fc.integer({ min: 4, max: 200 }),
  }),
);

/** The text and the marked passage: part of one sentence. */
function build({ sentences, marked, from, length }: Case) {
  const text = sentences.join(" ");
  const sentenceStart = sentences.slice(0, marked).reduce((sum, s) => sum + s.length + 1, 0);
  const target = sentences[marked]!;
  const start = sentenceStart + (from % Math.max(1, target.length - 3));
  const end = Math.min(sentenceStart + target.length, start + length);
  return { text, start, end, sentenceStart, sentenceEnd: sentenceStart + target.length };
}

describe("anchoring on generated articles", () => {
  it("finds the passage at its new place after edits elsewhere, or says it cannot", () => {
    fc.assert(
      fc.property(markedCase, fc.array(edit, { maxLength: 6 }), (c, edits) => {
        const { text, start, end } = build(c);
        fc.pre(end - start >= 4);
        const anchor = anchorQuote(text, start, end);
        let edited = text;
        let shift = 0;
        for (const e of edits) {
          // Edits land outside the passage: before it (shifting it) or after it.
          const passageStart = start + shift;
          const passageEnd = end + shift;
          const outside = edited.length - (passageEnd - passageStart);
          const at = outside === 0 ? 0 : e.at % outside;
          const position = at < passageStart ? at : at + (passageEnd - passageStart);
          const limit = position < passageStart ? passageStart - position : edited.length - position;
          const remove = Math.min(e.remove, limit);
          edited = edited.slice(0, position) + e.insert + edited.slice(position + remove);
          if (position < passageStart) shift += e.insert.length - remove;
        }
        const result = resolveAnchor(edited, anchor);
        if (result.status === "found") {
          expect(result.start).toBe(start + shift);
          expect(result.end).toBe(end + shift);
        } else {
          expect(end - start).toBeLessThan(64);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("never attaches a deleted passage to another one", () => {
    fc.assert(
      fc.property(markedCase, (c) => {
        const { text, start, end, sentenceStart, sentenceEnd } = build(c);
        fc.pre(end - start >= 4);
        const anchor = anchorQuote(text, start, end);
        const edited = text.slice(0, sentenceStart) + text.slice(sentenceEnd + 1);
        // Random words can repeat; only a passage that is truly gone must be orphaned.
        fc.pre(!edited.includes(text.slice(start, end)));
        expect(resolveAnchor(edited, anchor).status).toBe("orphaned");
      }),
      { numRuns: 150 },
    );
  });
});
