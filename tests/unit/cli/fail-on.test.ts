import { describe, expect, it } from "vitest";
import { batchExitCode, reachesThreshold } from "../../../src/cli/exit-codes";
import type { Finding, Report, Severity } from "../../../src/core/report";
import { CLEAN_TEXT, DEMO_TEXT, run, tempFile, VAGUE_TEXT } from "./run-cli";

function reportWith(...severities: Severity[]): Report {
  const findings: Finding[] = severities.map((severity, i) => ({
    id: `f${i + 1}`, kind: "test", severity, message: "m", claimIds: [], spans: [],
  }));
  return { article: { title: null, url: null, published: null, publishedFrom: null }, claims: [], findings };
}

describe("--fail-on thresholds", () => {
  it.each([
    [[], "warning", false],
    [["info"], "warning", false],
    [["warning"], "warning", true],
    [["error"], "warning", true],
    [["info", "warning"], "error", false],
    [["warning", "error"], "error", true],
  ] as const)("findings %j with --fail-on %s reach it: %s", (severities, failOn, reached) => {
    expect(reachesThreshold(reportWith(...severities), failOn)).toBe(reached);
  });

  it("lets an unreadable input outweigh findings, and findings outweigh nothing", () => {
    expect(batchExitCode([reportWith("error")], 1, "error")).toBe(2);
    expect(batchExitCode([reportWith(), reportWith("error")], 0, "error")).toBe(1);
    expect(batchExitCode([reportWith("error")], 0, null)).toBe(0);
  });
});

describe("sourcelight scan --fail-on", () => {
  it("exits 1 on a warning with --fail-on warning, and says why on standard error", async () => {
    const vague = tempFile("vague.txt", VAGUE_TEXT);
    const { code, out, err } = await run(["scan", "--format", "json", "--fail-on", "warning", vague]);
    expect(code).toBe(1);
    expect(JSON.parse(out).findings[0].severity).toBe("warning");
    expect(err).toBe("sourcelight: findings at or above warning (--fail-on warning)\n");
  });

  it("exits 0 on a warning with --fail-on error or without --fail-on", async () => {
    const vague = tempFile("vague.txt", VAGUE_TEXT);
    expect((await run(["scan", "--fail-on", "error", vague])).code).toBe(0);
    expect((await run(["scan", vague])).code).toBe(0);
  });

  it("exits 0 with --fail-on warning when nothing is found", async () => {
    const clean = tempFile("clean.txt", CLEAN_TEXT);
    const another = tempFile("clean.md", "# Bridge\n\nThe city council said on Monday that the bridge would reopen.\n");
    const { code, err } = await run(["scan", "--fail-on", "warning", clean, another]);
    expect(code).toBe(0);
    expect(err).toBe("");
  });

  it("counts the inputs that reach the threshold in a batch", async () => {
    const vague = tempFile("vague.txt", VAGUE_TEXT);
    const clean = tempFile("clean.txt", CLEAN_TEXT);
    const { code, err } = await run(["scan", "--fail-on", "warning", clean, vague]);
    expect(code).toBe(1);
    expect(err).toBe("sourcelight: findings at or above warning in 1 of 2 inputs (--fail-on warning)\n");
  });

  it("exits 2, not 1, when a batch also has an unreadable file", async () => {
    const vague = tempFile("vague.txt", VAGUE_TEXT);
    expect((await run(["scan", "--fail-on", "warning", vague, "/missing.txt"])).code).toBe(2);
  });

  it("refuses a threshold it does not know", async () => {
    const { code, err, out } = await run(["scan", "--fail-on", "info", DEMO_TEXT]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toBe('sourcelight: --fail-on takes warning or error, not "info"\n');
  });
});
