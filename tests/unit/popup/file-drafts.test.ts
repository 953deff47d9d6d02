import { describe, expect, it } from "vitest";
import { articleKey } from "../../../src/core/review/url-key";
import { isRestrictedUrl } from "../../../src/popup/restricted-url";
import { englishLookup } from "../fakes/i18n";

describe("drafts opened from disk", () => {
  it("are offered a scan, and get a review of their own", () => {
    expect(isRestrictedUrl("file:///home/editor/draft.html")).toBe(false);
    expect(articleKey(null, "file:///home/editor/draft.html")).toBe("file:///home/editor/draft.html");
  });

  it("are told how to allow file access when Chrome refuses", () => {
    expect(englishLookup("popupRestricted", [])).toContain("Allow access to file URLs");
  });
});
