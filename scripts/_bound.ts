import { extractClaims } from "../src/core/extract";
import { loadSplit } from "./polnear";
const counts = new Map<string, number>();
for (const a of loadSplit("train", 250)) {
  const claims = extractClaims(a.text);
  const goldByStart = new Map(a.attributions.map((g) => [g.cue.start, g.cue]));
  for (const c of claims) {
    const g = goldByStart.get(c.cue.start);
    if (g && g.end !== c.cue.end) {
      const k = `pred "${c.cue.text}" gold "${a.text.slice(g.start, g.end)}"`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
}
console.log([...counts].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${v} ${k}`).join("\n"));
