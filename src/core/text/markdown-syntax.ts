/** The line-level pieces of Markdown syntax that the block renderer (markdown.ts) recognises. */
import { inlineToText } from "./markdown-inline";

export const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]|$)/;

/** Removes "<!-- ... -->" (editors' notes) by searching, not by a pattern that could backtrack. */
export function withoutHtmlComments(source: string): string {
  let out = "";
  let from = 0;
  for (let at = source.indexOf("<!--"); at >= 0; at = source.indexOf("<!--", from)) {
    const end = source.indexOf("-->", at + 4);
    out += source.slice(from, at);
    // Keep the line breaks of the comment so that the blocks around it stay apart.
    const comment = source.slice(at, end < 0 ? source.length : end + 3);
    out += "\n".repeat(comment.split("\n").length - 1);
    from = end < 0 ? source.length : end + 3;
  }
  return out + source.slice(from);
}

/** Strips block-quote markers ("> > text", at most `maxDepth` of them) and says how deep the line is quoted. */
export function stripQuotes(raw: string, maxDepth = Infinity): { depth: number; line: string } {
  let depth = 0;
  let at = 0;
  while (depth < maxDepth) {
    let marker = at;
    while (marker < at + 3 && raw[marker] === " ") marker++;
    if (raw[marker] !== ">") break;
    depth += 1;
    at = raw[marker + 1] === " " ? marker + 2 : marker + 1;
  }
  return { depth, line: raw.slice(at) };
}

/** The row under a table's header: as many cells as the header, of dashes with optional alignment colons. */
export function isTableDelimiter(line: string, headerCells: number): boolean {
  const cells = cellsOf(line);
  return cells.length === headerCells && cells.every((cell) => /^:?-+:?$/.test(cell.trim()));
}

/** A table row's cells; "\\|" is a pipe inside a cell. */
export function cellsOf(line: string): string[] {
  return line.trim().replace(/^\|/, "").replace(/(?<!\\)\|$/, "").split(/(?<!\\)\|/);
}

export function isClosingFence(raw: string, fence: string): boolean {
  const line = stripQuotes(raw).line.trim();
  return line.length >= fence.length && line[0] === fence[0] && line.split(fence[0]!).join("") === "";
}

export function atxHeadingText(line: string): string {
  const text = line.replace(ATX_HEADING, "").trimEnd();
  // A closing run of "#" counts only after a space ("# Title ##"), not in "# C#".
  const closing = /(?:^|[ \t])#+$/.exec(text);
  return closing ? text.slice(0, closing.index) : text;
}

export function indentOf(line: string): number {
  let width = 0;
  while (line[width] === " " || line[width] === "\t") width++;
  return width;
}

export function tableRow(line: string): string {
  return cellsOf(line).map((cell) => inlineToText(cell.replace(/\\\|/g, "|"))).join("\t");
}

export function trimBlankLines(lines: string[]): string[] {
  let first = 0;
  let last = lines.length;
  while (first < last && lines[first]!.trim() === "") first++;
  while (last > first && lines[last - 1]!.trim() === "") last--;
  return lines.slice(first, last);
}
