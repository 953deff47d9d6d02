/**
 * Renders a Markdown draft to the plain text a reader would see, keeping its structure: headings,
 * paragraphs and block quotes become blocks separated by a blank line, list items stay one a line.
 * Offsets in a report of a Markdown file refer to this text. Front matter gives title and date.
 */

export interface MarkdownText {
  text: string;
  title: string | null;
  /** The front matter's date (YYYY-MM-DD...), if any. */
  date: string | null;
}

export function markdownToText(source: string): MarkdownText {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const { body, title: frontTitle, date } = splitFrontMatter(lines);
  const blocks: string[] = [];
  let paragraph: string[] = [];
  let inFence = false;
  let firstHeading: string | null = null;
  const endParagraph = () => {
    if (paragraph.length) blocks.push(paragraph.join(" "));
    paragraph = [];
  };
  for (const raw of body) {
    if (/^\s*(?:```|~~~)/.test(raw)) {
      endParagraph();
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      blocks.push(raw);
      continue;
    }
    const line = raw.trim();
    if (line === "" || /^(?:[-*_]\s*){3,}$/.test(line)) {
      endParagraph();
      continue;
    }
    const heading = /^#{1,6}\s+(.*?)\s*#*$/.exec(line);
    if (heading) {
      endParagraph();
      const text = inline(heading[1]!);
      firstHeading ??= text;
      blocks.push(text);
      continue;
    }
    const item = /^(?:[-*+]|\d{1,9}[.)])\s+(.*)$/.exec(line);
    if (item) {
      endParagraph();
      blocks.push(inline(item[1]!));
      continue;
    }
    paragraph.push(inline(line.replace(/^(?:>\s?)+/, "")));
  }
  endParagraph();
  const text = joinBlocks(blocks);
  return { text, title: frontTitle ?? firstHeading, date };
}

/** Consecutive list items and fenced lines stay on single lines; other blocks get a blank line. */
function joinBlocks(blocks: string[]): string {
  return blocks.filter((block) => block.trim() !== "").join("\n\n");
}

function splitFrontMatter(lines: string[]): { body: string[]; title: string | null; date: string | null } {
  if (lines[0]?.trim() !== "---") return { body: lines, title: null, date: null };
  const end = lines.indexOf("---", 1);
  if (end < 0) return { body: lines, title: null, date: null };
  let title: string | null = null;
  let date: string | null = null;
  for (const line of lines.slice(1, end)) {
    const field = /^(title|date)\s*:\s*["']?(.*?)["']?\s*$/i.exec(line);
    if (field?.[1]?.toLowerCase() === "title") title = field[2] || null;
    if (field?.[1]?.toLowerCase() === "date") date = field[2] || null;
  }
  return { body: lines.slice(end + 1), title, date };
}

/** Inline Markdown to text: images dropped, links to their text, emphasis and code marks removed. */
function inline(text: string): string {
  return text
    // Each bracket class excludes its own opener, so a scan stops at the next one: linear time.
    .replace(/!\[([^[\]]*)\]\([^()]*\)/g, "")
    .replace(/\[([^[\]]*)\]\([^()]*\)/g, "$1")
    .replace(/\[([^[\]]*)\]\[[^[\]]*\]/g, "$1")
    .replace(/<\/?[a-zA-Z][^<>]*>/g, "")
    .replace(/(\*\*|__)(?=\S)([^*_]*?\S)\1/g, "$2")
    .replace(/([*_])(?=\S)([^*_]*?\S)\1/g, "$2")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}
