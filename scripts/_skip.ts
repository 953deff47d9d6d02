import { encodeTokens, loadModel, type SerialisedModel } from "../src/core/extract/model";
import serialised from "../src/core/extract/model/weights.json";
import { sentenceRanges } from "../src/core/extract/tagger";
import { tokenize } from "../src/core/extract/tokenize";
import { loadSplit } from "./polnear";
const model = loadModel(serialised as unknown as SerialisedModel);
let total = 0, kept1 = 0, kept2 = 0, tokensAll = 0, tokensKept = 0;
for (const a of loadSplit("dev")) {
  const tokens = tokenize(a.text); const enc = encodeTokens(tokens, model);
  for (const [f, t] of sentenceRanges(tokens)) {
    total++; tokensAll += t - f;
    let m = 0; for (let i = f; i < t; i++) m = Math.max(m, enc.cueLevel[i]!);
    if (m >= 1) { kept1++; tokensKept += t - f; } if (m >= 2) kept2++;
  }
}
console.log({ total, kept1, kept2, tokensAll, tokensKept });
