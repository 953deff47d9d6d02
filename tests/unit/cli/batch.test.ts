import { describe, expect, it } from "vitest";
import { BatchOutputSchema } from "../../../src/cli/batch-output";
import { ReportSchema } from "../../../src/core/report";
import { CLEAN_TEXT, DEMO_PAGE, DEMO_TEXT, run, tempFile, VAGUE_TEXT } from "./run-cli";

/** What a single-file scan finds in a file: the batch rows must repeat exactly these counts. */
async function countsOf(path: string) {
  const report = ReportSchema.parse(JSON.parse((await run(["scan", "--format", "json", path])).out));
  const count = (severity: string) => report.findings.filter((finding) => finding.severity === severity).length;
  return { claims: report.claims.length, errors: count("error"), warnings: count("warning"), notes: count("info") };
}

describe("sourcelight scan with several files", () => {
  it("prints every report and a summary table, and still scans the others when one file is bad", async () => {
    const vague = tempFile("vague.txt", VAGUE_TEXT);
    const demo = await countsOf(DEMO_PAGE);
    const one = await countsOf(vague);
    const { code, out, err } = await run(["scan", DEMO_PAGE, "/no/such/draft.md", vague]);
    expect(code).toBe(2);
    expect(err).toBe("sourcelight: /no/such/draft.md: no such file\n");
    expect(out).toContain(`==> ${DEMO_PAGE} <==\nRussian Military Deaths Surge`);
    expect(out).toContain("==> /no/such/draft.md <==\nnot scanned: no such file");
    expect(out).toContain(`==> ${vague} <==\n(untitled)`);
    const table = out.slice(out.indexOf("\nSummary\n") + 1).split("\n");
    expect(table[1]).toMatch(/^ {2}file +claims {2}errors {2}warnings {2}notes$/);
    expect(table[2]).toMatch(new RegExp(`^  ${DEMO_PAGE} +${demo.claims} +${demo.errors} +${demo.warnings} +${demo.notes}$`));
    expect(table[3]).toMatch(/^ {2}\/no\/such\/draft\.md +- +- +- +-$/);
    expect(one).toEqual({ claims: 1, errors: 0, warnings: 1, notes: 0 });
    expect(table[4]).toMatch(new RegExp(`^  ${vague} +1 +0 +1 +0$`));
    const total = [demo.claims + 1, demo.errors, demo.warnings + 1, demo.notes].join(" +");
    expect(table[5]).toMatch(new RegExp(`^ {2}total \\(3 files, 1 not scanned\\) +${total}$`));
    expect(table[6]).toBe("  not scanned: /no/such/draft.md: no such file");
  });

  it("answers exit 0 when every file is scanned", async () => {
    const { code, err } = await run(["scan", DEMO_PAGE, DEMO_TEXT]);
    expect(code).toBe(0);
    expect(err).toBe("");
  });

  it("prints one JSON object {files, summary} whose reports follow the report contract", async () => {
    const vague = tempFile("vague.txt", VAGUE_TEXT);
    const { code, out } = await run(["scan", "--format", "json", "--with-text", vague, "/missing.html", "-"], { stdin: CLEAN_TEXT });
    expect(code).toBe(2);
    const batch = BatchOutputSchema.strict().parse(JSON.parse(out));
    expect(batch.files.map((file) => file.name)).toEqual([vague, "/missing.html", "-"]);
    expect(batch.files[1]).toEqual({ name: "/missing.html", error: "no such file" });
    const first = batch.files[0]!;
    expect("report" in first && ReportSchema.strict().parse(first.report).text).toBe(VAGUE_TEXT);
    const vagueCounts = await countsOf(vague);
    const cleanCounts = await countsOf(tempFile("clean.txt", CLEAN_TEXT));
    expect(batch.summary).toEqual({
      files: 3,
      scanned: 2,
      failed: 1,
      claims: vagueCounts.claims + cleanCounts.claims,
      errors: vagueCounts.errors + cleanCounts.errors,
      warnings: vagueCounts.warnings + cleanCounts.warnings,
      notes: vagueCounts.notes + cleanCounts.notes,
    });
    expect(vagueCounts.warnings).toBe(1);
  });

  it("keeps single-file JSON exactly the report object", async () => {
    const { out } = await run(["scan", "--format", "json", DEMO_TEXT]);
    const parsed = JSON.parse(out);
    expect(Object.keys(parsed).sort()).toEqual(["article", "claims", "findings"]);
    expect(ReportSchema.strict().safeParse(parsed).success).toBe(true);
  });

  it("writes a Markdown summary table first, then each report with its headings moved down", async () => {
    const vague = tempFile("a|b.txt", VAGUE_TEXT);
    const demo = await countsOf(DEMO_PAGE);
    const { code, out } = await run(["scan", "--format", "markdown", DEMO_PAGE, vague, "/gone.txt"]);
    expect(code).toBe(2);
    expect(out).toMatch(/^# Sourcelight scan of 3 files\n\n## Summary\n\n\| File \| Claims \| Errors \| Warnings \| Notes \|\n/);
    expect(out).toContain(`| \`${DEMO_PAGE}\` | ${demo.claims} | ${demo.errors} | ${demo.warnings} | ${demo.notes} |`);
    expect(out).toContain(`| \`${vague.replace("|", "\\|")}\` | 1 | 0 | 1 | 0 |`);
    expect(out).toContain("| `/gone.txt` | not scanned |  |  |  |");
    expect(out).toContain(`| **Total** (3 files) | ${demo.claims + 1} | ${demo.errors} | ${demo.warnings + 1} | ${demo.notes} |`);
    expect(out).toContain(`## \`${DEMO_PAGE}\`\n\n### Sourcelight report: Russian Military Deaths Surge`);
    expect(out).toContain("#### Findings");
    expect(out).toContain("## `/gone.txt`\n\nNot scanned: no such file");
    expect(out.match(/^# /gm)).toHaveLength(1);
  });

  it("refuses standard input twice", async () => {
    const { code, err } = await run(["scan", "-", "-"]);
    expect(code).toBe(2);
    expect(err).toMatch(/standard input \("-"\) can be scanned only once/);
  });
});
