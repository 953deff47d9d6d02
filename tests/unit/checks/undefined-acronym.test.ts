import { describe, expect, it } from "vitest";
import { check, ofKind, testRegistry, entry } from "./helpers";

describe("undefined-acronym", () => {
  it("notes an acronym never spelled out that the registry does not know", () => {
    const text = "The PIRG report found that prices rose across the state.";
    const [finding] = ofKind(check(text, []).findings, "undefined-acronym");
    expect(finding).toMatchObject({ severity: "info", message: "“PIRG” is never spelled out in the article." });
    expect(finding!.spans[0]!.text).toBe("PIRG");
  });

  it("notes an acronym used before its expansion", () => {
    const text = "The ISW said the attack failed. Later, the Institute for the Study of War (ISW) revised its map.";
    const [finding] = ofKind(check(text, [], { registry: testRegistry([]) }).findings, "undefined-acronym");
    expect(finding!.message).toBe("“ISW” is used before the article spells it out.");
  });

  it("accepts an expansion given with the first use, either way round", () => {
    const registry = testRegistry([]);
    expect(ofKind(check("The Center for Strategic and International Studies (CSIS) said it. The CSIS estimates more.", [], { registry }).findings, "undefined-acronym")).toEqual([]);
    expect(ofKind(check("The ISW (Institute for the Study of War) said it. ISW added more.", [], { registry }).findings, "undefined-acronym")).toEqual([]);
  });

  it("leaves alone acronyms the registry resolves, common ones, and words in capitals", () => {
    const registry = testRegistry([entry({ id: "isw", name: "Institute for the Study of War", kind: "think-tank", acronyms: ["ISW"] })]);
    expect(ofKind(check("The ISW said the attack failed.", [], { registry }).findings, "undefined-acronym")).toEqual([]);
    expect(ofKind(check("The FBI and NATO said the attack failed.", []).findings, "undefined-acronym")).toEqual([]);
    expect(ofKind(check("He responded: THEY LOSE, WE WIN.", []).findings, "undefined-acronym")).toEqual([]);
    expect(ofKind(check("PENCE: Well, look, this is serious business.", []).findings, "undefined-acronym")).toEqual([]);
    expect(ofKind(check("DONATE NOW\nSupport the team.", []).findings, "undefined-acronym")).toEqual([]);
    expect(ofKind(check("SPEND A QUARTER This step is harder.", []).findings, "undefined-acronym")).toEqual([]);
  });

  it("leaves alone initials before a surname and ordinary words in capitals for emphasis", () => {
    expect(ofKind(check("AWR Hawkins is the columnist for the site.", []).findings, "undefined-acronym")).toEqual([]);
    expect(ofKind(check("He is an immature WHITE frat boy. The white house was empty.", []).findings, "undefined-acronym")).toEqual([]);
  });
});
