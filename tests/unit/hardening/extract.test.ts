/** Hostile text through the extractor and the registry matcher alone. */
import { describe, it } from "vitest";
import { PROPERTY_TIMEOUT, runProperty, runsOf } from "./run";

describe(`extractClaims on hostile text (${runsOf("extract-hostile")} cases)`, () => {
  it("gives claims with consistent spans, unique ids and `via` links to existing claims", () => runProperty("extract-hostile"), PROPERTY_TIMEOUT);
});

describe(`registry matching on hostile text (${runsOf("registry-hostile")} cases)`, () => {
  it("finds mentions in order with consistent spans and matches claims only to registry entries", () => runProperty("registry-hostile"), PROPERTY_TIMEOUT);
});
