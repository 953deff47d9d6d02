/**
 * The demo article end to end through `scan`, and the checks on hand-built claims for its sentences.
 * The scan test runs whichever extractor is merged, so it asserts the findings the fixture README
 * lists by their key words rather than by exact spans.
 */
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { scan } from "../../../src/core/analyse";
import { emptyPageMeta, type PageMeta } from "../../../src/core/page-meta";
import { createRegistry } from "../../../src/core/registry";
import { bundledEntries } from "../../../src/core/registry/bundled";
import type { Finding } from "../../../src/core/report";
import { check, ofKind } from "./helpers";

const TEXT = readFileSync(new URL("../../fixtures/demo-article.txt", import.meta.url), "utf8");
const PAGE = readFileSync(new URL("../../fixtures/pages/demo-article.html", import.meta.url), "utf8");

/** The page's own date markup, as the content script would collect it. */
function pageMeta(): PageMeta {
  const document = new JSDOM(PAGE).window.document;
  return {
    ...emptyPageMeta(),
    jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ""),
    meta: [...document.querySelectorAll("meta")].flatMap((m) => {
      const key = m.getAttribute("property") ?? m.getAttribute("name") ?? m.getAttribute("itemprop");
      return key ? [{ key, content: m.getAttribute("content") ?? "" }] : [];
    }),
    times: [...document.querySelectorAll("time")].map((t) => ({ datetime: t.getAttribute("datetime") ?? "", text: t.textContent ?? "" })),
  };
}

const spanTexts = (findings: readonly Finding[]): string => findings.flatMap((f) => f.spans.map((s) => s.text)).join(" | ");

function expectReadmeFindings(findings: readonly Finding[], text: string): void {
  const mismatch = ofKind(findings, "date-mismatch");
  expect(mismatch).toHaveLength(1);
  expect(mismatch[0]!.severity).toBe("warning");
  expect(mismatch[0]!.message).toMatch(/^Bloomberg is cited as of 30 Nov 2025, but the figures beside it are for December 2025/);
  expect(mismatch[0]!.message).toContain("check the date of the Bloomberg report");
  expect(spanTexts(mismatch)).toContain("November 30");

  const secondhand = ofKind(findings, "secondhand-source");
  expect(secondhand).toHaveLength(1);
  expect(spanTexts(secondhand)).toContain("European assessments");

  const vague = spanTexts(ofKind(findings, "vague-source"));
  expect(vague).toContain("several experts");
  expect(vague).toContain("these assessments");

  const figures = ofKind(findings, "unattributed-figure");
  expect(figures.filter((f) => f.severity === "warning").map((f) => f.spans[0]!.text)).toEqual([expect.stringContaining("627,900")]);

  expect(ofKind(findings, "undefined-acronym")).toEqual([]);
  expect(ofKind(findings, "role-mismatch")).toEqual([]);
  const credit = text.indexOf("(Photo: Getty Images)");
  for (const finding of findings) {
    for (const span of finding.spans) expect(span.end <= credit || span.start >= credit + 21).toBe(true);
  }
  // Nothing else rises to a warning.
  const warningKinds = findings.filter((f) => f.severity !== "info").map((f) => f.kind).sort();
  expect(warningKinds).toEqual(["date-mismatch", "secondhand-source", "unattributed-figure"]);
}

describe("the demo article through scan", () => {
  const report = scan(TEXT, pageMeta(), createRegistry(bundledEntries()));

  it("takes the publication date from the page's JSON-LD", () => {
    expect(report.article).toMatchObject({ published: "2026-01-30", publishedFrom: "json-ld" });
  });

  it("yields the findings the fixture README lists, and none about the photo credit", () => {
    expectReadmeFindings(report.findings, TEXT);
  });

  it("gives the Bloomberg claim its date value", () => {
    const bloomberg = report.claims.find((c) => c.date?.text.includes("November 30"));
    expect(bloomberg?.date?.value).toBe("2025-11-30");
  });

  it("finds the same without any page date, reading dates against the caption's 19 January 2026", () => {
    const undated = scan(TEXT, emptyPageMeta(), createRegistry(bundledEntries()));
    expect(undated.article.published).toBeNull();
    expect(undated.article.publishedNotBefore).toBe("2026-01-19");
    expectReadmeFindings(undated.findings, TEXT);
    expect(ofKind(undated.findings, "assumed-publication-date")).toHaveLength(1);
  });
});

