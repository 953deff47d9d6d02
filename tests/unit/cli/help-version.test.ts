import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readVersion } from "../../../src/cli/version";
import { run } from "./run-cli";

const PACKAGE_VERSION = JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")).version as string;

describe("sourcelight --help and --version", () => {
  it.each([["--help"], ["-h"], ["help"]])("%s lists the commands and exit codes on standard output", async (flag) => {
    const { code, out, err } = await run([flag]);
    expect({ code, err }).toEqual({ code: 0, err: "" });
    expect(out).toContain("Usage: sourcelight <command> [options]");
    expect(out).toMatch(/^ {2}scan +scan article files/m);
    expect(out).toContain("Exit codes: 0 done, 1 findings at or above --fail-on, 2 bad usage or unreadable input");
  });

  it.each([[["scan", "--help"]], [["scan", "-h"]], [["help", "scan"]], [["scan", "draft.md", "--help"]]])(
    "%j explains every scan option and the exit codes",
    async (argv) => {
      const { code, out } = await run(argv);
      expect(code).toBe(0);
      for (const option of ["--format", "--published", "--with-text", "--url", "--timeout", "--fail-on", "--progress"]) {
        expect(out).toContain(`${option} `);
      }
      expect(out).toMatch(/^ {2}1 {2}a finding at or above --fail-on$/m);
    },
  );

  it("prints usage on standard error with exit 2 when no command is given", async () => {
    const { code, out, err } = await run([]);
    expect({ code, out }).toEqual({ code: 2, out: "" });
    expect(err).toContain("Usage: sourcelight <command>");
  });

  it.each([["--version"], ["-V"]])("%s prints the package version", async (flag) => {
    expect(PACKAGE_VERSION).toMatch(/^\d+\.\d+\.\d+/);
    expect(await run([flag])).toEqual({ code: 0, out: `sourcelight ${PACKAGE_VERSION}\n`, err: "" });
  });

  it("answers unknown when package.json cannot be read", () => {
    expect(readVersion(new URL("file:///nonexistent/sourcelight/package.json"))).toBe("unknown");
    expect(readVersion(new URL("../../fixtures/demo-article.txt", import.meta.url))).toBe("unknown");
  });

  it("names an unknown command, including inherited object keys", async () => {
    for (const name of ["frobnicate", "constructor", "toString"]) {
      const { code, err } = await run([name]);
      expect({ code, err }).toEqual({ code: 2, err: `sourcelight: unknown command "${name}": run "sourcelight --help" for the commands\n` });
    }
    expect((await run(["help", "frobnicate"])).code).toBe(2);
  });
});

describe("sourcelight registry through the dispatcher", () => {
  it("prints matching entries one a line and exits 0", async () => {
    const { code, out, err } = await run(["registry", "--search", "CSIS"]);
    expect({ code, err }).toEqual({ code: 0, err: "" });
    expect(out).toMatch(/^csis\tthink-tank\tUS\t/m);
    expect(out.endsWith("\n")).toBe(true);
  });

  it("sends a usage error to standard error with exit 2", async () => {
    const { code, out, err } = await run(["registry", "--bogus"]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(/unknown argument: --bogus/);
  });

  it("is listed in the help", async () => {
    expect((await run(["--help"])).out).toMatch(/^\s+registry\s+print the source registry/m);
  });
});
