import { describe, expect, it } from "vitest";
import { claimsOf, claimWithCue } from "./helpers";

describe("source spans and types", () => {
  it("keeps a title with the name", () => {
    const claim = claimWithCue("Ukrainian Defense Minister Mykhailo Fedorov reported that the attack failed.", "reported");
    expect(claim.source?.text).toBe("Ukrainian Defense Minister Mykhailo Fedorov");
    expect(claim.sourceType).toBe("named");
  });

  it.each([
    ["The newspaper reported that the minister had resigned.", "reported", "nominal"],
    ["Experts say the virus is spreading.", "say", "vague"],
    ["Sources familiar with the matter said the deal was off.", "said", "vague"],
    ["Smith says the plan is dead.", "says", "named"],
    ["It was reported that the talks had collapsed.", "was reported", "none"],
  ])("%s -> %s", (text, cue, type) => {
    expect(claimWithCue(text, cue).sourceType).toBe(type);
  });

  it("keeps an apposition after 'according to X' only when a comma closes it", () => {
    const open = claimWithCue("According to Bloomberg, the company that owns the tank was fined twice.", "According to");
    expect(open.source?.text).toBe("Bloomberg");
    const closed = claimWithCue("According to John Smith, a spokesman for the ministry, the plan failed.", "According to");
    expect(closed.source?.text).toBe("John Smith, a spokesman for the ministry");
  });

  it("types a pronoun source", () => {
    const claims = claimsOf("Mayor Anne Hidalgo spoke on Monday. She said the bridge would reopen.");
    const said = claims.find((c) => c.cue.text === "said");
    expect(said?.source?.text).toBe("She");
    expect(said?.sourceType).toBe("pronoun");
  });
});

describe("resolution", () => {
  it("links 'he' to the last named person", () => {
    const text = "Ukrainian Defense Minister Mykhailo Fedorov reported that the attack failed. He stated that the goal is to double the number.";
    const claim = claimWithCue(text, "stated");
    expect(claim.source?.text).toBe("He");
    expect(claim.resolvedSource).toBe("Mykhailo Fedorov");
  });

  it("does not link 'he' to an organisation", () => {
    const text = "Bloomberg reported that losses rose. He said that nothing had changed.";
    expect(claimWithCue(text, "said").resolvedSource).toBeNull();
  });

  it("links 'the newspaper' to the outlet named before", () => {
    const text = "The Washington Post reported that the deal was off. The newspaper said that talks would resume.";
    const claim = claimWithCue(text, "said");
    expect(claim.sourceType).toBe("nominal");
    expect(claim.resolvedSource).toBe("The Washington Post");
  });

  it("takes the name out of a description", () => {
    const text = "A new analysis released by the Center for Strategic and International Studies (CSIS) revealed that losses were high.";
    const claim = claimWithCue(text, "revealed");
    expect(claim.resolvedSource).toBe("Center for Strategic and International Studies (CSIS)");
  });

  it("links a relative pronoun to the name before it", () => {
    const text = "The plan was drafted by Senator Jane Doe, who said it would pass.";
    const claim = claimsOf(text).find((c) => c.source?.text === "who");
    expect(claim?.resolvedSource).toBe("Jane Doe");
  });
});

describe("source boundaries (appositions)", () => {
  it("keeps a descriptive apposition after the cue, to the sentence end", () => {
    const claim = claimWithCue("“He is trying to appeal to a sense of decline,” said Alan Abramowitz, a demographer at Emory University.", "said");
    expect(claim.source?.text).toBe("Alan Abramowitz, a demographer at Emory University");
  });

  it("keeps an apposition before the cue with the comma that closes it", () => {
    const claim = claimWithCue("Chris Cox, a lobbyist for the National Rifle Association, says the actions would not have prevented the shooting.", "says");
    expect(claim.source?.text).toBe("Chris Cox, a lobbyist for the National Rifle Association,");
  });

  it("leaves out an adverbial between the name and the cue, and a trailing comma", () => {
    const adverbial = claimWithCue("Trump, in Kentucky, said that the party would unite.", "said");
    expect(adverbial.source?.text).toBe("Trump");
  });

  it("keeps a relative clause that gives a role, not one that tells what the speaker did", () => {
    const role = claimWithCue("“The race is tightening,” said Jon Ralston, who runs a Nevada politics newsletter.", "said");
    expect(role.source?.text).toBe("Jon Ralston, who runs a Nevada politics newsletter");
    const deed = claimWithCue("“We will win Iowa,” said Bennett, who has grown friendly with the campaign.", "said");
    expect(deed.source?.text).toBe("Bennett");
  });

  it("does not take the reported clause after 'according to X,' as an apposition", () => {
    const claim = claimWithCue("The plan failed, according to Roffman, and the company made further demands.", "according to");
    expect(claim.source?.text).toBe("Roffman");
  });
});

