/**
 * Finds the element that holds the article: the <article> (or main / role=main) with the most
 * paragraph text, else the body. Page furniture inside it is skipped later by the text walker.
 */

const CANDIDATE_SELECTOR = "article, main, [role='main'], [itemprop='articleBody']";

export function findArticleRoot(doc: Document): Element {
  let best: Element | null = null;
  let bestScore = 0;
  for (const candidate of Array.from(doc.querySelectorAll(CANDIDATE_SELECTOR))) {
    const score = paragraphTextLength(candidate);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best ?? doc.body ?? doc.documentElement;
}

/** Characters of text in <p> elements: a cheap measure of how much of the article a node holds. */
function paragraphTextLength(element: Element): number {
  let total = 0;
  for (const paragraph of Array.from(element.querySelectorAll("p"))) total += paragraph.textContent?.length ?? 0;
  return total;
}
