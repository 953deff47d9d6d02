import { describe, expect, it } from "vitest";
import { claimsOf } from "./helpers";

describe("passive reports with an agent", () => {
  it("takes the agent after 'by' as source and the subject as content", () => {
    const claim = claimsOf("O’Malley’s move was first reported by MSNBC.").find((c) => c.cue.text.includes("reported"));
    expect(claim?.source?.text).toBe("MSNBC");
    expect(claim?.content?.text).toBe("O’Malley’s move");
  });

  it("ends the agent before the question asked", () => {
    const claim = claimsOf("Rubio was asked by host John Dickerson whether his aim was similar to Kennedy's.").find((c) => c.cue.text.includes("asked"));
    expect(claim?.source?.text).toBe("host John Dickerson");
  });

  it.each([
    ["The right to bear arms, considered sacrosanct by gun advocates, was debated.", "gun advocates", "The right to bear arms"],
    ["Some measures - deemed insufficient by Democrats - have also failed to pass.", "Democrats", "Some measures"],
  ])("reads a reduced passive opening its own phrase the same way: %s", (text, source, content) => {
    const claim = claimsOf(text).find((c) => c.source?.text === source);
    expect(claim?.content?.text).toBe(content);
  });

  it("leaves an active 'reported by' clause alone when no auxiliary makes it passive", () => {
    const claim = claimsOf("Reuters reported by telephone that the talks had failed.").find((c) => c.cue.text.includes("reported"));
    expect(claim?.source?.text).toBe("Reuters");
  });
});

describe("an agentless report in an absolute phrase", () => {
  const text = "Crime rose sharply in 2025, with a total of 412,300 offences reported, suggesting a breakdown of order in the provinces.";

  it("reports the noun phrase between 'with' and the participle, with no source", () => {
    const claim = claimsOf(text).find((c) => c.cue.text === "reported");
    expect(claim?.source).toBeNull();
    expect(claim?.content?.text).toBe("a total of 412,300 offences");
  });

  it("gives no claim to the participle that comments on the reported figure (nobody said it)", () => {
    expect(claimsOf(text).some((c) => c.cue.text === "suggesting")).toBe(false);
  });

  it("leaves a state of mind after 'with' alone ('with many worried that ...')", () => {
    const claim = claimsOf("Travel has broken down, with many worried that the zone can never be resurrected.").find((c) => c.cue.text === "worried");
    expect(claim?.source?.text).toBe("many");
    expect(claim?.content?.text).toBe("that the zone can never be resurrected");
  });
});

describe("a quotation right after the cue", () => {
  it("is the content, not the phrase before the speaker", () => {
    const claim = claimsOf("On ABC’s “Good Morning America” Tuesday, he said, “I never said I was going to pay for fees.”").find((c) => c.cue.text === "said");
    expect(claim?.content?.text).toBe("“I never said I was going to pay for fees.”");
  });
});

describe("a sentence-initial 'Asked'", () => {
  it("reports the question up to its comma, with no source", () => {
    const claim = claimsOf("Asked if he was ever bullied, the candidate said no.").find((c) => c.cue.text === "Asked");
    expect(claim?.content?.text).toBe("if he was ever bullied");
    expect(claim?.source).toBeNull();
  });
});

describe("content end", () => {
  it("stops before the predicate of the clause the cue's relative clause sits in (', said he agrees')", () => {
    const claims = claimsOf("Former candidate Bernie Sanders, who on Tuesday endorsed Clinton, said he agrees with her.");
    expect(claims.find((c) => c.cue.text === "endorsed")?.content?.text).toBe("Clinton");
    expect(claimsOf("Trump said that if elected, he would build a wall.").find((c) => c.cue.text === "said")?.content?.text).toBe("that if elected, he would build a wall");
  });

  it("stops before a second predicate of the speaker ('and called ...')", () => {
    const claim = claimsOf("Trump did say he found Adelson very charming and called his standing unheard of.").find((c) => c.cue.text.includes("say"));
    expect(claim?.content?.text).toBe("he found Adelson very charming");
  });
});

describe("content around a parenthetical cue and after participles", () => {
  it("covers both parts of a sentence whose cue is set off by commas", () => {
    const claim = claimsOf("In his state, Christie said, nonviolent first-time offenders are sent to treatment.").find((c) => c.cue.text === "said");
    expect(claim?.content?.text).toBe("In his state, Christie said, nonviolent first-time offenders are sent to treatment");
  });

  it("ends at a participle that opens a second report, not at any participle", () => {
    const adding = claimsOf("The senator said the bill would pass, adding that the vote was close.").find((c) => c.cue.text === "said");
    expect(adding?.content?.text).toBe("the bill would pass");
    const including = claimsOf("The senator said the emails covered many topics, including speeches and meetings.").find((c) => c.cue.text === "said");
    expect(including?.content?.text).toBe("the emails covered many topics, including speeches and meetings");
  });
});

describe("a phrase between the cue and its 'that' clause", () => {
  it("is not content", () => {
    const claim = claimsOf("Pate claimed in an interview with a radio station that he was not backing any candidate.").find((c) => c.cue.text === "claimed");
    expect(claim?.content?.text).toBe("that he was not backing any candidate");
  });
});

describe("a trailing 'according to'", () => {
  it("takes the whole phrase to the sentence end, modifiers included", () => {
    const claim = claimsOf("The deal would cut the tax rate, according to a person familiar with the talks.").find((c) => c.cue.text === "according to");
    expect(claim?.source?.text).toBe("a person familiar with the talks");
  });

  it("stops at a comma that opens a new clause", () => {
    const claim = claimsOf("The deal would cut the tax rate, according to the campaign, but critics disagree.").find((c) => c.cue.text === "according to");
    expect(claim?.source?.text).toBe("the campaign");
  });
});

describe("a source far from its cue", () => {
  it("does not bound the cue's content", () => {
    const claim = claimsOf("“That he gets it,” Mr. Manafort said Thursday night, suggesting that he had changed.").find((c) => c.cue.text === "suggesting");
    expect(claim?.source?.text).toBe("Mr. Manafort");
    expect(claim?.content?.text).toBe("that he had changed");
  });
});
