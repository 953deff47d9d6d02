/** A review of a page written to break exports: formulas, quotes, commas, line breaks, Markdown and HTML. */
import { spanOf, type Report } from "../../../src/core/report";
import { claimTarget, createReview } from "../../../src/core/review/review";
import type { ArticleReview } from "../../../src/core/review/model";
import { NOW, withMarks } from "./fixtures";

export const HOSTILE_CONTENT = '=HYPERLINK("http://evil.example","click"), with "quotes",\r\nand a *second* line <script>';
export const HOSTILE_TEXT = `@Evil_Corp said ${HOSTILE_CONTENT}. [Link](http://evil.example) # not a heading`;

export function hostileReview(): ArticleReview {
  const cue = HOSTILE_TEXT.indexOf("said");
  const content = HOSTILE_TEXT.indexOf("=HYPERLINK");
  const report: Report = {
    article: { title: "# Breaking | *news*", url: "https://evil.example/a", published: "2026-01-02", publishedFrom: "json-ld" },
    claims: [
      {
        id: "h1",
        cue: spanOf(HOSTILE_TEXT, cue, cue + 4),
        source: spanOf(HOSTILE_TEXT, 0, 10),
        content: spanOf(HOSTILE_TEXT, content, content + HOSTILE_CONTENT.length),
        sourceType: "named",
        resolvedSource: null,
        registry: null,
        date: null,
        via: null,
      },
    ],
    findings: [],
  };
  return withMarks(createReview(report, "https://evil.example/a", NOW), [
    { target: claimTarget(HOSTILE_TEXT, report.claims[0]!), status: "disputed", note: "+SUM(A1:A9)\n- [x](javascript:alert(1))" },
  ]);
}
