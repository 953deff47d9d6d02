import { describe, expect, it } from "vitest";
import { dateRange, roleOn, rolesOn } from "../../../src/core/registry";
import { FIXTURE_ENTRIES } from "./fixture";

const fedorov = FIXTURE_ENTRIES.find((e) => e.id === "mykhailo-fedorov")!;

describe("roleOn", () => {
  it("returns the role held on a day", () => {
    expect(roleOn(fedorov, "2025-06-01")?.title).toBe("Minister of Digital Transformation");
    expect(roleOn(fedorov, "2026-02-01")?.title).toBe("Minister of Defence");
  });

  it("returns the incoming role on a hand-over day", () => {
    expect(roleOn(fedorov, "2026-01-14")?.title).toBe("Minister of Defence");
    expect(rolesOn(fedorov, "2026-01-14")).toHaveLength(2);
  });

  it("treats months and years as the days they cover", () => {
    expect(rolesOn(fedorov, "2026-01").map((r) => r.title)).toEqual(["Minister of Defence", "Minister of Digital Transformation"]);
    expect(roleOn(fedorov, "2019")?.title).toBe("Minister of Digital Transformation");
    expect(dateRange("2024-02")).toEqual({ first: "2024-02-01", last: "2024-02-29" });
  });

  it("returns null before any role and for organisations", () => {
    expect(roleOn(fedorov, "2018-12-31")).toBeNull();
    expect(roleOn(FIXTURE_ENTRIES[0]!, "2020-01-01")).toBeNull();
  });

  it("keeps an open-ended role current", () => {
    expect(roleOn(fedorov, "2099-01-01")?.title).toBe("Minister of Defence");
  });
});
