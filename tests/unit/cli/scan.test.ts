import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../../src/cli/main";
import { ReportSchema } from "../../../src/core/report";

const DEMO_PAGE = new URL("../../fixtures/pages/demo-article.html", import.meta.url).pathname;
const DEMO_TEXT = new URL("../../fixtures/demo-article.txt", import.meta.url).pathname;

async function run(argv: string[], stdin = "") {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s), readStdin: () => Buffer.from(stdin) });
  return { code, out, err };
}

function tempFile(name: string, content: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), "sourcelight-")), name);
  writeFileSync(path, content);
  return path;
}

describe("sourcelight scan", () => {
  it("prints exactly one JSON report whose spans index the extracted text", async () => {
    const { code, out } = await run(["scan", "--format", "json", "--with-text", DEMO_PAGE]);
    expect(code).toBe(0);
    const report = ReportSchema.parse(JSON.parse(out));
    expect(report.article.published).toBe("2026-01-30");
    expect(report.article.title).toContain("Russian Military Deaths Surge");
    expect(report.claims.length).toBeGreaterThan(3);
    for (const claim of report.claims) {
      for (const span of [claim.cue, claim.source, claim.content, claim.date]) {
        if (span) expect(report.text!.slice(span.start, span.end)).toBe(span.text);
      }
    }
    const sources = report.claims.map((claim) => claim.registry?.id);
    expect(sources).toContain("bloomberg");
    expect(sources).toContain("csis");
  });

  it("indexes a .txt file exactly as read", async () => {
    const { out } = await run(["scan", "--format", "json", "--with-text", DEMO_TEXT]);
    const report = ReportSchema.parse(JSON.parse(out));
    const bloomberg = report.claims.find((claim) => claim.source?.text === "Bloomberg");
    expect(bloomberg).toBeDefined();
    expect(report.text!.slice(bloomberg!.source!.start, bloomberg!.source!.end)).toBe("Bloomberg");
    expect(report.text).not.toContain("\r");
  });

  it("leaves the text out unless asked", async () => {
    const report = JSON.parse((await run(["scan", "--format", "json", DEMO_TEXT])).out);
    expect(report.text).toBeUndefined();
  });

  it("takes the publication date from --published over the page", async () => {
    const report = JSON.parse((await run(["scan", "-f", "json", "--published", "2026-02-02", DEMO_PAGE])).out);
    expect(report.article).toMatchObject({ published: "2026-02-02", publishedFrom: "option" });
  });

  it("reads standard input and renders Markdown drafts", async () => {
    const fromStdin = await run(["scan", "--format", "json", "-"], "Officials said the bridge was closed.");
    expect(JSON.parse(fromStdin.out).claims.length).toBe(1);
    const draft = tempFile("draft.md", "---\ntitle: Draft\ndate: 2026-03-01\n---\n# Heading\n\nReuters **reported** that [prices](http://x) rose.\n");
    const report = JSON.parse((await run(["scan", "--format", "json", "--with-text", draft])).out);
    expect(report.text).toBe("Heading\n\nReuters reported that prices rose.");
    expect(report.article).toMatchObject({ title: "Draft", published: "2026-03-01" });
  });

  it("finds claims in a Markdown draft's quotes, lists and tables, each on its own line", async () => {
    const draft = tempFile("draft.md", "# Bridge\n\n> Reuters said the bridge was closed.\n\n- CSIS estimated that traffic fell.\n- Officials said it would reopen.\n");
    const report = JSON.parse((await run(["scan", "--format", "json", "--with-text", draft])).out);
    expect(report.text).toBe("Bridge\n\nReuters said the bridge was closed.\n\nCSIS estimated that traffic fell.\nOfficials said it would reopen.");
    expect(report.claims.map((claim: { source: { text: string } }) => claim.source.text)).toEqual(["Reuters", "CSIS", "Officials"]);
  });

  it("prints text and Markdown reports", async () => {
    expect((await run(["scan", DEMO_PAGE])).out).toContain("Claims by source");
    expect((await run(["scan", "--format", "markdown", DEMO_PAGE])).out).toMatch(/^# Sourcelight report: /);
  });

  it.each([
    [["scan", "/no/such/file.html"], /no such file/],
    [["scan", tempFile("blob.bin", Buffer.from([0x89, 0x50, 0x00, 0x01]))], /binary data/],
    [["scan", tempFile("empty.html", "<html><body><nav>menu</nav></body></html>")], /no article text found/],
    [["scan", tempFile("latin1.txt", Buffer.from([0x63, 0x61, 0x66, 0xe9]))], /not UTF-8/],
    [["scan", "--published", "2026-02-30", DEMO_PAGE], /--published needs a date/],
    [["scan", "--format", "yaml", DEMO_PAGE], /unknown format/],
    [["scan"], /nothing to scan/],
    [["scan", "--bogus", DEMO_PAGE], /Unknown option/],
    [["frobnicate"], /unknown command/],
  ])("answers bad input %j with one clear line and a non-zero exit", async (argv, message) => {
    const { code, out, err } = await run(argv as string[]);
    expect(code).not.toBe(0);
    expect(out).toBe("");
    expect(err).toMatch(message);
    expect(err).not.toMatch(/\n\s+at /);
  });
});
