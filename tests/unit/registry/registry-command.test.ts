import { describe, expect, it } from "vitest";
import { runRegistryCommand } from "../../../src/cli/registry-command";
import { FIXTURE_ENTRIES } from "./fixture";

function run(args: string[], entries = FIXTURE_ENTRIES) {
  const lines: string[] = [];
  const code = runRegistryCommand(args, (s) => lines.push(s), entries);
  return { code, output: lines.join("\n") };
}

describe("sourcelight registry", () => {
  it("lists every entry as text with a count", () => {
    const { code, output } = run([]);
    expect(code).toBe(0);
    expect(output).toMatch(/^csis\tthink-tank\tUS\tCenter for Strategic and International Studies \(CSIS\)\t/m);
    expect(output).toMatch(new RegExp(`${FIXTURE_ENTRIES.length} entries$`));
  });

  it("prints one JSON object with --format json", () => {
    const { code, output } = run(["--format", "json", "--search", "csis"]);
    expect(code).toBe(0);
    const parsed = JSON.parse(output) as { count: number; entries: Array<{ id: string }> };
    expect(parsed.entries.map((e) => e.id).sort()).toEqual(["ca-csis", "csis"]);
    expect(parsed.count).toBe(2);
  });

  it("searches names and aliases with normalisation", () => {
    expect(run(["--search", "suddeutsche"]).output).toMatch(/^sueddeutsche\t/m);
    expect(run(["--search=Zelenskiy"]).output).toMatch(/^volodymyr-zelenskyy\t/m);
    expect(run(["--search", "strategic and international"]).output).toMatch(/1 entry matching/);
    expect(run(["--search", "kremlin"]).output).toMatch(/^ru-government\t/m);
    expect(run(["--search", "nothing like this"]).output).toBe('0 entries matching "nothing like this"');
  });

  it("rejects bad arguments with usage and exit code 2", () => {
    expect(run(["--format", "xml"])).toMatchObject({ code: 2, output: expect.stringMatching(/--format must be text or json[\s\S]*usage/) });
    expect(run(["--bogus"]).code).toBe(2);
    expect(run(["--search"]).code).toBe(2);
  });

  it("lists the bundled registry by default", () => {
    const lines: string[] = [];
    expect(runRegistryCommand(["--search", "Reuters"], (s) => lines.push(s))).toBe(0);
    expect(lines.join("\n")).toMatch(/^reuters\tnews-agency\tGB\tReuters\t/m);
  });
});
