import { describe, expect, it } from "vitest";
import {
  deleteUserEntry, exportUserEntries, importUserEntries, mergeRegistries, parseUserEntries, upsertUserEntry,
} from "../../../src/core/registry/user";
import { entry } from "./fixture";

const bundled = [
  entry({ id: "reuters", name: "Reuters", kind: "news-agency", country: "GB" }),
  entry({ id: "csis", name: "Center for Strategic and International Studies", kind: "think-tank", country: "US" }),
];
const team = [entry({ id: "reuters", name: "Reuters (team)", kind: "news-agency", country: "GB" }), entry({ id: "local-paper", name: "Local Paper", kind: "news-outlet" })];
const user = [entry({ id: "reuters", name: "Reuters (mine)", kind: "news-agency", country: "GB" }), entry({ id: "my-blog", name: "My Blog", kind: "other" })];

describe("mergeRegistries", () => {
  it("lets user entries override team ones, and team ones override bundled ones, by id", () => {
    const merged = mergeRegistries(bundled, team, user);
    expect(merged.entries.map((e) => [e.id, e.name])).toEqual([
      ["reuters", "Reuters (mine)"],
      ["csis", "Center for Strategic and International Studies"],
      ["local-paper", "Local Paper"],
      ["my-blog", "My Blog"],
    ]);
    expect(merged.overridden).toEqual(["reuters"]);
    expect(mergeRegistries(bundled, team, []).entries[0]!.name).toBe("Reuters (team)");
  });
});

describe("import and export", () => {
  it("round-trips the user's entries", () => {
    const result = parseUserEntries(exportUserEntries(user));
    expect(result).toEqual({ ok: true, value: user });
  });

  it("accepts a bare list of entries", () => {
    const result = parseUserEntries(JSON.stringify([{ id: "x1", name: "X", kind: "other", country: null, description: "An X." }]));
    expect(result.ok && result.value[0]?.aliases).toEqual([]);
  });

  it.each([
    ["{not json", /not valid JSON/],
    [JSON.stringify({ hello: 1 }), /neither a list of entries nor a Sourcelight registry export/],
    [JSON.stringify([{ id: "Bad Id", name: "X", kind: "other", country: null, description: "d" }]), /Entry 1 \("Bad Id"\) is invalid: id/],
    [JSON.stringify([{ id: "x", name: "X", kind: "planet", country: null, description: "d" }]), /Entry 1 \("x"\) is invalid: kind/],
    [JSON.stringify([{ id: "x", name: "X", kind: "other", country: null, description: "d", domains: ["https://x.org/"] }]), /not a host name/],
    [JSON.stringify([{ id: "x", name: "X", kind: "ministry", country: "UA", description: "d", parent: "nowhere" }]), /parent "nowhere" does not exist/],
    [JSON.stringify([{ id: "x", name: "X", kind: "other", country: null, description: "d" }, { id: "x", name: "Y", kind: "other", country: null, description: "d" }]), /duplicate id "x"/],
  ])("rejects a bad file with its reason: %s", (json, reason) => {
    const result = importUserEntries(user, json, "merge");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(reason);
  });

  it("lets imported entries point at known bundled ids", () => {
    const json = JSON.stringify([{ id: "csis-unit", name: "CSIS Unit", kind: "other", country: "US", description: "d", parent: "csis" }]);
    expect(importUserEntries([], json, "merge").ok).toBe(false);
    expect(importUserEntries([], json, "merge", new Set(["csis"])).ok).toBe(true);
  });

  it("merges an import over stored entries by id, or replaces them", () => {
    const json = JSON.stringify([{ id: "my-blog", name: "My Blog v2", kind: "other", country: null, description: "d" }]);
    const merged = importUserEntries(user, json, "merge");
    expect(merged.ok && merged.value.map((e) => e.name)).toEqual(["Reuters (mine)", "My Blog v2"]);
    const replaced = importUserEntries(user, json, "replace");
    expect(replaced.ok && replaced.value.map((e) => e.name)).toEqual(["My Blog v2"]);
  });

  it("adds, edits and deletes one entry", () => {
    const added = upsertUserEntry(user, { id: "new-one", name: "New", kind: "ngo", country: "FR", description: "An NGO." });
    expect(added.ok && added.value.map((e) => e.id)).toEqual(["reuters", "my-blog", "new-one"]);
    expect(upsertUserEntry(user, { id: "new-one", name: "", kind: "ngo", country: "FR", description: "d" })).toMatchObject({ ok: false });
    expect(deleteUserEntry(user, "my-blog").map((e) => e.id)).toEqual(["reuters"]);
  });
});
