/**
 * Inline Markdown to the text a reader sees: links to their text, images dropped, emphasis, code and
 * escape marks removed, HTML tags dropped, entities decoded. Every pattern is linear: each bracket or
 * marker class excludes its own opener, so a scan stops at the next one.
 */

/** Private-use characters hold code spans and escapes aside while the other patterns run. */
const HOLD_OPEN = "\uE000";
const HOLD_CLOSE = "\uE001";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", mdash: "—", ndash: "–", hellip: "…", rsquo: "’", lsquo: "‘", rdquo: "”", ldquo: "“" };

export function inlineToText(markdown: string): string {
  const held: string[] = [];
  const hold = (text: string) => `${HOLD_OPEN}${held.push(text) - 1}${HOLD_CLOSE}`;
  const text = markdown
    .replace(/[\uE000\uE001]/g, "")
    .replace(/(?<!`)(`+)([^`]+?)\1(?!`)/g, (_, _ticks: string, code: string) => hold(code.trim() === "" ? code : code.trim()))
    .replace(/\\([!-\/:-@[-`{-~])/g, (_, char: string) => hold(char))
    .replace(/!\[[^[\]]*\](?:\([^()]*\)|\[[^[\]]*\])/g, "")
    .replace(/\[\^[^[\]\s]*\]/g, "")
    .replace(/\[([^[\]]*)\](?:\([^()]*\)|\[[^[\]]*\])/g, "$1")
    .replace(/<((?:https?|mailto):[^<>\s]*)>/gi, (_, url: string) => hold(url))
    .replace(/<\/?[a-zA-Z][^<>]*>/g, "")
    .replace(/\*\*(?=\S)([^*]*?\S)\*\*/g, "$1")
    .replace(/(?<!\w)__(?=\S)([^_]*?\S)__(?!\w)/g, "$1")
    .replace(/\*(?=\S)([^*]*?\S)\*/g, "$1")
    .replace(/(?<!\w)_(?=\S)([^_]*?\S)_(?!\w)/g, "$1")
    // Strong around emphasis ("**a *b* c**") is only whole once the inner pair is gone.
    .replace(/\*\*(?=\S)([^*]*?\S)\*\*/g, "$1")
    .replace(/~~(?=\S)([^~]*?\S)~~/g, "$1")
    .replace(/&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, decodeEntity)
    .replace(/\s+/g, " ")
    .trim();
  return text.replace(/\uE000(\d+)\uE001/g, (_, index: string) => held[Number(index)] ?? "");
}

function decodeEntity(entity: string, name: string): string {
  // hasOwn: "&valueOf;" must not find Object.prototype's members.
  if (name[0] !== "#") return Object.hasOwn(ENTITIES, name) ? ENTITIES[name]! : entity;
  const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : "\uFFFD";
}
