/** HTML-like strings parsed by jsdom, read by extractPageText, and scanned (fewer cases: jsdom is slow). */
import { describe, it } from "vitest";
import { PROPERTY_TIMEOUT, runProperty, runsOf } from "./run";

describe(`extractPageText on hostile markup (${runsOf("page-hostile")} cases)`, () => {
  it("maps every segment back to its node's text and gives text that scans to a valid report", () => runProperty("page-hostile"), PROPERTY_TIMEOUT);
});
