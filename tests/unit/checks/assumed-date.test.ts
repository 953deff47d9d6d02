import { describe, expect, it } from "vitest";
import { check, ofKind } from "./helpers";

describe("assumed-publication-date", () => {
  it("says which date relative dates were read against when the page gives none", () => {
    const text = "A photo from January 19, 2026. Losses rose in December, Reuters reported on Thursday.";
    const [finding] = ofKind(check(text, [{ cue: "reported", source: "Reuters", date: "on Thursday" }]).findings, "assumed-publication-date");
    expect(finding).toMatchObject({ severity: "info" });
    expect(finding!.message).toContain("read as of 19 Jan 2026, the latest date the article mentions");
    expect(finding!.spans[0]!.text).toBe("January 19, 2026");
  });

  it("says that yearless dates could not be placed when there is nothing to go by", () => {
    const [finding] = ofKind(check("Reuters reported on Thursday.", [{ cue: "reported", source: "Reuters", date: "on Thursday" }]).findings, "assumed-publication-date");
    expect(finding!.message).toBe("No publication date was found, so dates without a year could not be placed or checked.");
  });

  it("says nothing when the publication date is known, or when nothing needed a date", () => {
    expect(ofKind(check("Reuters reported on Thursday.", [{ cue: "reported", source: "Reuters", date: "on Thursday" }], { published: "2026-01-30" }).findings, "assumed-publication-date")).toEqual([]);
    expect(ofKind(check("Reuters reported it.", [{ cue: "reported", source: "Reuters" }]).findings, "assumed-publication-date")).toEqual([]);
  });
});
