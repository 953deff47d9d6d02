/** Known super-linear cases found by the hardening suite: "target / input" -> the bug (docs/hardening.md). */
export const KNOWN_SUPERLINEAR: Record<string, string> = {
  "scan / quotes in one paragraph": "BUG-3 (assemble contentOf, secondhand-source)",
  "scan / Name said, repeated": "BUG-3 (assemble contentOf, secondhand-source)",
  "scan / news in one paragraph": "BUG-4 (unattributed-figure, secondhand-source)",
  "extractClaims / quotes in one paragraph": "BUG-3 (assemble contentOf)",
  "extractClaims / Name said, repeated": "BUG-3 (assemble contentOf)",
  "analyse (dates and checks) / quotes in one paragraph": "BUG-3 (secondhand-source relaysFromText)",
  "analyse (dates and checks) / Name said, repeated": "BUG-3 (secondhand-source relaysFromText)",
};
