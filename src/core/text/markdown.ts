/**
 * Renders a Markdown draft to the plain text a reader would see, keeping its structure: headings,
 * paragraphs, block quotes, code blocks, lists and tables become blocks separated by a blank line;
 * list items and table rows stay one a line (cells separated by a tab), code keeps its lines.
 * Offsets in a report of a Markdown file refer to this text. Front matter gives title and date.
 * Line by line and without nested quantifiers, so the time is linear in the draft's length.
 */
import { splitFrontMatter } from "./front-matter";
import { inlineToText } from "./markdown-inline";
import {
  ATX_HEADING, atxHeadingText, cellsOf, indentOf, isClosingFence, isTableDelimiter, stripQuotes, tableRow, trimBlankLines,
  withoutHtmlComments,
} from "./markdown-syntax";

export interface MarkdownText {
  text: string;
  title: string | null;
  /** The front matter's date (YYYY-MM-DD...), if any. */
  date: string | null;
}

type BlockKind = "paragraph" | "heading" | "list" | "code" | "table";

interface Block {
  kind: BlockKind;
  /**
   * Rendered lines: one for a paragraph or heading, one per item, row or code line. Each line is
   * kept as its source lines' parts, joined once when rendered: joining as lines arrive would copy
   * a long paragraph again for each of its lines (quadratic time).
   */
  lines: string[][];
  /** Block-quote depth: a change of depth starts a new block. */
  quote: number;
  /** The opening fence of a fenced code block ("```" or "~~~~"). */
  fence?: string;
  /** A blank line inside a list: only a line indented like the item's text, or a new item, continues it. */
  gap?: boolean;
  /** Where the last list item's text starts ("- " is 2, "10. " is 4). */
  itemIndent?: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
const TASK_BOX = /^\[[ xX]\][ \t]+/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]^][^\]]*\]:/;
const INDENTED_CODE = /^(?: {4}|\t)/;

export function markdownToText(source: string): MarkdownText {
  const lines = withoutHtmlComments(source.replace(/\r\n?/g, "\n")).split("\n");
  const { body, title, date } = splitFrontMatter(lines);
  const blocks: Block[] = [];
  let open: Block | null = null;
  const close = () => {
    if (open) blocks.push(open);
    open = null;
  };
  const start = (block: Block) => {
    close();
    open = block;
  };

  for (let index = 0; index < body.length; index++) {
    const raw = body[index]!;
    const current = open as Block | null;
    if (current?.fence) {
      if (isClosingFence(raw, current.fence)) close();
      else current.lines.push([stripQuotes(raw, current.quote).line]);
      continue;
    }
    const { depth, line } = stripQuotes(raw);
    if (current && current.quote !== depth) close();
    const block = open as Block | null;

    if (line.trim() === "") {
      if (block?.kind === "list") block.gap = true;
      else if (block?.kind !== "code") close();
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      start({ kind: "code", lines: [], quote: depth, fence: fence[1]! });
      continue;
    }
    if (block?.kind === "code" && !block.fence && INDENTED_CODE.test(line)) {
      block.lines.push([line.replace(INDENTED_CODE, "")]);
      continue;
    }
    if (block?.kind === "paragraph" && SETEXT_UNDERLINE.test(line)) {
      block.kind = "heading";
      close();
      continue;
    }
    if (THEMATIC_BREAK.test(line) || REFERENCE_DEFINITION.test(line)) {
      close();
      continue;
    }
    if (ATX_HEADING.test(line)) {
      start({ kind: "heading", lines: [[inlineToText(atxHeadingText(line))]], quote: depth });
      close();
      continue;
    }
    const marker = LIST_ITEM.exec(line);
    if (marker) {
      const item = inlineToText(line.slice(marker[0].length).replace(TASK_BOX, ""));
      if (block?.kind === "list") {
        block.lines.push([item]);
        block.gap = false;
        block.itemIndent = marker[0].length;
      } else {
        start({ kind: "list", lines: [[item]], quote: depth, itemIndent: marker[0].length });
      }
      continue;
    }
    if (block?.kind === "list" && (!block.gap || indentOf(line) >= Math.min(block.itemIndent ?? 2, 4))) {
      // A continuation of the last item: lazy, or indented after a blank line.
      block.lines[block.lines.length - 1]!.push(inlineToText(line));
      block.gap = false;
      continue;
    }
    const nextLine = stripQuotes(body[index + 1] ?? "").line;
    if (line.includes("|") && block?.kind !== "table" && isTableDelimiter(nextLine, cellsOf(line).length)) {
      start({ kind: "table", lines: [[tableRow(line)]], quote: depth });
      index += 1;
      continue;
    }
    if (block?.kind === "table" && line.includes("|")) {
      block.lines.push([tableRow(line)]);
      continue;
    }
    if (block?.kind === "paragraph") {
      block.lines[0]!.push(inlineToText(line));
      continue;
    }
    if (!block && INDENTED_CODE.test(line)) {
      start({ kind: "code", lines: [[line.replace(INDENTED_CODE, "")]], quote: depth });
      continue;
    }
    start({ kind: "paragraph", lines: [[inlineToText(line)]], quote: depth });
  }
  close();

  const rendered = blocks.map(renderBlock).filter((text) => text.trim() !== "");
  const headingText = blocks.filter((block) => block.kind === "heading").map((block) => joinParts(block.lines[0] ?? [])).find((text) => text !== "");
  return { text: rendered.join("\n\n"), title: title ?? headingText ?? null, date };
}

function renderBlock(block: Block): string {
  if (block.kind === "code") return trimBlankLines(block.lines.map((parts) => parts.join(""))).join("\n");
  return block.lines.map(joinParts).filter((line) => line !== "").join("\n");
}

/** A rendered line from its source lines' parts, one space between them (as a reader sees wrapped text). */
function joinParts(parts: readonly string[]): string {
  return parts.filter((part) => part !== "").join(" ").trim();
}