describe("the demo sentences as hand-built claims", () => {
  const at = (words: string): number => TEXT.indexOf(words);
  const CLAIMS = [
    { id: "bloomberg-1", cue: "according to", source: "Bloomberg", registry: "bloomberg", date: "on November 30",
      content: "The number of Russian soldiers killed in action in the ongoing war against Ukraine has significantly increased in recent weeks" },
    { id: "assessments-1", cue: "citing", source: "European assessments", sourceType: "vague" as const, via: "bloomberg-1" },
    { id: "fedorov-1", cue: "reported", source: "Ukrainian Defense Minister Mykhailo Fedorov", registry: "mykhailo-fedorov",
      content: "that Ukrainian forces killed 35,000 Russian soldiers in December" },
    { id: "fedorov-2", cue: "stated", source: "He", sourceType: "pronoun" as const, resolvedSource: "Mykhailo Fedorov", registry: "mykhailo-fedorov",
      content: "that the goal is to increase that number to 50,000 by this summer" },
    { id: "assessments-2", cue: "noting", source: "assessments from multiple European governments", sourceType: "vague" as const,
      content: "that the ratio of deaths to injuries has recently shifted in favor of fatalities" },
    { id: "assessments-3", cue: "According to", source: "these assessments", sourceType: "nominal" as const,
      content: "the number of Russian casualties now matches the Kremlin's recruitment capacity" },
    { id: "experts-1", cue: "predict", source: "several experts", sourceType: "vague" as const,
      content: "that replacing these losses would require another mobilization campaign" },
    { id: "bloomberg-2", cue: "writes", source: "Bloomberg", registry: "bloomberg", from: at("However, Bloomberg"),
      content: "that Russian leader Vladimir Putin is unlikely to pursue such a measure" },
    { id: "csis-1", cue: "revealed", source: "Center for Strategic and International Studies (CSIS)", registry: "csis",
      content: "that Russia has incurred extraordinarily high human losses" },
    { id: "csis-2", cue: "estimates", source: "The CSIS", registry: "csis",
      content: "that Russian forces have suffered nearly 1.2 million casualties since the beginning of the invasion in February 2022" },
    { id: "csis-3", cue: "stated", source: "CSIS", registry: "csis", from: at("“Russian casualties"),
      content: "Russian casualties and fatalities are unprecedented, even from a historical Russian and Soviet perspective" },
  ];

  it("yields the README's findings and ties the evidence to the right claims", () => {
    const { findings, claims } = check(TEXT, CLAIMS, { published: "2026-01-30", registry: createRegistry(bundledEntries()) });
    expectReadmeFindings(findings, TEXT);
    expect(claims.find((c) => c.id === "bloomberg-1")!.date!.value).toBe("2025-11-30");
    const [mismatch] = ofKind(findings, "date-mismatch");
    expect(mismatch!.claimIds).toEqual(["bloomberg-1", "fedorov-1"]);
    expect(mismatch!.message).toBe(
      "Bloomberg is cited as of 30 Nov 2025, but the figures beside it are for December 2025 and Mykhailo Fedorov, quoted beside it as Defense Minister, took that office only on 14 Jan 2026: check the date of the Bloomberg report.",
    );
    expect(ofKind(findings, "secondhand-source")[0]!.claimIds).toEqual(["bloomberg-1", "assessments-1"]);
    // The relayed "European assessments" is reported once, as second-hand, not again as vague.
    expect(spanTexts(ofKind(findings, "vague-source"))).not.toContain("European assessments |");
  });

  it("finds the date-mismatch even when the extractor leaves the Bloomberg date out", () => {
    const withoutDate = CLAIMS.map((claim) => (claim.id === "bloomberg-1" ? { ...claim, date: null } : claim));
    const { findings, claims } = check(TEXT, withoutDate, { published: "2026-01-30", registry: createRegistry(bundledEntries()) });
    expect(claims.find((c) => c.id === "bloomberg-1")!.date).toMatchObject({ text: "November 30", value: "2025-11-30" });
    expect(ofKind(findings, "date-mismatch")).toHaveLength(1);
  });

  it("flags Fedorov's title when the article is dated before he took office", () => {
    const { findings } = check(TEXT, CLAIMS, { published: "2026-01-10", registry: createRegistry(bundledEntries()) });
    const roles = ofKind(findings, "role-mismatch");
    expect(roles.map((f) => f.claimIds)).toEqual([["fedorov-1"]]);
    expect(roles[0]!.message).toContain("from 14 Jan 2026");
  });
});
