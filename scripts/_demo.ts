import { readFileSync } from "node:fs";
import { extractClaims } from "../src/core/extract";
const text = readFileSync(process.argv[2] ?? "/work/wt-extract/tests/fixtures/demo-article.txt", "utf8");
for (const c of extractClaims(text)) console.log(c.id, JSON.stringify(c.cue.text), "| src:", JSON.stringify(c.source?.text ?? null), c.sourceType, c.resolvedSource ?? "", "| date:", c.date?.text ?? "", "| via:", c.via ?? "", "| content:", (c.content?.text ?? "").slice(0, 70));
