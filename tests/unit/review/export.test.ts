import { describe, expect, it } from "vitest";
import { ReportSchema } from "../../../src/core/report";
import { exportReviewAnnotations } from "../../../src/core/review/export-annotation";
import { exportClaimReviews } from "../../../src/core/review/export-claimreview";
import { CSV_COLUMNS, exportReviewCsv } from "../../../src/core/review/export-csv";
import { exportBundleJson, exportReviewJson, ReviewBundleSchema, ReviewExportSchema } from "../../../src/core/review/export-json";
import { exportBundleMarkdown, exportReviewMarkdown } from "../../../src/core/review/export-markdown";
import { reattachReview } from "../../../src/core/review/reattach";
import { ARTICLE_KEY, ARTICLE_TEXT, buildReport, demoReview, LATER } from "./fixtures";
import { HOSTILE_CONTENT, hostileReview } from "./hostile";

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes; anything else throws. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < csv.length) {
    let field = "";
    if (csv[i] === '"') {
      i++;
      for (;;) {
        if (i >= csv.length) throw new Error("unterminated quoted field");
        if (csv[i] === '"' && csv[i + 1] === '"') (field += '"'), (i += 2);
        else if (csv[i] === '"') break;
        else field += csv[i++];
      }
      i++;
    } else {
      while (i < csv.length && csv[i] !== "," && csv[i] !== "\r") {
        if (csv[i] === '"' || csv[i] === "\n") throw new Error(`bare ${JSON.stringify(csv[i])} in an unquoted field at ${i}`);
        field += csv[i++];
      }
    }
    row.push(field);
    if (csv[i] === ",") i++;
    else if (csv.startsWith("\r\n", i)) (rows.push(row), (row = []), (i += 2));
    else throw new Error(`unexpected ${JSON.stringify(csv[i])} at ${i}`);
  }
  if (row.length) throw new Error("last record lacks its CRLF");
  return rows;
}

describe("JSON export", () => {
  it("validates against ReviewExportSchema and stays a report", () => {
    const data = JSON.parse(exportReviewJson(demoReview(), LATER));
    expect(ReviewExportSchema.safeParse(data).success).toBe(true);
    expect(ReportSchema.safeParse(data).success).toBe(true);
    expect(data.marks).toHaveLength(4);
  });

  it("bundles every review", () => {
    const bundle = ReviewBundleSchema.parse(JSON.parse(exportBundleJson([demoReview(), hostileReview()], LATER)));
    expect(bundle.reviews.map((review) => review.key)).toEqual([ARTICLE_KEY, "https://evil.example/a"]);
  });
});

describe("CSV export", () => {
  it("parses back to one row per claim and finding with its mark", () => {
    const rows = parseCsv(exportReviewCsv(demoReview()));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const records = rows.slice(1).map((row) => Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, row[i]])));
    expect(records.map((r) => [r.type, r.id, r.status])).toEqual([
      ["finding", "cf1", "dismissed"],
      ["finding", "cf2", "needs-checking"],
      ["claim", "c1", "disputed"],
      ["claim", "c2", ""],
      ["claim", "c3", "verified"],
    ]);
    expect(records[2]).toMatchObject({ source: "Bloomberg", note: "Bloomberg said 200,000.\nSee their March 4 story.", registry: "Bloomberg (news-agency)" });
    expect(records[0]).toMatchObject({ reason: "named two lines later", severity: "warning" });
  });

  it("quotes page text exactly and defuses formulas", () => {
    const rows = parseCsv(exportReviewCsv(hostileReview()));
    const record = Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, rows[1]![i]]));
    expect(record.content).toBe(`'${HOSTILE_CONTENT}`);
    expect(record.source).toBe("'@Evil_Corp");
    expect(record.note).toBe("'+SUM(A1:A9)\n- [x](javascript:alert(1))");
  });

  it("lists orphaned marks after the items, marked as not attached", () => {
    const moved = reattachReview(demoReview(), { ...buildReport(ARTICLE_TEXT, "n"), findings: [] }, ARTICLE_TEXT, LATER).review;
    const rows = parseCsv(exportReviewCsv(moved)).slice(1);
    const orphans = rows.filter((row) => row[CSV_COLUMNS.indexOf("attached")] === "no");
    expect(orphans.map((row) => [row[1], row[CSV_COLUMNS.indexOf("status")]])).toEqual([
      ["finding", "dismissed"],
      ["finding", "needs-checking"],
    ]);
  });
});

