/**
 * Hostile text through the whole pipeline (`scan`): arbitrary Unicode, HTML-like strings, unclosed
 * quotes, RTL and combining marks, emoji, runs of "said" and capitalised words, news sentences in
 * noise, with hostile page metadata. No exception; every span inside the text, equal to its slice
 * and never splitting a surrogate pair; unique ids; findings naming existing claims; a report that
 * validates; the same report for the same input.
 */
import { describe, it } from "vitest";
import { PROPERTY_TIMEOUT, runProperty, runsOf } from "./run";

describe(`scan on hostile text (${runsOf("scan-hostile", "scan-deterministic", "scan-dates", "scan-huge")} cases)`, () => {
  it(`keeps every report valid and every span consistent (${runsOf("scan-hostile")} cases)`, () => runProperty("scan-hostile"), PROPERTY_TIMEOUT);
  it(`is deterministic (${runsOf("scan-deterministic")} cases)`, () => runProperty("scan-deterministic"), PROPERTY_TIMEOUT);
  it(`resolves dates and runs the date checks on date-heavy text and hostile metadata (${runsOf("scan-dates")} cases)`, () =>
    runProperty("scan-dates"), PROPERTY_TIMEOUT);
  it(`survives huge paragraphs (${runsOf("scan-huge")} cases of up to ~50 KB)`, () => runProperty("scan-huge"), PROPERTY_TIMEOUT);
});
