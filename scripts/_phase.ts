import { assemble } from "../src/core/extract/assemble";
import { buildClaims } from "../src/core/extract/claims";
import { encodeTokens, loadModel, type SerialisedModel } from "../src/core/extract/model";
import serialised from "../src/core/extract/model/weights.json";
import { sentenceRanges, tagTokens } from "../src/core/extract/tagger";
import { tokenize } from "../src/core/extract/tokenize";
import { loadSplit } from "./polnear";
const texts = loadSplit("train", 300).map((a) => a.text);
const model = loadModel(serialised as unknown as SerialisedModel);
const t = { tok: 0, enc: 0, tag: 0, rest: 0 };
let bytes = 0;
const clock = () => process.cpuUsage().user;
for (let r = 0; r < 3; r++) for (const text of texts) {
  bytes += text.length;
  let c = clock();
  const tokens = tokenize(text); let d = clock(); t.tok += d - c; c = d;
  const enc = encodeTokens(tokens, model); d = clock(); t.enc += d - c; c = d;
  const labels = tagTokens(tokens, enc, model.weights); d = clock(); t.tag += d - c; c = d;
  const s = sentenceRanges(tokens); buildClaims(text, tokens, s, assemble(tokens, labels, s)); d = clock(); t.rest += d - c;
}
const total = t.tok + t.enc + t.tag + t.rest;
console.log(Object.entries(t).map(([k, v]) => `${k} ${(v / 1e3).toFixed(0)}ms`).join(" "), "=>", (bytes / 1e6 / (total / 1e6)).toFixed(1), "MB/s cpu");
{
  const FLOOR = /\b(?:said|says|say|told|tells|according to|reported|wrote|writes|stated|claimed|added|noted)\b/g;
  let floor = 0, ex = 0;
  for (let r = 0; r < 3; r++) {
    let c = clock();
    for (const text of texts) { FLOOR.lastIndex = 0; while (FLOOR.exec(text)); }
    floor += clock() - c; c = clock();
    for (const text of texts) { const tokens = tokenize(text); const enc = encodeTokens(tokens, model); const s = sentenceRanges(tokens); buildClaims(text, tokens, s, assemble(tokens, tagTokens(tokens, enc, model.weights, s), s)); }
    ex += clock() - c;
  }
  console.log("ratio extract/floor", (ex / floor).toFixed(1));
}
