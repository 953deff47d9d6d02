/**
 * Attribution extraction: finds cue, source, content and attribution date in plain text.
 * A linear tagger trained on PolNeAR (model/weights.json, scripts/train-extractor.ts) marks cue and
 * source tokens; rules then link them, find the content, type and resolve the source, date the
 * claim, nest relayed claims ("citing ...") and drop page furniture.
 */
import { assemble } from "./assemble";
import { reportingVerbFallback } from "./fallback";
import { buildClaims } from "./claims";
import { dropImplausibleCues } from "./plausible";
import { encodeTokens, loadModel, type LoadedModel, type SerialisedModel } from "./model";
import serialised from "./model/weights.json";
import { sentenceRanges, tagTokens } from "./tagger";
import { tokenize } from "./tokenize";
import type { ExtractedClaim } from "./types";

export type { ExtractedClaim } from "./types";

let bundled: LoadedModel | null = null;

/** Claims of `text`; `model` defaults to the bundled one (the training scripts pass a held-out fold's). */
export function extractClaims(text: string, model: LoadedModel = (bundled ??= loadModel(serialised as unknown as SerialisedModel))): ExtractedClaim[] {
  const tokens = tokenize(text);
  if (tokens.length === 0) return [];
  const sentences = sentenceRanges(tokens);
  const encoded = encodeTokens(tokens, model);
  const labels = tagTokens(tokens, encoded, model.weights, sentences);
  reportingVerbFallback(tokens, encoded.cueLevel, labels, sentences);
  dropImplausibleCues(tokens, encoded.cueLevel, labels);
  return buildClaims(text, tokens, sentences, assemble(tokens, labels, sentences));
}
