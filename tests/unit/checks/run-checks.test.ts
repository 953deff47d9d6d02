import { describe, expect, it } from "vitest";
import { FindingSchema } from "../../../src/core/report";
import { check } from "./helpers";

const TEXT =
  "Deaths rose sharply, according to Bloomberg on November 30, citing European assessments.\n\n" +
  "Forces killed 35,000 Russian soldiers in December, sources said.\n\nIt is believed that the PIRG data is right.";
const CLAIMS = [
  { cue: "according to", source: "Bloomberg", registry: "bloomberg", content: "Deaths rose sharply", date: "on November 30" },
  { cue: "said", source: "sources", sourceType: "vague" as const, content: "Forces killed 35,000 Russian soldiers in December" },
];

describe("runChecks", () => {
  it("gives every finding a stable id from its kind and evidence, in text order", () => {
    const first = check(TEXT, CLAIMS, { published: "2026-01-30" }).findings;
    const second = check(TEXT, CLAIMS, { published: "2026-01-30" }).findings;
    expect(second).toEqual(first);
    expect(new Set(first.map((f) => f.id)).size).toBe(first.length);
    for (const finding of first) {
      expect(FindingSchema.parse(finding)).toEqual(finding);
      expect(finding.id.startsWith(`${finding.kind}-`)).toBe(true);
      for (const span of finding.spans) expect(TEXT.slice(span.start, span.end)).toBe(span.text);
    }
    const starts = first.map((f) => f.spans[0]?.start ?? -1);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("keeps ids when unrelated text is appended", () => {
    const before = check(TEXT, CLAIMS, { published: "2026-01-30" }).findings.map((f) => f.id);
    const after = check(`${TEXT}\n\nAn unrelated closing line.`, CLAIMS, { published: "2026-01-30" }).findings.map((f) => f.id);
    expect(after).toEqual(before);
  });

  it("finds each message a single sentence", () => {
    for (const finding of check(TEXT, CLAIMS, { published: "2026-01-30" }).findings) {
      expect(finding.message.replace(/\b(?:Jan|Feb|Nov|Dec|U\.S)\./g, "").match(/[.!?](\s|$)/g)).toHaveLength(1);
    }
  });

  // Hang guards: a blow-up on these inputs runs into the test time-out (90 s); how the cost grows with
  // the input is measured in one run by tests/unit/hardening/linear-time.test.ts ("analyse (dates and checks)").
  it("finishes with many claims in one long paragraph", () => {
    const sentence = "Officials said 5,000 died on November 30. Experts say 12,000 cases were reported. ";
    const text = sentence.repeat(400);
    const claims = Array.from({ length: 400 }, (_, i) => ({
      cue: "said", source: "Officials", sourceType: "vague" as const, content: "5,000 died", date: "on November 30", from: i * sentence.length,
    }));
    const { findings } = check(text, claims, { published: "2026-01-30" });
    expect(findings.length).toBeGreaterThan(400);
  });

  it("finishes on hostile text, finding nothing in it", () => {
    const hostile = [
      "A".repeat(50_000),
      "1,".repeat(20_000),
      "on Thursday, ".repeat(3_000),
      "citing ".repeat(10_000),
      `${"Experts ".repeat(5_000)}said`,
      "(".repeat(20_000),
      "THE ".repeat(10_000),
    ];
    for (const text of hostile) {
      expect(check(text, [], { published: "2026-01-30" }).findings).toEqual([]);
    }
  });
});
