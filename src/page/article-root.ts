/**
 * Finds the element that holds the article, or decides that a page has none (a home page, a
 * login form, a search result list), in which case the extension shows nothing at all.
 *
 * Evidence, strongest first: the page's JSON-LD articleBody (the paragraph it starts with must
 * be inside the root); semantic containers (article, main, role=main, itemprop=articleBody)
 * holding most of the page's paragraph text; and paragraph density, scored as readability
 * tools do (each paragraph counts fully for its parent and half for its grandparent). Paragraphs
 * in furniture (navigation, comments, related links, ads, banners) or hidden ones do not count.
 */
import { defaultHiddenTest, isSkipped, type HiddenTest } from "./element-rules";

const SEMANTIC_SELECTOR = "article, main, [role='main'], [itemprop='articleBody']";
/** Shorter paragraphs are captions, bylines and buttons rather than article text. */
const MIN_PARAGRAPH_CHARS = 25;
/** Less paragraph text than this is not an article (a teaser list, a form, an error page). */
const MIN_ARTICLE_CHARS = 250;
/** An article has at least one paragraph of real prose. */
const MIN_LONGEST_PARAGRAPH = 80;
/** A semantic container without <p> elements still counts when it holds this much text. */
const MIN_UNPARAGRAPHED_CHARS = 500;
/** How much of the paragraph text a semantic container must hold to be preferred to the density winner. */
const SEMANTIC_SHARE = 0.5;
const MAX_ELEMENTS_FOR_SHADOW_SEARCH = 20_000;
/** How many characters of articleBody identify the paragraph it starts with. */
const HINT_CHARS = 60;

export interface ArticleOptions {
  isHidden?: HiddenTest;
}

/** Paragraphs looked at between two pauses of findArticleSteps. */
const PARAGRAPHS_PER_STEP = 200;

interface Paragraph {
  element: Element;
  chars: number;
}

