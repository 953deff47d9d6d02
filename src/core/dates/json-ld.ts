/**
 * Publication and modification dates from JSON-LD blocks. Pages are hostile input: malformed JSON
 * is skipped, and the walk is bounded in depth and in the number of nodes it visits.
 */
import { parseMachineDate } from "./machine-date";

export interface JsonLdDates {
  published: string | null;
  modified: string | null;
}

const MAX_DEPTH = 8;
const MAX_NODES = 2_000;
const MAX_BLOCK_LENGTH = 500_000;
/** Node types that describe the article itself, preferred over WebPage or a related item. */
const ARTICLE_TYPE = /(?:Article|BlogPosting|Report|NewsArticle|LiveBlogPosting)$/;

interface DatedNode {
  published: string | null;
  modified: string | null;
  isArticle: boolean;
}

/** The first article node's dates, else the first node's that has any, across all blocks in order. */
export function datesFromJsonLd(blocks: readonly string[]): JsonLdDates {
  const nodes: DatedNode[] = [];
  for (const block of blocks) {
    if (block.length > MAX_BLOCK_LENGTH) continue;
    let data: unknown;
    try {
      data = JSON.parse(block);
    } catch {
      continue;
    }
    collect(data, 0, nodes, { visited: 0 });
  }
  const chosen = nodes.find((node) => node.isArticle && node.published) ?? nodes.find((node) => node.published);
  const modifiedNode = chosen?.modified ? chosen : nodes.find((node) => node.isArticle && node.modified);
  return { published: chosen?.published ?? null, modified: modifiedNode?.modified ?? null };
}

function collect(value: unknown, depth: number, out: DatedNode[], budget: { visited: number }): void {
  if (depth > MAX_DEPTH || ++budget.visited > MAX_NODES || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, depth + 1, out, budget);
    return;
  }
  const node = value as Record<string, unknown>;
  const published = dateField(node["datePublished"]) ?? dateField(node["dateCreated"]);
  const modified = dateField(node["dateModified"]);
  if (published || modified) out.push({ published, modified, isArticle: isArticleType(node["@type"]) });
  for (const key of ["@graph", "mainEntity", "mainEntityOfPage", "itemListElement"]) {
    if (key in node) collect(node[key], depth + 1, out, budget);
  }
}

function dateField(value: unknown): string | null {
  if (typeof value === "string") return parseMachineDate(value);
  if (Array.isArray(value) && typeof value[0] === "string") return parseMachineDate(value[0]);
  return null;
}

function isArticleType(type: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === "string" && ARTICLE_TYPE.test(t));
}
