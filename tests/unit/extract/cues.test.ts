import { describe, expect, it } from "vitest";
import { claimsOf, claimWithCue } from "./helpers";

describe("cue forms", () => {
  it.each([
    ["The minister said the army would withdraw.", "said", "The minister"],
    ["The minister has said the army would withdraw.", "has said", "The minister"],
    ["Smith says the plan is dead.", "says", "Smith"],
    ["The governor told reporters that the budget was balanced.", "told", "The governor"],
    ["The agency estimated that 3,000 jobs were lost.", "estimated", "The agency"],
    ["The report revealed that the company had paid no tax.", "revealed", "The report"],
    ["The central bank warned that inflation would rise.", "warned", "The central bank"],
    ["The company denied the allegations.", "denied", "The company"],
    ["Trump's spokesman said the meeting was cancelled.", "said", "Trump's spokesman"],
    ["In a statement, the ministry said it would appeal.", "said", "the ministry"],
    ["A senior official told Reuters the talks had stalled.", "told", "A senior official"],
    ["Merkel believes the euro will survive.", "believes", "Merkel"],
    ["The senator wants a vote next week.", "wants", "The senator"],
    ["Analysts expect the bank to cut rates.", "expect", "Analysts"],
  ])("%s", (text, cue, source) => {
    expect(claimWithCue(text, cue).source?.text).toBe(source);
  });

  it("reads 'according to X' with the content before it", () => {
    const claim = claimWithCue("Inflation rose to 5 percent, according to the statistics office.", "according to");
    expect(claim.source?.text).toBe("the statistics office");
    expect(claim.content?.text).toBe("Inflation rose to 5 percent");
  });

  it("reads a passive report as a claim without source", () => {
    const claim = claimWithCue("It was reported that the talks had collapsed.", "was reported");
    expect(claim.source).toBeNull();
    expect(claim.sourceType).toBe("none");
    expect(claim.content?.text).toBe("that the talks had collapsed");
  });

  it("reads a colon quote", () => {
    const claim = claimWithCue("Zelensky: we will not give up our land.", ":");
    expect(claim.source?.text).toBe("Zelensky");
    expect(claim.content?.text).toBe("we will not give up our land");
  });

  it.each([
    ["IOWA POLLS NOT WRONG, JUST TOO EARLY - Mark Blumenthal and Jon Cohen: “The polls failed to predict the win.”", "Mark Blumenthal and Jon Cohen"],
    ["The partisanship matters too. More from Jones: “The state population is a starting point.”", "Jones"],
  ])("reads a name signing a quotation after a dash or 'from' as a colon quote: %s", (text, source) => {
    expect(claimWithCue(text, ":").source?.text).toBe(source);
  });

  it("reads no colon quote after a dash or 'from' when no quotation follows the colon", () => {
    expect(claimsOf("The results came in - Iowa: Tim Albrecht, Brad Anderson and Rob Barron.").some((c) => c.cue.text === ":")).toBe(false);
  });

  it("gives a quotation before the cue as content, quotes included", () => {
    const claim = claimWithCue("“We will win,” he said.", "said");
    expect(claim.source?.text).toBe("he");
    expect(claim.content?.text).toBe("“We will win,”");
  });

  it("covers a quotation that resumes after the cue", () => {
    expect(claimWithCue("“Judge,” Brafman said, “I have never had that happen.”", "said").content?.text).toBe(
      "“Judge,” Brafman said, “I have never had that happen.”",
    );
    expect(claimWithCue("“We will win,” he said. “Our army is strong.”\nThe talks resumed.", "said").content?.text).toBe(
      "“We will win,” he said. “Our army is strong.”",
    );
    // A new paragraph is a new quotation.
    expect(claimWithCue("“We will win,” he said.\n“Our army is strong.”", "said").content?.text).toBe("“We will win,”");
  });

  it("keeps a quotation that runs over paragraphs in one content", () => {
    const text = "The mayor said: “The bridge will reopen in May.\n“Traffic will be back to normal by June.”";
    const [claim] = claimsOf(text);
    expect(claim?.cue.text).toMatch(/^said/);
    expect(claim?.content?.text).toBe("“The bridge will reopen in May.\n“Traffic will be back to normal by June.”");
  });

  it("takes the quotation of the next paragraph after 'X told reporters:'", () => {
    const text = "Peskov told reporters:\n“The strikes hit military targets. We will continue.”\nThe talks resumed.";
    const claim = claimWithCue(text, "told");
    expect(claim.source?.text).toBe("Peskov");
    expect(claim.content?.text).toBe("“The strikes hit military targets. We will continue.”");
  });

  it("reads a quotation signed with a dash", () => {
    const claim = claimWithCue("Voters were angry. “He represents our greatest shame.” ― Sonya Herridge", "―");
    expect(claim.source?.text).toBe("Sonya Herridge");
    expect(claim.content?.text).toBe("“He represents our greatest shame.”");
  });

  it("finds nothing in a sentence without attribution", () => {
    expect(claimsOf("The bridge was built in 1932 and carries four lanes of traffic.")).toEqual([]);
  });
});
