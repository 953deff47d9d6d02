/**
 * vague-source: a claim whose source names nobody ("experts say", "officials said", "it is
 * believed"). The wording says how vague; an article that explains why a source is not named
 * ("spoke on condition of anonymity") is doing its job, so that lowers the severity.
 */
import { spanOf, type Claim, type Severity, type Span } from "../report";
import { claimsInSentence, claimsNear, insideQuotation, overlaps, paragraphAt, sentenceAt, type Analysis, type Draft } from "./context";
import { vaguenessInContext, vaguenessOf, type Vagueness } from "./vagueness";

export const VAGUE_SOURCE = "vague-source";

const ANONYMITY_EXPLAINED =
  /\b(?:condition of anonymity|on condition that (?:they|he|she) not be (?:named|identified)|(?:requested|asked for|demanded|granted|given) anonymity|not authori[sz]ed to (?:speak|discuss|comment)|declined to be (?:named|identified)|asked not to be (?:named|identified)|spoke anonymously|without being (?:named|identified)|because (?:of the sensitivity|the (?:matter|talks|discussions|information) (?:is|are|were|was) (?:private|confidential|classified)))/i;

/**
 * Vague sources the extractor may not have made a claim of: "leading several experts to predict",
 * "officials said". The phrase must classify as vague and stand right before a reporting verb.
 */
const VAGUE_SPEAKER =
  /\b((?:(?:several|many|some|multiple|unnamed|anonymous|senior|top|other|these|those|most)\s+){0,3}(?:experts|analysts|officials|sources|observers|critics|insiders|diplomats|people familiar with the (?:matter|situation|talks|discussions)))\s+(?:to\s+)?(?:say|said|says|predict|predicted|predicts|believe|believed|believes|warn|warned|warns|told|claim|claimed|claims|suggest|suggested|suggests|contend|contended|argue|argued|argues)\b/gi;
const IMPERSONAL = /\bit\s+(?:is|was|has been)\s+(?:widely\s+)?(?:believed|said|rumou?red|understood|thought|alleged)\s+that\b/gi;

export function vagueSourceFindings(analysis: Analysis): Draft[] {
  const fromClaims = vagueClaimFindings(analysis);
  const fromText = vagueTextFindings(analysis).filter((draft) => !fromClaims.some((d) => overlaps(d.spans[0]!, draft.spans[0]!)));
  return [...fromClaims, ...fromText];
}

function vagueTextFindings(analysis: Analysis): Draft[] {
  const drafts: Draft[] = [];
  for (const pattern of [VAGUE_SPEAKER, IMPERSONAL]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(analysis.text); m; m = pattern.exec(analysis.text)) {
      const words = m[1] ?? m[0].replace(/\s+that$/i, "");
      const span = spanOf(analysis.text, m.index, m.index + words.length);
      const degree = vaguenessInContext(words, analysis.text.slice(Math.max(0, span.start - 800), span.start));
      if (!degree || !atClauseStart(analysis.text, span.start) || insideQuotation(analysis, span.start) || claimsNear(analysis, span).some((claim) => claim.registry && claim.source && overlaps(claim.source, span))) continue;
      const sentence = sentenceAt(analysis, span.start);
      const explained = anonymityExplainedAt(analysis, span.start);
      drafts.push({
        kind: VAGUE_SOURCE,
        severity: severityOf(degree, explained),
        message: messageFor(words, degree, explained),
        claimIds: sentence ? claimsInSentence(analysis, sentence).map((claim) => claim.id) : [],
        spans: [span],
      });
    }
  }
  return drafts;
}

/** Only a phrase that starts its clause is the whole source: "Police officials said" is not "officials said". */
function atClauseStart(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  return /(?:^|\n|[.!?,;:—(“"]\s*|\b(?:and|but|though|although|while|because|as|that|where|how|so|leading|led|prompting|with|anything)\s+)$/i.test(before);
}

function vagueClaimFindings(analysis: Analysis): Draft[] {
  const relayed = new Set(analysis.claims.map((claim) => claim.via).filter((id): id is string => id !== null));
  const drafts: Draft[] = [];
  for (const claim of analysis.claims) {
    if (relayed.has(claim.id) || claim.registry) continue; // a relayed source is the secondhand check's
    const phrase = vaguePhrase(analysis, claim);
    if (!phrase || insideQuotation(analysis, phrase.span.start)) continue;
    const degree = phrase.degree;
    const explained = anonymityExplained(analysis, claim);
    drafts.push({
      kind: VAGUE_SOURCE,
      severity: severityOf(degree, explained),
      message: messageFor(phrase.span.text, degree, explained),
      claimIds: [claim.id],
      spans: [phrase.span],
    });
  }
  return drafts;
}

function vaguePhrase(analysis: Analysis, claim: Claim): { span: Span; degree: Vagueness } | null {
  if (claim.source) {
    // A pronoun or "the newspaper" standing for a named source is not vague, whatever its words.
    if (claim.resolvedSource && vaguenessOf(claim.resolvedSource) === null) return null;
    // A lone quantifier is a source only right before its verb: "Some believe", not "Most states have …".
    if (/^(?:some|many|most|few|others)$/i.test(claim.source.text.trim())) {
      const gap = analysis.text.slice(claim.source.end, claim.cue.start);
      if (claim.cue.start < claim.source.end || !/^\s+(?:\w+ly\s+)?$/.test(gap)) return null;
    }
    const before = analysis.text.slice(Math.max(0, claim.source.start - 800), claim.source.start);
    const degree = vaguenessInContext(claim.source.text, before);
    return degree ? { span: claim.source, degree } : null;
  }
  // No source at all: "it is believed that …" carries its vagueness in the cue.
  const lineStart = analysis.text.lastIndexOf("\n", claim.cue.start) + 1;
  const before = analysis.text.slice(Math.max(lineStart, claim.cue.start - 20), claim.cue.end);
  const statement = /\bit\s+(?:is|was|has been)\s+(?:widely\s+)?\w+$/i.exec(before);
  if (!statement || vaguenessOf(statement[0]) !== "high") return null;
  const start = claim.cue.end - statement[0].length;
  return { span: spanOf(analysis.text, start, claim.cue.end), degree: "high" };
}

function anonymityExplained(analysis: Analysis, claim: Claim): boolean {
  return anonymityExplainedAt(analysis, claim.cue.start);
}

function anonymityExplainedAt(analysis: Analysis, offset: number): boolean {
  const paragraph = paragraphAt(analysis, offset);
  if (!paragraph) return false;
  // The explanation sits in the same or a neighbouring sentence; a window keeps long paragraphs cheap.
  return ANONYMITY_EXPLAINED.test(analysis.text.slice(Math.max(paragraph.start, offset - 600), Math.min(paragraph.end, offset + 600)));
}

function severityOf(degree: Vagueness, explained: boolean): Severity {
  return degree === "high" && !explained ? "warning" : "info";
}

function messageFor(words: string, degree: Vagueness, explained: boolean): string {
  const why = explained ? ", though the article explains why the source is not named" : "";
  if (degree === "high") return `“${words}” names no person or organisation, so a reader cannot check who says this${why}.`;
  if (degree === "medium") return `“${words}” does not say who exactly is meant, so a reader cannot check the source${why}.`;
  return `“${words}” gives an affiliation but no name${why}.`;
}