/** The article's root element, or null when the page has no article. */
export function findArticle(doc: Document, options: ArticleOptions = {}): Element | null {
  const steps = findArticleSteps(doc, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * findArticle as a generator that pauses every few hundred paragraphs, so that the content script
 * can spread the look at a huge page (text lengths, visibility) over several short tasks.
 */
export function* findArticleSteps(doc: Document, options: ArticleOptions = {}): Generator<void, Element | null> {
  const isHidden = options.isHidden ?? defaultHiddenTest;
  const excluded = exclusionTest(isHidden);
  const paragraphs: Paragraph[] = [];
  let total = 0;
  let longest = 0;
  let seen = 0;
  for (const element of deepQuery(doc, "p")) {
    if (++seen % PARAGRAPHS_PER_STEP === 0) yield;
    // Raw length: collapsing the whitespace of every paragraph costs more than the score gains on a huge page.
    const chars = (element.textContent ?? "").trim().length;
    if (chars < MIN_PARAGRAPH_CHARS || excluded(element)) continue;
    paragraphs.push({ element, chars });
    total += chars;
    longest = Math.max(longest, chars);
  }
  const hinted = yield* hintedParagraph(doc, paragraphs);
  const semantic = yield* bestSemantic(doc, paragraphs, excluded);

  if (total < MIN_ARTICLE_CHARS || longest < MIN_LONGEST_PARAGRAPH) {
    if (hinted) return hinted.parentElement;
    return semantic && semantic.chars === 0 && collapsedLength(semantic.element.textContent ?? "") >= MIN_UNPARAGRAPHED_CHARS
      ? semantic.element
      : null;
  }
  let root = semantic && semantic.chars >= SEMANTIC_SHARE * total ? semantic.element : densest(paragraphs);
  if (root && hinted && !root.contains(hinted)) root = hinted.parentElement ?? root;
  return root;
}

/** The article root, or the body when there is no article (the command-line scanner reads whatever it is given). */
export function findArticleRoot(doc: Document, options: ArticleOptions = {}): Element {
  return findArticle(doc, options) ?? doc.body ?? doc.documentElement;
}

/** True for elements in furniture or hidden, up to the document; answers are cached per element. */
function exclusionTest(isHidden: HiddenTest): (element: Element) => boolean {
  const cache = new Map<Node, boolean>();
  const excluded = (node: Node | null): boolean => {
    if (!node || node.nodeType !== 1) {
      // A shadow root: continue at its host.
      const host = (node as ShadowRoot | null)?.host;
      return host ? excluded(host) : false;
    }
    const known = cache.get(node);
    if (known !== undefined) return known;
    const element = node as Element;
    const answer = isSkipped(element) || isHidden(element) || excluded(element.parentNode);
    cache.set(node, answer);
    return answer;
  };
  return excluded;
}

/** The semantic container holding the most counted paragraph text; of nested ones holding nearly as much, the innermost. */
function* bestSemantic(doc: Document, paragraphs: Paragraph[], excluded: (element: Element) => boolean): Generator<void, { element: Element; chars: number } | null> {
  const chars = new Map<Element, number>();
  for (const element of deepQuery(doc, SEMANTIC_SELECTOR)) if (!excluded(element)) chars.set(element, 0);
  if (chars.size === 0) return null;
  // Each paragraph adds its length to the containers above it: linear in paragraphs times depth.
  for (const [index, paragraph] of paragraphs.entries()) {
    if (index % PARAGRAPHS_PER_STEP === PARAGRAPHS_PER_STEP - 1) yield;
    for (let node: Node | null = paragraph.element; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
      const sum = chars.get(node as Element);
      if (sum !== undefined) chars.set(node as Element, sum + paragraph.chars);
    }
  }
  const scored = Array.from(chars, ([element, count]) => ({ element, chars: count }));
  let best = scored.reduce((a, b) => (b.chars > a.chars ? b : a));
  for (const candidate of scored) {
    if (candidate !== best && best.element.contains(candidate.element) && candidate.chars >= 0.9 * best.chars) best = candidate;
  }
  return best;
}

/** Readability-style density: the element whose paragraphs (children fully, grandchildren half) weigh most. */
function densest(paragraphs: Paragraph[]): Element | null {
  const scores = new Map<Element, number>();
  let best: Element | null = null;
  let bestScore = 0;
  const add = (element: Element | null, score: number) => {
    if (!element) return;
    const value = (scores.get(element) ?? 0) + score;
    scores.set(element, value);
    if (value > bestScore) {
      best = element;
      bestScore = value;
    }
  };
  for (const { element, chars } of paragraphs) {
    add(element.parentElement, chars);
    add(element.parentElement?.parentElement ?? null, chars / 2);
  }
  return best;
}

/** The paragraph the page's JSON-LD articleBody starts with, if any. */
function* hintedParagraph(doc: Document, paragraphs: Paragraph[]): Generator<void, Element | null> {
  const start = articleBodyStart(doc);
  if (!start) return null;
  for (const [index, { element }] of paragraphs.entries()) {
    if (index % PARAGRAPHS_PER_STEP === PARAGRAPHS_PER_STEP - 1) yield;
    if (collapse(element.textContent ?? "").includes(start)) return element;
  }
  return null;
}

function articleBodyStart(doc: Document): string | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 20)) {
    const source = script.textContent ?? "";
    if (!source.includes("articleBody") || source.length > 2_000_000) continue;
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch {
      continue;
    }
    const body = findArticleBody(data, 0);
    if (body) {
      const start = collapse(body).slice(0, HINT_CHARS);
      if (start.length >= MIN_PARAGRAPH_CHARS) return start;
    }
  }
  return null;
}

function findArticleBody(data: unknown, depth: number): string | null {
  if (depth > 4 || data === null || typeof data !== "object") return null;
  if (Array.isArray(data)) {
    for (const item of data.slice(0, 50)) {
      const found = findArticleBody(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = data as Record<string, unknown>;
  if (typeof record.articleBody === "string") return record.articleBody;
  return findArticleBody(record["@graph"], depth + 1);
}

/** querySelectorAll over the document and every open shadow root in it. */
export function deepQuery(doc: Document, selector: string): Element[] {
  const found: Element[] = [];
  // Looking at every element for a shadow root is the costliest part on a huge page: past this size, the light DOM only.
  const searchShadows = doc.getElementsByTagName("*").length <= MAX_ELEMENTS_FOR_SHADOW_SEARCH;
  const visit = (root: Document | ShadowRoot) => {
    for (const element of Array.from(root.querySelectorAll(selector))) found.push(element);
    if (!searchShadows) return;
    for (const element of Array.from(root.querySelectorAll("*"))) {
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(doc);
  return found;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function collapsedLength(text: string): number {
  return collapse(text).length;
}