describe("Markdown export", () => {
  it("reads as a report: progress, findings with severity, quotes, sources, marks and notes", () => {
    const markdown = exportReviewMarkdown(demoReview());
    expect(markdown).toContain("- Progress: 3 of 5 reviewed (1 verified, 1 disputed, 1 needs checking, 1 dismissed)");
    expect(markdown).toMatch(/- \*\*warning\*\* `vague-source`: .*Officials/);
    expect(markdown).toContain("- Reason: named two lines later");
    expect(markdown).toContain("  - Note:\n    > Bloomberg said 200,000\\.\n    > See their March 4 story\\.");
    expect(markdown).toContain("**Bloomberg** (news\\-agency in the registry)");
    expect(markdown).toContain("“the number of Russian soldiers killed rose to 250,000 last year”");
    expect(markdown).toContain("- Mark: not reviewed yet");
  });

  it("escapes page text and notes", () => {
    const markdown = exportReviewMarkdown(hostileReview());
    expect(markdown).toContain("# Review: \\# Breaking \\| \\*news\\*");
    expect(markdown).not.toContain("[x](javascript");
    expect(markdown.match(/^#.*$/gm)).toEqual(["# Review: \\# Breaking \\| \\*news\\*", "## Findings", "## Claims"]);
    expect(markdown).not.toContain("<script>");
  });

  it("exports every review in one document with a summary table", () => {
    const markdown = exportBundleMarkdown([demoReview(), hostileReview()], LATER);
    expect(markdown).toContain("| Russian military deaths surge | 3 of 5 reviewed");
    expect(markdown.match(/^## Review: /gm)).toHaveLength(2);
  });
});

describe("Web Annotation export", () => {
  it("is an AnnotationCollection of annotations with the required fields and selectors", () => {
    const collection = JSON.parse(exportReviewAnnotations(demoReview()));
    expect(collection).toMatchObject({ "@context": "http://www.w3.org/ns/anno.jsonld", type: "AnnotationCollection", total: 4 });
    expect(typeof collection.id).toBe("string");
    const items = collection.first.items;
    expect(collection.first.type).toBe("AnnotationPage");
    expect(items).toHaveLength(4);
    for (const annotation of items) {
      expect(annotation.type).toBe("Annotation");
      expect(new Set(items.map((a: { id: string }) => a.id)).size).toBe(4);
      expect(annotation.body.find((b: { purpose: string }) => b.purpose === "tagging")).toMatchObject({ type: "TextualBody" });
    }
    const disputed = items[0];
    expect(disputed.body[0].value).toBe("disputed");
    expect(disputed.body[1]).toMatchObject({ purpose: "commenting", value: "Bloomberg said 200,000.\nSee their March 4 story." });
    const [quote, position] = disputed.target.selector;
    expect(disputed.target.source).toBe(ARTICLE_KEY);
    expect(quote).toMatchObject({ type: "TextQuoteSelector", exact: "the number of Russian soldiers killed rose to 250,000 last year" });
    expect(ARTICLE_TEXT.slice(position.start, position.end)).toBe(quote.exact);
    // The finding about the whole article has no passage: its target is the article itself.
    expect(items[3].target).toBe(ARTICLE_KEY);
  });
});

describe("ClaimReview drafts", () => {
  it("drafts one ClaimReview per disputed claim with the required fields", () => {
    const drafts = JSON.parse(exportClaimReviews(demoReview()));
    expect(drafts).toHaveLength(1);
    const [draft] = drafts;
    expect(draft).toMatchObject({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      claimReviewed: "the number of Russian soldiers killed rose to 250,000 last year",
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Organization", name: "Bloomberg" },
        appearance: { "@type": "CreativeWork", url: ARTICLE_KEY },
      },
      reviewRating: { "@type": "Rating", alternateName: "Bloomberg said 200,000." },
      url: null,
      datePublished: null,
    });
  });

  it("has nothing to draft when no claim is disputed", () => {
    const review = demoReview();
    expect(JSON.parse(exportClaimReviews({ ...review, marks: review.marks.filter((m) => m.status !== "disputed") }))).toEqual([]);
  });
});
