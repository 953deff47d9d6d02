import { describe, expect, it } from "vitest";
import { sharedSubject, subjectAfter, subjectBefore } from "../../../src/core/extract/subject";
import { antecedentSubject, onlyAdverbs, wholeSubject } from "../../../src/core/extract/tagged-source";
import { isPassive } from "../../../src/core/extract/voice";
import { sentenceRanges } from "../../../src/core/extract/tagger";
import { tokenize } from "../../../src/core/extract/tokenize";
import { claimsOf } from "./helpers";

type Finder = typeof subjectBefore;

/** The subject text `find` gives for the cue words `cue` of a one-sentence `text`, or null. */
function subjectOf(find: Finder, text: string, cue: string): string | null {
  const tokens = tokenize(text);
  const words = tokenize(cue).map((t) => t.lower);
  const from = tokens.findIndex((_, i) => words.every((w, k) => tokens[i + k]?.lower === w));
  if (from < 0) throw new Error(`"${cue}" not in "${text}"`);
  const [start, end] = sentenceRanges(tokens)[tokens[from]!.sentence]!;
  const span = find(tokens, { from, to: from + words.length }, { from: start, to: end });
  return span ? text.slice(tokens[span.from]!.start, tokens[span.to - 1]!.end) : null;
}

describe("the noun phrase before a cue the tagger left without a source", () => {
  it("takes a phrase that opens its clause", () => {
    expect(subjectOf(subjectBefore, "That is seven hours after the police has announced the name.", "has announced")).toBe("the police");
    expect(subjectOf(subjectBefore, "The NeverTrump faction continues to tell itself that.", "continues to tell")).toBe("The NeverTrump faction");
    expect(subjectOf(subjectBefore, "On Sunday, Sanders announced that he had raised $20 million.", "announced")).toBe("Sanders");
    expect(subjectOf(subjectBefore, "Obama himself seemed to recognize it.", "seemed to recognize")).toBe("Obama");
    expect(subjectOf(subjectBefore, "On Wednesday, he seemed to indicate he knows.", "seemed to indicate")).toBe("he");
  });

  it("takes the name before an apposition closed by a comma", () => {
    expect(subjectOf(subjectBefore, "In detail, Rep. Chris Collins, R-NY, says participants agreed.", "says")).toBe("Rep. Chris Collins");
  });

  it("takes nothing inside a prepositional phrase, for a passive, an expletive or a participle", () => {
    expect(subjectOf(subjectBefore, "He dubbed himself over footage of Trump talking about Clinton.", "talking about")).toBeNull();
    expect(subjectOf(subjectBefore, "Donations are typically reported in broad ranges.", "are typically reported")).toBeNull();
    expect(subjectOf(subjectBefore, "It was a measure strongly opposed by unions.", "strongly opposed")).toBeNull();
    expect(subjectOf(subjectBefore, "But it is not clear whether they will.", "is not clear")).toBeNull();
    expect(subjectOf(subjectBefore, "In Salem, New Hampshire, Trump went after Bush, calling him a stiff.", "calling")).toBeNull();
    expect(subjectOf(subjectBefore, "After saying he was nervous, the man asked.", "saying")).toBeNull();
  });
});

describe("the subject a second predicate shares with its clause", () => {
  it("takes the first clause's subject for a participle after a comma or a verb after 'and'", () => {
    expect(subjectOf(sharedSubject, "Hours later, Trump returned the compliment to Adelson, telling Reuters he was charming.", "telling")).toBe("Trump");
    expect(subjectOf(sharedSubject, "Instead, the Vermont senator is sticking to his message, hoping to avoid any misstep.", "hoping")).toBe("the Vermont senator");
    expect(subjectOf(sharedSubject, "Reid caucused in Nevada on Saturday and says he voted uncommitted.", "says")).toBe("Reid");
    expect(subjectOf(sharedSubject, "Romney went after Trump on Wednesday, calling it disqualifying.", "calling")).toBe("Romney");
    expect(subjectOf(sharedSubject, "Hillary Clinton sternly reprimanded Mr. Trump, saying he was wrong.", "saying")).toBe("Hillary Clinton");
    // A dash sets off the participle, or the dateline before the clause.
    expect(subjectOf(sharedSubject, "Marco Rubio flipped his choice on the spot – saying he was rooting for the Broncos.", "saying")).toBe("Marco Rubio");
    expect(subjectOf(sharedSubject, "WASHINGTON (AFP) – Democrat Hillary Clinton has taken a swipe at Trump, saying his comments do harm.", "saying")).toBe("Democrat Hillary Clinton");
  });

  it("takes nothing when no verb group follows a phrase, for a passive or for a cue not joined to a clause", () => {
    expect(subjectOf(sharedSubject, "Republican politicians and their allies in the movement speak in one voice, arguing that it failed.", "arguing")).toBeNull();
    expect(subjectOf(sharedSubject, "He was suspected of plotting murder, and accused by the news media of beating people.", "accused")).toBeNull();
    expect(subjectOf(sharedSubject, "Trump returned the compliment to Adelson as Clinton said nothing.", "said")).toBeNull();
  });
});

