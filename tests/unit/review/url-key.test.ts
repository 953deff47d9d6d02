import { describe, expect, it } from "vitest";
import { articleKey, normaliseArticleUrl } from "../../../src/core/review/url-key";

describe("article keys", () => {
  it("lower-cases the host and drops the fragment and tracking parameters", () => {
    expect(normaliseArticleUrl("HTTPS://WWW.Example.COM/News/A?utm_source=x&id=3&fbclid=y&UTM_Medium=z#top")).toBe("https://www.example.com/News/A?id=3");
    expect(normaliseArticleUrl("https://example.com/a?gclid=1#frag")).toBe("https://example.com/a");
  });

  it("rejects what is not a web or file URL", () => {
    expect(normaliseArticleUrl("not a url")).toBeNull();
    expect(normaliseArticleUrl("javascript:alert(1)")).toBeNull();
  });

  it("prefers the canonical URL, resolving a relative one against the page", () => {
    expect(articleKey("https://example.com/story", "https://example.com/story?page=2&utm_source=x")).toBe("https://example.com/story");
    expect(articleKey("/story", "https://www.example.com/amp/story#x")).toBe("https://www.example.com/story");
  });

  it("falls back to the page URL when the canonical one is missing, broken or on another site", () => {
    expect(articleKey(null, "https://example.com/a#b")).toBe("https://example.com/a");
    expect(articleKey("http://[bad", "https://example.com/a")).toBe("https://example.com/a");
    expect(articleKey("https://other.example/their-article", "https://example.com/a")).toBe("https://example.com/a");
    expect(articleKey(null, "file:///home/me/draft.html#p3")).toBe("file:///home/me/draft.html");
    expect(articleKey(null, null)).toBeNull();
  });
});
