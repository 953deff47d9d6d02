import { describe, expect, it } from "vitest";
import { isSpace, paragraphsOf, sentencesOf } from "../../../src/core/dates/text-units";
import { tenseAround, tenseMarkers } from "../../../src/core/dates/tense";

const texts = (text: string, ranges: ReadonlyArray<{ start: number; end: number }>): string[] => ranges.map((r) => text.slice(r.start, r.end));

describe("sentences and paragraphs", () => {
  it("isSpace is exactly the characters /\\s/ matches", () => {
    const differing: string[] = [];
    for (let code = 0; code < 0x10000; code++) if (isSpace(code) !== /\s/.test(String.fromCharCode(code))) differing.push(`U+${code.toString(16)}`);
    expect(differing).toEqual([]);
    expect(isSpace(0x20) && isSpace(0xa0) && isSpace(0x3000) && !isSpace(0x41)).toBe(true);
  });

  it("ends sentences at full stops, question and exclamation marks, and line breaks", () => {
    const text = "He left. Did she? Yes!\nA new line";
    expect(texts(text, sentencesOf(text))).toEqual(["He left.", "Did she?", "Yes!", "A new line"]);
  });

  it("keeps closing quotes and brackets with their sentence", () => {
    const text = 'He said "never." (It was late.) Then';
    expect(texts(text, sentencesOf(text))).toEqual(['He said "never."', "(It was late.)", "Then"]);
  });

  it("does not end a sentence after a title, an initial, a month or a dotted abbreviation", () => {
    const text = "Mr. Smith met George W. Bush on Jan. 5 in the U.S. at 3 p.m. today. Approx. ten came.";
    expect(texts(text, sentencesOf(text))).toEqual(["Mr. Smith met George W. Bush on Jan. 5 in the U.S. at 3 p.m. today.", "Approx. ten came."]);
  });

  it("ends a sentence after a word that only starts like an abbreviation", () => {
    const text = "They met in Decembers. Approximately ten came. The end.";
    expect(texts(text, sentencesOf(text))).toEqual(["They met in Decembers.", "Approximately ten came.", "The end."]);
  });

  it("needs a space after the mark, and trims non-breaking and other spaces", () => {
    const text = "\u00a0It cost 3.5 million.\u2003Then it rose.\u3000";
    expect(texts(text, sentencesOf(text))).toEqual(["It cost 3.5 million.", "Then it rose."]);
  });

  it("reads only the given range", () => {
    const text = "One. Two. Three.";
    expect(texts(text, sentencesOf(text, { start: 5, end: 9 }))).toEqual(["Two."]);
  });

  it("splits paragraphs at line breaks, skipping empty ones", () => {
    const text = " First \n\n Second\n";
    expect(texts(text, paragraphsOf(text))).toEqual(["First", "Second"]);
  });
});

describe("tense around a date", () => {
  it.each([
    ["Forces killed soldiers in December.", "December", "past"],
    ["The ministers will meet in December.", "December", "future"],
    ["He said they will meet in December.", "December", "future"],
    ["They are going to meet in December.", "December", "future"],
    ["The meeting in December.", "December", "unknown"],
  ])("%s", (sentence, words, tense) => {
    const start = sentence.indexOf(words);
    expect(tenseAround(sentence, start, start + words.length)).toBe(tense);
  });

  it("lists a sentence's tense words with their offsets, apostrophes included", () => {
    const sentence = "They’ll vote; O'Neill said it's planned, as expected.";
    expect(tenseMarkers(sentence).map((m) => [sentence.slice(m.start, m.end), m.tense])).toEqual([["They’ll", "future"], ["said", "past"], ["expected", "future"]]);
  });
});
