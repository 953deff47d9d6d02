/** Review anchors taken and resolved in hostile text, unchanged, edited and emptied. */
import { describe, it } from "vitest";
import { PROPERTY_TIMEOUT, runProperty, runsOf } from "./run";

describe(`review anchoring on hostile text (${runsOf("anchor-hostile", "anchor-same-text")} cases)`, () => {
  it(`resolves to ranges inside the text that keep surrogate pairs whole (${runsOf("anchor-hostile")} cases)`, () => runProperty("anchor-hostile"), PROPERTY_TIMEOUT);
  it(`finds a quote in its own text where it was, or says it is ambiguous (${runsOf("anchor-same-text")} cases)`, () =>
    runProperty("anchor-same-text"), PROPERTY_TIMEOUT);
});
