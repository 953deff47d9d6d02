/** Hostile Markdown: front matter, fences, quotes and tables opened and never closed, in hostile text. */
import { describe, it } from "vitest";
import { PROPERTY_TIMEOUT, runProperty, runsOf } from "./run";

describe(`markdownToText on hostile drafts (${runsOf("markdown-hostile")} cases)`, () => {
  it("never throws, keeps surrogate pairs whole, is deterministic, and its text scans to a valid report", () => runProperty("markdown-hostile"), PROPERTY_TIMEOUT);
});
