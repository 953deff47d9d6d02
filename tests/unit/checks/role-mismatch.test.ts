import { describe, expect, it } from "vitest";
import { check, ofKind } from "./helpers";

const TEXT = "Ukrainian Defense Minister Mykhailo Fedorov said the front was holding.";
const CLAIM = { cue: "said", source: "Ukrainian Defense Minister Mykhailo Fedorov", registry: "mykhailo-fedorov", content: "the front was holding" };

describe("role-mismatch", () => {
  it("flags a title the person did not yet hold when the article was published", () => {
    const [finding, ...rest] = ofKind(check(TEXT, [CLAIM], { published: "2025-12-20" }).findings, "role-mismatch");
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: "warning", claimIds: ["c1"] });
    expect(finding!.spans[0]!.text).toBe("Defense Minister");
    expect(finding!.message).toBe(
      "Mykhailo Fedorov is called Defense Minister here, but the registry says the title was held as Minister of Defence from 14 Jan 2026, not when the article was published, 20 Dec 2025.",
    );
  });

  it("uses the claim's own date before the publication date", () => {
    const text = "Defense Minister Mykhailo Fedorov said on December 3, 2025 that the front was holding.";
    const claim = { ...CLAIM, source: "Defense Minister Mykhailo Fedorov", date: "on December 3, 2025", content: "that the front was holding" };
    const [finding] = ofKind(check(text, [claim], { published: "2026-01-30" }).findings, "role-mismatch");
    expect(finding!.message).toContain("not on the claim's date, 3 Dec 2025");
  });

  it("does not flag a title held on the date", () => {
    expect(ofKind(check(TEXT, [CLAIM], { published: "2026-01-30" }).findings, "role-mismatch")).toEqual([]);
    const earlier = "Digital Transformation Minister Mykhailo Fedorov said the front was holding.";
    const claim = { ...CLAIM, source: "Digital Transformation Minister Mykhailo Fedorov" };
    expect(ofKind(check(earlier, [claim], { published: "2025-06-01" }).findings, "role-mismatch")).toEqual([]);
  });

  it("only notes a title used after the role ended: former officials keep courtesy titles", () => {
    const text = "Digital Transformation Minister Mykhailo Fedorov said the front was holding.";
    const claim = { ...CLAIM, source: "Digital Transformation Minister Mykhailo Fedorov" };
    const [finding] = ofKind(check(text, [claim], { published: "2026-03-01" }).findings, "role-mismatch");
    expect(finding!.severity).toBe("info");
  });

  it("does not flag a title in a hypothetical: 'a Defense Minister Fedorov would …'", () => {
    const text = "Analysts said a Defense Minister Mykhailo Fedorov would change little.";
    const claim = { cue: "said", source: "Defense Minister Mykhailo Fedorov", registry: "mykhailo-fedorov" };
    expect(ofKind(check(text, [claim], { published: "2025-12-20" }).findings, "role-mismatch")).toEqual([]);
  });

  it("does not flag a title marked as former or acting", () => {
    const text = "Former Defense Minister Mykhailo Fedorov said the front was holding.";
    expect(ofKind(check(text, [{ ...CLAIM, source: "Former Defense Minister Mykhailo Fedorov" }], { published: "2025-12-20" }).findings, "role-mismatch")).toEqual([]);
  });

  it("does not flag a title the registry does not list for the person", () => {
    const text = "Foreign Minister Mykhailo Fedorov said the front was holding.";
    expect(ofKind(check(text, [{ ...CLAIM, source: "Foreign Minister Mykhailo Fedorov" }], { published: "2025-12-20" }).findings, "role-mismatch")).toEqual([]);
  });

  it("does not guess without a publication date or a claim date", () => {
    expect(ofKind(check(TEXT, [CLAIM]).findings, "role-mismatch")).toEqual([]);
  });
});
