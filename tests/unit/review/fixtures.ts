/** Hand-built article texts and reports for the review tests: no extractor involved. */
import { spanOf, type Claim, type Finding, type Report } from "../../../src/core/report";

export const ARTICLE_TEXT = [
  "Russian military deaths surge, analysts say.",
  "Bloomberg reported on March 3 that the number of Russian soldiers killed rose to 250,000 last year, citing European assessments.",
  "The Center for Strategic and International Studies said the estimate was plausible.",
  "Officials said the figure could not be confirmed.",
  "A spokesman for the ministry declined to comment.",
].join("\n\n");

export const NOW = "2026-11-26T12:00:00.000Z";
export const LATER = "2026-11-27T09:30:00.000Z";

/** The span of the first occurrence of `needle` at or after `from`. */
export function spanIn(text: string, needle: string, from = 0) {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture text lacks "${needle}"`);
  return spanOf(text, start, start + needle.length);
}

function claim(text: string, id: string, cue: string, source: string | null, content: string | null, from = 0): Claim {
  const cueSpan = spanIn(text, cue, from);
  const sentenceStart = text.lastIndexOf("\n", cueSpan.start) + 1;
  return {
    id,
    cue: cueSpan,
    source: source ? spanIn(text, source, sentenceStart) : null,
    content: content ? spanIn(text, content, sentenceStart) : null,
    sourceType: source ? "named" : "vague",
    resolvedSource: null,
    registry: source === "Bloomberg" ? { id: "bloomberg", name: "Bloomberg", kind: "news-agency" } : null,
    date: null,
    via: null,
  };
}

/** The report on a text built like ARTICLE_TEXT (possibly edited); ids are per scan, as in real life. */
export function buildReport(
  text: string,
  idPrefix = "c",
  bloombergContent = "the number of Russian soldiers killed rose to 250,000 last year",
): Report {
  const claims: Claim[] = [
    claim(text, `${idPrefix}1`, "reported", "Bloomberg", bloombergContent),
    claim(text, `${idPrefix}2`, "said", "The Center for Strategic and International Studies", "the estimate was plausible"),
    claim(text, `${idPrefix}3`, "said", "Officials", "the figure could not be confirmed", text.indexOf("Officials")),
  ];
  const findings: Finding[] = [
    {
      id: `${idPrefix}f1`,
      kind: "vague-source",
      severity: "warning",
      message: "“Officials” does not say who is speaking.",
      claimIds: [`${idPrefix}3`],
      spans: [spanIn(text, "Officials")],
    },
    {
      id: `${idPrefix}f2`,
      kind: "no-publication-date",
      severity: "info",
      message: "The page gives no publication date.",
      claimIds: [],
      spans: [],
    },
  ];
  return {
    article: { title: "Russian military deaths surge", url: "https://news.example/world/deaths?utm_source=feed", published: null, publishedFrom: null },
    claims,
    findings,
  };
}

import { claimTarget, createReview, findingTarget, setMark, type MarkInput } from "../../../src/core/review/review";
import type { ArticleReview } from "../../../src/core/review/model";

export const ARTICLE_KEY = "https://news.example/world/deaths";

/** Applies marks in order; a refused mark fails the test that built it. */
export function withMarks(review: ArticleReview, inputs: readonly MarkInput[], now = NOW): ArticleReview {
  for (const input of inputs) {
    const result = setMark(review, input, now);
    if (!result.ok) throw new Error(result.error);
    review = result.review;
  }
  return review;
}

/** The demo review: four of the five items marked, one of each status. */
export function demoReview(text = ARTICLE_TEXT, report = buildReport(text)): ArticleReview {
  return withMarks(createReview(report, ARTICLE_KEY, NOW), [
    { target: claimTarget(text, report.claims[0]!), status: "disputed", note: "Bloomberg said 200,000.\nSee their March 4 story." },
    { target: claimTarget(text, report.claims[2]!), status: "verified" },
    { target: findingTarget(text, report.findings[0]!), status: "dismissed", reason: "named two lines later" },
    { target: findingTarget(text, report.findings[1]!), status: "needs-checking" },
  ]);
}
