import { describe, expect, it } from "vitest";
import {
  BackgroundToContentSchema,
  ContentToBackgroundSchema,
  MAX_TEXT_CHARS,
  MAX_TEXT_PIECES,
  TabStateSchema,
  UiToBackgroundSchema,
} from "../../../src/protocol/messages";
import { replySchema } from "../../../src/protocol/reply";
import { parseSettings } from "../../../src/protocol/settings";
import { z } from "zod";
import { pageScanned } from "../fakes/scan";

describe("content -> background", () => {
  it("accepts a scan result and a failure", () => {
    expect(ContentToBackgroundSchema.safeParse(pageScanned()).success).toBe(true);
    expect(ContentToBackgroundSchema.safeParse({ type: "page-scan-failed", error: "boom" }).success).toBe(true);
  });

  it("refuses unknown types, missing fields and oversized text", () => {
    expect(ContentToBackgroundSchema.safeParse({ type: "scan-tab", tabId: 1 }).success).toBe(false);
    const { meta: _meta, ...noMeta } = pageScanned();
    expect(ContentToBackgroundSchema.safeParse(noMeta).success).toBe(false);
    expect(ContentToBackgroundSchema.safeParse({ ...pageScanned(), pieces: ["x".repeat(MAX_TEXT_CHARS + 1)] }).success).toBe(false);
    // The limit is on the text in all pieces together; references cost nothing.
    const half = "x".repeat(MAX_TEXT_CHARS / 2);
    expect(ContentToBackgroundSchema.safeParse({ ...pageScanned(), pieces: [half, half] }).success).toBe(true);
    expect(ContentToBackgroundSchema.safeParse({ ...pageScanned(), pieces: [half, half, "x"] }).success).toBe(false);
    expect(ContentToBackgroundSchema.safeParse({ ...pageScanned(), base: "s-1", pieces: [half, half, { same: 3 }] }).success).toBe(true);
    const many = Array.from({ length: MAX_TEXT_PIECES }, (_, same) => ({ same }));
    expect(ContentToBackgroundSchema.safeParse({ ...pageScanned(), base: "s-1", pieces: many }).success).toBe(true);
    expect(ContentToBackgroundSchema.safeParse({ ...pageScanned(), base: "s-1", pieces: [...many, "x"] }).success).toBe(false);
    expect(ContentToBackgroundSchema.safeParse({ ...pageScanned(), pieces: [{ same: 1.5 }] }).success).toBe(false);
    expect(ContentToBackgroundSchema.safeParse({ ...pageScanned(), base: "x".repeat(101) }).success).toBe(false);
    // The page sends text only: claims are found by the background, never taken from the page.
    expect(ContentToBackgroundSchema.safeParse({ type: "page-scanned", text: "a", claims: [], meta: pageScanned().meta }).success).toBe(false);
  });
});

describe("popup -> background", () => {
  it("accepts each request with a tab id", () => {
    for (const message of [
      { type: "get-tab-state", tabId: 3 },
      { type: "scan-tab", tabId: 3 },
      { type: "reveal-claim", tabId: 3, claimId: "c1" },
      { type: "set-highlights", tabId: 3, visible: false },
    ]) {
      expect(UiToBackgroundSchema.safeParse(message).success, message.type).toBe(true);
    }
  });

  it("refuses bad tab ids and content-script messages", () => {
    expect(UiToBackgroundSchema.safeParse({ type: "scan-tab", tabId: -1 }).success).toBe(false);
    expect(UiToBackgroundSchema.safeParse({ type: "scan-tab", tabId: 1.5 }).success).toBe(false);
    expect(UiToBackgroundSchema.safeParse({ type: "scan-tab", tabId: "1" }).success).toBe(false);
    expect(UiToBackgroundSchema.safeParse(pageScanned()).success).toBe(false);
  });
});

describe("background -> content", () => {
  it("accepts highlight, reveal and clear only", () => {
    const report = { article: { title: null, url: null, published: null, publishedFrom: null }, claims: [], findings: [] };
    expect(BackgroundToContentSchema.safeParse({ type: "highlight", report, highlight: { content: true } }).success).toBe(true);
    expect(BackgroundToContentSchema.safeParse({ type: "reveal", claimId: "c1" }).success).toBe(true);
    expect(BackgroundToContentSchema.safeParse({ type: "clear" }).success).toBe(true);
    expect(BackgroundToContentSchema.safeParse({ type: "highlight", report }).success).toBe(false);
    expect(BackgroundToContentSchema.safeParse({ type: "eval", code: "1" }).success).toBe(false);
  });
});

describe("replies", () => {
  const schema = replySchema(z.number());
  it("is a value or an error with a code", () => {
    expect(schema.safeParse({ ok: true, value: 1 }).success).toBe(true);
    expect(schema.safeParse({ ok: false, error: "no", code: "restricted" }).success).toBe(true);
    expect(schema.safeParse({ ok: true, value: "1" }).success).toBe(false);
    expect(schema.safeParse({ ok: false, error: "no", code: "other" }).success).toBe(false);
    expect(schema.safeParse(undefined).success).toBe(false);
  });
});

describe("stored state and settings", () => {
  it("refuses a stored state without a report", () => {
    expect(TabStateSchema.safeParse({ url: null, scannedAt: 1, highlightsVisible: true }).success).toBe(false);
  });

  it("fills in defaults for missing or malformed settings", () => {
    expect(parseSettings(undefined)).toEqual({ highlightContent: true });
    expect(parseSettings({ highlightContent: "yes" })).toEqual({ highlightContent: true });
    expect(parseSettings({ highlightContent: false })).toEqual({ highlightContent: false });
  });
});
