import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../src/core/extract";

describe("extractClaims", () => {
  it("finds a reporting verb with its named source", () => {
    const text = "The senator said the bill would pass.";
    const [claim] = extractClaims(text);
    expect(claim?.cue.text).toBe("said");
    expect(claim?.source?.text).toBe("The senator");
  });

  it("keeps offsets as string indices", () => {
    const text = "Émile Zola wrote that the verdict was wrong. “It is a scandal,” he said.";
    for (const claim of extractClaims(text)) {
      for (const span of [claim.cue, claim.source, claim.content]) {
        if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
      }
    }
  });
});
