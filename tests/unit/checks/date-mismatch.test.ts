import { describe, expect, it } from "vitest";
import { check, ofKind } from "./helpers";

const DEMO =
  "The number of Russian soldiers killed in action has significantly increased in recent weeks, according to Bloomberg on November 30, citing European assessments.\n\n" +
  "Ukrainian Defense Minister Mykhailo Fedorov reported that Ukrainian forces killed 35,000 Russian soldiers in December.\n";
const BLOOMBERG = {
  cue: "according to", source: "Bloomberg", registry: "bloomberg", date: "on November 30",
  content: "The number of Russian soldiers killed in action has significantly increased in recent weeks",
};
const FEDOROV = {
  cue: "reported", source: "Ukrainian Defense Minister Mykhailo Fedorov", registry: "mykhailo-fedorov",
  content: "that Ukrainian forces killed 35,000 Russian soldiers in December",
};

describe("date-mismatch", () => {
  it("flags a source dated before the figures presented beside it, with the minister's start date as evidence", () => {
    const [finding, ...rest] = ofKind(check(DEMO, [BLOOMBERG, FEDOROV], { published: "2026-01-30" }).findings, "date-mismatch");
    expect(rest).toEqual([]);
    expect(finding!.severity).toBe("warning");
    expect(finding!.message).toContain("Bloomberg is cited as of 30 Nov 2025, but the figures beside it are for December 2025");
    expect(finding!.message).toContain("took that office only on 14 Jan 2026");
    expect(finding!.message).toMatch(/check the date of the Bloomberg report\.$/);
    expect(finding!.claimIds).toEqual(["c1", "c2"]);
    expect(finding!.spans.map((s) => s.text)).toEqual(["November 30", "December", "Defense Minister"]);
  });

  it("still reads the citation date when an extractor stretched the content over it", () => {
    const stretched = { ...BLOOMBERG, content: "The number of Russian soldiers killed in action has significantly increased in recent weeks, according to Bloomberg on November 30" };
    expect(ofKind(check(DEMO, [stretched, FEDOROV], { published: "2026-01-30" }).findings, "date-mismatch")).toHaveLength(1);
  });

  it("works without the registry's role data, and without a publication date (lower bound from the text)", () => {
    const text = `${DEMO}A photo taken on January 19, 2026.\n`;
    const findings = ofKind(check(text, [{ ...BLOOMBERG }, { ...FEDOROV, registry: null }]).findings, "date-mismatch");
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).not.toContain("took that office");
  });

  it("flags content that concerns a period after the citation date", () => {
    const text = "Losses peaked in December, Reuters reported on November 30.";
    const findings = ofKind(check(text, [{ cue: "reported", source: "Reuters", content: "Losses peaked in December", date: "on November 30" }], { published: "2026-01-30" }).findings, "date-mismatch");
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("what it reports concerns December 2025");
  });

  it("does not flag figures for a period before the citation date", () => {
    const text = DEMO.replace("in December", "in October");
    const fedorov = { ...FEDOROV, content: FEDOROV.content.replace("December", "October") };
    expect(ofKind(check(text, [BLOOMBERG, fedorov], { published: "2026-01-30" }).findings, "date-mismatch")).toEqual([]);
  });

  it("does not flag a later period on another topic", () => {
    const text = DEMO.replace("Ukrainian forces killed 35,000 Russian soldiers in December", "the ministry bought 35,000 drones in December");
    const fedorov = { ...FEDOROV, content: "that the ministry bought 35,000 drones in December" };
    expect(ofKind(check(text, [BLOOMBERG, fedorov], { published: "2026-01-30" }).findings, "date-mismatch")).toEqual([]);
  });

  it("does not flag plans or limits: 'by', 'since', future tense", () => {
    const text = DEMO.replace("killed 35,000 Russian soldiers in December", "will kill 35,000 Russian soldiers in December");
    const fedorov = { ...FEDOROV, content: "that Ukrainian forces will kill 35,000 Russian soldiers in December" };
    expect(ofKind(check(text, [BLOOMBERG, fedorov], { published: "2026-01-30" }).findings, "date-mismatch")).toEqual([]);
  });

  it("does not flag an undated citation, or a date inside the content", () => {
    const undated = DEMO.replace(" on November 30", "");
    expect(ofKind(check(undated, [{ ...BLOOMBERG, date: null }, FEDOROV], { published: "2026-01-30" }).findings, "date-mismatch")).toEqual([]);
  });

  it("does not take 'since' for a citation date", () => {
    const text = (when: string): string =>
      `A USA TODAY analysis of super PACs that raised money ${when} Jan. 1, 2015, shows Democratic super PACs outpacing Republicans. In August, Democratic super PACs raised $64.8 million.`;
    const claim = { cue: "shows", source: "A USA TODAY analysis", content: "Democratic super PACs outpacing Republicans", date: "Jan. 1, 2015" };
    expect(ofKind(check(text("on"), [claim], { published: "2016-09-22" }).findings, "date-mismatch")).toHaveLength(1);
    expect(ofKind(check(text("since"), [claim], { published: "2016-09-22" }).findings, "date-mismatch")).toEqual([]);
  });

  it("does not take 'today' for a period figures were reported for", () => {
    const text = (when: string): string =>
      `Officials counted 4,000 terror plots against the homeland, the report said on August 11. ${when} the terror plots against the homeland number 5,000.`;
    const claim = { cue: "said", source: "the report", sourceType: "nominal" as const, content: "Officials counted 4,000 terror plots against the homeland", date: "on August 11" };
    expect(ofKind(check(text("In September"), [claim], { published: "2016-09-22" }).findings, "date-mismatch")).toHaveLength(1);
    expect(ofKind(check(text("Today"), [claim], { published: "2016-09-22" }).findings, "date-mismatch")).toEqual([]);
  });

  it("leaves a neighbouring sentence with its own dated source alone", () => {
    const text = DEMO.replace("reported that", "reported on January 5 that");
    const fedorov = { ...FEDOROV, date: "on January 5" };
    expect(ofKind(check(text, [BLOOMBERG, fedorov], { published: "2026-01-30" }).findings, "date-mismatch")).toEqual([]);
  });
});