describe("a relative clause linked to the cue after it", () => {
  it("gives way to its antecedent when the clause is closed before the cue", () => {
    const claim = claimsOf("Humphrey, who calls Trump a sociopath, said he would not vote.").find((c) => c.cue.text === "said");
    expect(claim?.source?.text).toBe("Humphrey");
  });

  it("gives way to the antecedent when the tagged span sits inside the closed relative clause", () => {
    const tokens = tokenize("Humphrey, who calls Trump a sociopath, said he would not vote.");
    const a = tokens.findIndex((t) => t.lower === "a");
    const said = tokens.findIndex((t) => t.lower === "said");
    const span = antecedentSubject(tokens, { from: a, to: a + 2 }, { from: said, to: said + 1 }, { from: 0, to: tokens.length });
    expect(span && tokens.slice(span.from, span.to).map((t) => t.lower)).toEqual(["humphrey"]);
  });

  it("stays when the relative pronoun is the cue's own subject", () => {
    const tokens = tokenize("Sanders, who endorsed Clinton, was pleased.");
    const who = tokens.findIndex((t) => t.lower === "who");
    expect(antecedentSubject(tokens, { from: who, to: who + 1 }, { from: who + 1, to: who + 2 }, { from: 0, to: tokens.length })).toBeNull();
  });
});

describe("a source the tagger started inside its noun phrase", () => {
  it("starts where the phrase opens its clause", () => {
    const tokens = tokenize("Even before the remarks, Mr. Trump had criticized the pope.");
    const trump = tokens.findIndex((t) => t.lower === "trump");
    const span = wholeSubject(tokens, { from: trump, to: trump + 1 }, { from: trump + 1, to: trump + 3 }, { from: 0, to: tokens.length });
    expect(tokens[span.from]!.lower).toBe("mr.");
  });

  it("is left alone after an opening adverb, a dash or a time", () => {
    const cases: Array<[string, string, string]> = [
      ["Even an anti-Trump PAC revealed its poll.", "an anti-Trump PAC", "revealed"],
      ["Pollsters agree - Carl Bialik thinks so.", "Carl Bialik", "thinks"],
      ["This year Camil spoke about it.", "Camil", "spoke"],
    ];
    for (const [text, sourceText, cueWord] of cases) {
      const tokens = tokenize(text);
      const words = tokenize(sourceText).map((t) => t.lower);
      const from = tokens.findIndex((_, i) => words.every((w, k) => tokens[i + k]?.lower === w));
      const cue = tokens.findIndex((t) => t.lower === cueWord);
      const source = { from, to: from + words.length };
      expect(wholeSubject(tokens, source, { from: cue, to: cue + 1 }, { from: 0, to: tokens.length })).toEqual(source);
    }
  });
});

describe("a relative clause between the subject and the cue", () => {
  it("leaves the subject as source", () => {
    expect(claimsOf("The official, who spoke on the condition of anonymity, said that investigators are close.").find((c) => c.cue.text === "said")?.source?.text).toBe("The official");
    expect(claimsOf("Mr. Kirk, who still speaks with difficulty from a stroke in 2012, also noted that Mr. Trump had lost.").find((c) => c.cue.text.endsWith("noted"))?.source?.text).toBe("Mr. Kirk");
  });
});

describe("more subjects of cues the tagger left without a source", () => {
  it("shares the clause subject with a participle after 'by' or 'while'", () => {
    expect(subjectOf(sharedSubject, "Hannity followed up by asking if the governor believes it.", "asking")).toBe("Hannity");
    expect(subjectOf(sharedSubject, "Bolton had a comparable assessment, while saying that the record was thin.", "saying")).toBe("Bolton");
  });

  it("takes the phrase after a cue inverted after a quotation, not after a plain comma", () => {
    expect(subjectOf(subjectAfter, "“It was a heads up,” said Friedman, who is white.", "said")).toBe("Friedman");
    expect(subjectOf(subjectAfter, "“It is a way to participate,” says a source involved in the creation.", "says")).toBe("a source involved in the creation");
    expect(subjectOf(subjectAfter, "Schilling's son, Grant, defended his father on Tuesday.", "defended")).toBeNull();
    expect(subjectOf(subjectAfter, "“It was a heads up,” said he.", "said")).toBeNull();
  });

  it("treats a tagged '-ly' adverb as no source, but not a quantifier", () => {
    const tokens = tokenize("Clinton, exasperated, famously responded. Both think so.");
    const at = (word: string) => tokens.findIndex((t) => t.lower === word);
    expect(onlyAdverbs(tokens, { from: at("famously"), to: at("famously") + 1 })).toBe(true);
    expect(onlyAdverbs(tokens, { from: at("both"), to: at("both") + 1 })).toBe(false);
    expect(onlyAdverbs(tokens, { from: at("clinton"), to: at("clinton") + 1 })).toBe(false);
  });
});

describe("reduced passives, inverted cues after a question, dates and relative subjects", () => {
  it("gives a reduced passive after a subordinator no source", () => {
    const tokens = tokenize("When asked why Cruz decided to attack, Tyler said nothing.");
    const asked = tokens.findIndex((t) => t.lower === "asked");
    expect(isPassive(tokens, { from: asked, to: asked + 1 })).toBe(true);
    const told = tokenize("When Trump asked why, Tyler said nothing.");
    const verb = told.findIndex((t) => t.lower === "asked");
    expect(isPassive(told, { from: verb, to: verb + 1 })).toBe(false);
  });

  it("takes the speaker after a quotation that ends its own sentence", () => {
    expect(subjectOf(subjectAfter, "“Why should it be grabbed from him?” asked Bennett, now a radio host.", "asked")).toBe("Bennett");
  });

  it("never takes a date as the speaker", () => {
    const claim = claimsOf("“That he gets it,” Mr. Manafort said Thursday night, suggesting that he had changed.").find((c) => c.cue.text === "said");
    expect(claim?.source?.text).toBe("Mr. Manafort");
  });

  it("keeps a relative pronoun that is the cue's own subject", () => {
    const claim = claimsOf("Senator Ted Cruz of Texas, who last year threatened to shut down the government, spoke.").find((c) => c.cue.text === "threatened");
    expect(claim?.source?.text).toBe("who");
  });
});
