import { describe, expect, it } from "vitest";
import { DEMO_TEXT, run, tempFile } from "./run-cli";

const CLEAR_LINE = "\r\x1b[2K";

describe("the progress line of a batch", () => {
  it("is one line per file on standard error with --progress when stderr is not a terminal", async () => {
    const { code, err, out } = await run(["scan", "--progress", "--format", "json", DEMO_TEXT, DEMO_TEXT, DEMO_TEXT], { stderrIsTTY: false });
    expect(code).toBe(0);
    expect(err).toBe("scanned 1/3 files\nscanned 2/3 files\nscanned 3/3 files\n");
    expect(() => JSON.parse(out)).not.toThrow();
  });

  it("is rewritten in place on a terminal, and cleared before a failure is reported", async () => {
    const { err } = await run(["scan", "-f", "json", DEMO_TEXT, "/missing.txt"], { stderrIsTTY: true });
    expect(err).toBe(
      `${CLEAR_LINE}scanned 1/2 files${CLEAR_LINE}sourcelight: /missing.txt: no such file\n${CLEAR_LINE}scanned 2/2 files${CLEAR_LINE}`,
    );
  });

  it("is absent without a terminal or --progress, and for a single file", async () => {
    expect((await run(["scan", "-f", "json", DEMO_TEXT, DEMO_TEXT], { stderrIsTTY: false })).err).toBe("");
    expect((await run(["scan", "--progress", "-f", "json", DEMO_TEXT], { stderrIsTTY: true })).err).toBe("");
  });

  it("never shares a line with a streamed text report", async () => {
    const draft = tempFile("draft.txt", "Reuters said the port reopened.\n");
    const transcript: string[] = [];
    const { main } = await import("../../../src/cli/main");
    await main(["scan", DEMO_TEXT, draft], {
      out: (text) => transcript.push(`out ${text.split("\n")[0]}`),
      err: (text) => transcript.push(`err ${JSON.stringify(text)}`),
      readStdin: () => Buffer.alloc(0),
      stderrIsTTY: true,
    });
    expect(transcript).toEqual([
      `out ==> ${DEMO_TEXT} <==`,
      `err ${JSON.stringify(`${CLEAR_LINE}scanned 1/2 files`)}`,
      `err ${JSON.stringify(CLEAR_LINE)}`,
      `out ==> ${draft} <==`,
      `err ${JSON.stringify(`${CLEAR_LINE}scanned 2/2 files`)}`,
      `err ${JSON.stringify(CLEAR_LINE)}`,
      "out Summary",
    ]);
  });
});
