import { describe, expect, it } from "vitest";
import { bundledEntries, rawBundledEntries } from "../../../src/core/registry/bundled";
import { isDomain, validateRegistry } from "../../../src/core/registry/validate";
import { entry } from "./fixture";

describe("bundled registry", () => {
  it("passes every schema and whole-registry check", () => {
    const { errors } = validateRegistry(rawBundledEntries());
    expect(errors).toEqual([]);
  });

  it("loads through the bundled loader", () => {
    expect(bundledEntries().length).toBe(rawBundledEntries().length);
  });
});

describe("validateRegistry", () => {
  const base = { country: null, description: "d" };
  it("reports duplicate ids, missing parents and role organisations, and bad dates", () => {
    const { errors } = validateRegistry([
      { id: "a", name: "A", kind: "other", ...base },
      { id: "a", name: "A2", kind: "other", ...base },
      { id: "b", name: "B", kind: "ministry", ...base, parent: "nope" },
      { id: "p", name: "P Q", kind: "person", ...base, roles: [{ title: "Minister", organisation: "ghost", from: "2020-01-01", to: "2019-01-01" }] },
    ]);
    expect(errors).toEqual(expect.arrayContaining([
      'duplicate id "a"',
      'b: parent "nope" does not exist',
      'p: role "Minister" names unknown organisation "ghost"',
      'p: role "Minister" ends (2019-01-01) before it starts (2020-01-01)',
    ]));
  });

  it("reports schema errors with the entry's id", () => {
    const { errors } = validateRegistry([{ id: "x", name: "X", kind: "other", country: "Ukraine", description: "d" }]);
    expect(errors[0]).toMatch(/^entry 0 \(id "x"\): country/);
  });

  it("rejects a shared alias unless every entry can be told apart", () => {
    const shared = (a: object, b: object) =>
      validateRegistry([
        { id: "x1", name: "Alpha One", kind: "other", description: "d", aliases: ["Alpha"], ...a },
        { id: "x2", name: "Alpha Two", kind: "other", description: "d", aliases: ["the alpha"], ...b },
      ]).errors;
    expect(shared({ country: null }, { country: null })[0]).toMatch(/"alpha" is shared by x1, x2/);
    expect(shared({ country: "US" }, { country: "US" })[0]).toMatch(/same context/);
    expect(shared({ country: "US" }, { country: "AU" })).toEqual([]);
    expect(shared({ country: null, context: ["rocket"] }, { country: null, context: ["letter"] })).toEqual([]);
  });

  it("rejects acronyms that are not one word", () => {
    const { errors } = validateRegistry([entry({ id: "x", name: "X", kind: "other", acronyms: ["ANA-MPA"] })]);
    expect(errors[0]).toMatch(/not one word/);
  });

  it.each([["reuters.com", true], ["en.yna.co.kr", true], ["https://x.org", false], ["x.org/path", false], ["Example.com", false], ["localhost", false], ["-a.com", false]])(
    "isDomain(%s) is %s",
    (domain, expected) => expect(isDomain(domain)).toBe(expected),
  );
});
