/**
 * W3C Web Annotation export (https://www.w3.org/TR/annotation-model/): an AnnotationCollection whose
 * annotations target the article URL with a TextQuoteSelector (and a TextPositionSelector when the
 * position is known: offsets into Sourcelight's extracted plain text), and carry the mark as a
 * tagging body (the status) and commenting bodies (reason and note).
 */
import type { Anchor, ArticleReview, Mark } from "./model";
import { STATUS_LABELS } from "./progress";

const ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

interface TextualBody {
  type: "TextualBody";
  purpose: "tagging" | "commenting";
  value: string;
  format?: "text/plain";
}

type Selector =
  | { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string }
  | { type: "TextPositionSelector"; start: number; end: number };

export interface WebAnnotation {
  id: string;
  type: "Annotation";
  motivation: "assessing";
  created: string;
  modified: string;
  body: TextualBody[];
  target: string | { source: string; selector: Selector[] };
}

export interface AnnotationCollection {
  "@context": typeof ANNOTATION_CONTEXT;
  id: string;
  type: "AnnotationCollection";
  label: string;
  total: number;
  first: { type: "AnnotationPage"; startIndex: 0; items: WebAnnotation[] };
}

/** The passage an annotation points at: a claim's content (or its cue), a finding's first span. */
function mainAnchor(mark: Mark): Anchor | null {
  return mark.target.type === "claim" ? (mark.target.content ?? mark.target.cue) : (mark.target.spans[0] ?? null);
}

function selectors(anchor: Anchor): Selector[] {
  const { exact, prefix, suffix } = anchor.quote;
  const quote: Selector = { type: "TextQuoteSelector", exact, prefix, suffix };
  return anchor.start === null ? [quote] : [quote, { type: "TextPositionSelector", start: anchor.start, end: anchor.start + exact.length }];
}

function bodies(mark: Mark): TextualBody[] {
  const out: TextualBody[] = [{ type: "TextualBody", purpose: "tagging", value: STATUS_LABELS[mark.status] }];
  if (mark.reason) out.push({ type: "TextualBody", purpose: "commenting", value: `Reason: ${mark.reason}`, format: "text/plain" });
  if (mark.note.trim()) out.push({ type: "TextualBody", purpose: "commenting", value: mark.note, format: "text/plain" });
  return out;
}

export function toAnnotationCollection(review: ArticleReview): AnnotationCollection {
  const collectionId = `urn:sourcelight:review:${encodeURIComponent(review.key)}`;
  const items = review.marks.map((mark, index): WebAnnotation => {
    const anchor = mainAnchor(mark);
    return {
      id: `${collectionId}:mark:${index + 1}`,
      type: "Annotation",
      motivation: "assessing",
      created: mark.createdAt,
      modified: mark.updatedAt,
      body: bodies(mark),
      // A finding without spans is about the whole article.
      target: anchor ? { source: review.key, selector: selectors(anchor) } : review.key,
    };
  });
  return {
    "@context": ANNOTATION_CONTEXT,
    id: collectionId,
    type: "AnnotationCollection",
    label: `Sourcelight review of ${review.article.title ?? review.key}`,
    total: items.length,
    first: { type: "AnnotationPage", startIndex: 0, items },
  };
}

export function exportReviewAnnotations(review: ArticleReview): string {
  return `${JSON.stringify(toAnnotationCollection(review), null, 2)}\n`;
}