describe("source linking", () => {
  it("keeps the subject before the cue when a participle clause follows the comma", () => {
    const claim = claimWithCue("“They are advertising against me,” Clinton said, referencing a super PAC called Future45.", "said");
    expect(claim.source?.text).toBe("Clinton");
  });
});

describe("source end boundaries", () => {
  it.each([
    ["The deal will fail, Kasich jokingly said on Monday.", "said", "Kasich"],
    ["Trump subsequently defended his remarks about the judge.", "defended his remarks about", "Trump"],
  ])("leaves a trailing '-ly' adverb to the predicate: %s", (text, cue, source) => {
    expect(claimWithCue(text, cue).source?.text).toBe(source);
  });

  it.each([
    ["“We will not jeopardize our security,” said House Speaker Paul Ryan in a statement.", "House Speaker Paul Ryan"],
    ["“It was a mistake,” said Rep. Bobby Scott at the time.", "Rep. Bobby Scott"],
    ["“It will pass,” said Anne Richards, a professor at the University of Richmond.", "Anne Richards, a professor at the University of Richmond"],
  ])("ends an inverted source before the occasion of the report, not its affiliation: %s", (text, source) => {
    expect(claimWithCue(text, "said").source?.text).toBe(source);
  });

  it.each([
    ["Trump has been criticized by some of his rivals for failing to campaign.", "has been criticized", "some of his rivals"],
    ["The remark was interpreted by some as a threat.", "was interpreted", "some"],
    ["The bill was praised by the Center for American Progress.", "was praised", "the Center for American Progress"],
  ])("ends a passive's agent before its reason or role, not inside a name: %s", (text, cue, source) => {
    expect(claimWithCue(text, cue).source?.text).toBe(source);
  });
});

describe("which noun phrase is the cue's subject", () => {
  it("takes the relative pronoun for a cue inside its open relative clause", () => {
    const claims = claimsOf("Former candidate Bernie Sanders, who on Tuesday endorsed Clinton, said he agrees with her.");
    expect(claims.find((c) => c.cue.text === "endorsed")?.source?.text).toBe("who");
    expect(claims.find((c) => c.cue.text === "said")?.source?.text).toBe("Former candidate Bernie Sanders");
  });

  it("keeps the subject before the cue when a name follows it ('Clinton said Patricia Smith ... was wrong')", () => {
    const claim = claimWithCue("At the debate on Wednesday, candidate Hillary Clinton said Patricia Smith, the mother of Sean Smith, was wrong.", "said");
    expect(claim.source?.text).toBe("candidate Hillary Clinton");
    expect(claim.content?.text).toBe("Patricia Smith, the mother of Sean Smith, was wrong");
  });

  it.each([
    ["But Mr. Guerrero, a Republican who described himself as a religious Catholic, said he recoiled at the attacks.", "said", "Mr. Guerrero, a Republican"],
    ["Joyce — who is listed as an attorney in Illinois — told reporters he was not planning a run.", "told", "Joyce"],
    ["Mr. Scott, who has called the comments “racially toxic,” portrayed the nominee as a temporary problem.", "portrayed", "Mr. Scott"],
  ])("gives a cue after a closed relative clause its antecedent: %s", (text, cue, source) => {
    expect(claimWithCue(text, cue).source?.text).toBe(source);
  });

  it.each([
    ["In a statement, the Kentucky Republican on Tuesday dismissed the new gun rules.", "dismissed", "the Kentucky Republican"],
    ["The senator at the time dismissed the bill as dead.", "dismissed", "The senator"],
  ])("finds the subject over a time between it and the verb: %s", (text, cue, source) => {
    expect(claimWithCue(text, cue).source?.text).toBe(source);
  });

  it("takes the name after an inverted cue that follows its quotation", () => {
    expect(claimWithCue("“It is over,” said Senator Jane Smith.", "said").source?.text).toBe("Senator Jane Smith");
  });
});

