import { describe, expect, it } from "vitest";
import { claimsOf, claimWithCue } from "./helpers";

describe("nested attributions", () => {
  it("links 'citing Y' to the claim that relays it", () => {
    const text = "The Wall Street Journal reported, citing people familiar with the matter, that the deal was off.";
    const outer = claimWithCue(text, "reported");
    const inner = claimWithCue(text, "citing");
    expect(inner.source?.text).toBe("people familiar with the matter");
    expect(inner.sourceType).toBe("vague");
    expect(inner.via).toBe(outer.id);
    expect(outer.via).toBeNull();
  });

  it("nests 'according to X, citing Y'", () => {
    const text = "Losses have risen sharply, according to Bloomberg on November 30, citing European assessments.";
    const outer = claimWithCue(text, "according to");
    const inner = claimWithCue(text, "citing");
    expect(outer.source?.text).toBe("Bloomberg");
    expect(inner.source?.text).toBe("European assessments");
    expect(inner.via).toBe(outer.id);
    expect(inner.content?.text).toBe("Losses have risen sharply");
  });
});

describe("attribution dates", () => {
  it.each([
    ["Losses have risen sharply, according to Bloomberg on November 30.", "according to", "on November 30"],
    ["“We will win,” he said on Thursday.", "said", "on Thursday"],
    ["The newspaper reported last week that the minister had resigned.", "reported", "last week"],
    ["The ministry said in December that prices would rise.", "said", "in December"],
    ["On Monday, the ministry said that prices would rise.", "said", "On Monday"],
  ])("%s", (text, cue, date) => {
    expect(claimWithCue(text, cue).date?.text).toBe(date);
  });

  it("does not take a date from the content", () => {
    const claim = claimWithCue("Fedorov reported that Ukrainian forces killed 35,000 soldiers in December.", "reported");
    expect(claim.date).toBeNull();
  });

  it("starts the content after the date", () => {
    const claim = claimWithCue("The newspaper reported last week that the minister had resigned.", "reported");
    expect(claim.content?.text).toBe("that the minister had resigned");
  });
});

describe("not claims", () => {
  it.each([
    "(Photo: Getty Images)",
    "Photo: Getty Images",
    "By John Smith",
    "Related: Ukraine war latest",
    "Share on Facebook",
    "See all",
    "Source: Reuters",
  ])("%s", (text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it("ignores a photo caption's credit but keeps the story's claims", () => {
    const text = "Soldiers at an exercise in Rostov. (Photo: Getty Images)\n\nThe ministry said that losses rose.";
    expect(claimsOf(text).map((c) => c.cue.text)).toEqual(["said"]);
  });
});
