import { extractClaims } from "/work/wt-extract/src/core/extract";
import { loadSplit } from "/work/wt-extract/scripts/polnear";
const texts = loadSplit("train", 300).map((a) => a.text);
for (const t of texts) extractClaims(t);
const s = performance.now(); const c0 = process.cpuUsage();
let bytes = 0;
for (let r = 0; r < 6; r++) for (const t of texts) { extractClaims(t); bytes += t.length; }
console.log((bytes / 1e6) / ((performance.now() - s) / 1000), "MB/s wall", (bytes / 1e6) / (process.cpuUsage(c0).user / 1e6), "MB/s cpu");
