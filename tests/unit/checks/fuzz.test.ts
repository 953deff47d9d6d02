import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scan } from "../../../src/core/analyse";
import { emptyPageMeta } from "../../../src/core/page-meta";
import { createRegistry } from "../../../src/core/registry";
import { bundledEntries } from "../../../src/core/registry/bundled";
import { ReportSchema } from "../../../src/core/report";

/** Words that make the checks and the date reader work: cues, sources, dates, figures, acronyms. */
const WORDS = [
  "said", "according to", "Bloomberg", "on", "November 30", "in December", "Thursday,", "October 12", "citing",
  "European assessments", "several experts", "sources", "it is believed that", "627,900", "cases reported", "CSIS",
  "Defense Minister Mykhailo Fedorov", "(", ")", "“", "”", ".", ",", "\n", "2025", "this summer", "last week", "$5 million",
  "percent", "former", "the", "ISW", "Reuters", "reported", "since", "by", "will",
];

describe("the checks on arbitrary text", () => {
  it("never throw, and every span matches the text and every report matches the contract", () => {
    const registry = createRegistry(bundledEntries());
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }), fc.option(fc.constantFrom("2026-01-30", "2016-09-20")), (words, published) => {
        const text = words.join(" ");
        const report = scan(text, emptyPageMeta(), registry, { published });
        expect(ReportSchema.parse(report)).toBeTruthy();
        for (const finding of report.findings) {
          for (const span of finding.spans) expect(text.slice(span.start, span.end)).toBe(span.text);
        }
        for (const claim of report.claims) {
          if (claim.date) expect(text.slice(claim.date.start, claim.date.end)).toBe(claim.date.text);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("reads words named like Object.prototype's members as plain words", () => {
    // "constructor" used to find Object.prototype.constructor in a spelling table and make the scan throw.
    const registry = createRegistry(bundledEntries());
    for (const word of ["constructor", "Constructor", "toString", "valueOf", "hasOwnProperty", "__proto__", "prototype"]) {
      const text = `The ${word} said on Monday that ${word} (CTOR) was fine. “It is,” ${word} told Reuters. Defense ${word} ${word} said it.`;
      const report = scan(text, emptyPageMeta(), registry);
      expect(ReportSchema.parse(report)).toBeTruthy();
      expect(report.claims.length).toBeGreaterThan(0);
    }
  });
});
