/**
 * Reads what the user asked to scan (a file or standard input) and turns it, or a fetched page, into
 * plain text and page metadata: HTML through jsdom and the same page reader the content script uses,
 * Markdown rendered to text, plain text exactly as read.
 */
import { readFileSync, statSync } from "node:fs";
import { extname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { JSDOM, VirtualConsole } from "jsdom";
import { emptyPageMeta, type PageMeta } from "../core/page-meta";
import { markdownToText } from "../core/text/markdown";
import { collectPageMeta, extractPageText } from "../page";
import { CliError } from "./errors";

export type InputKind = "html" | "markdown" | "text";

export interface ScanInput {
  name: string;
  text: string;
  meta: PageMeta;
}

const MAX_INPUT_BYTES = 50 * 1024 * 1024;

export function readInput(path: string, readStdin: () => Buffer): ScanInput {
  const bytes = path === "-" ? readStdin() : readFileBytes(path);
  const source = decodeUtf8(bytes, path);
  const kind = path === "-" ? sniffKind(source) : kindFromExtension(path, source);
  const url = path === "-" ? null : pathToFileURL(resolve(path)).href;
  return sourceToInput(path, source, kind, url);
}

/** Turns a page's source into scannable text; `url` becomes the article URL unless the page names a canonical one. */
export function sourceToInput(name: string, source: string, kind: InputKind, url: string | null): ScanInput {
  const input = toText(source, kind, url);
  if (input.text.trim() === "") throw new CliError(`${name}: no article text found`);
  return { name, ...input };
}

function readFileBytes(path: string): Buffer {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new CliError(`${path}: is a directory, not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${path}: no such file`);
  }
  if (size > MAX_INPUT_BYTES) throw new CliError(`${path}: larger than 50 MB, not scanned`);
  return readFileSync(path);
}

function decodeUtf8(bytes: Buffer, name: string): string {
  rejectBinary(bytes, name);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new CliError(`${name}: not UTF-8 text`);
  }
}

/** A NUL byte near the start means an image, archive or other binary file, never an article. */
export function rejectBinary(bytes: Uint8Array, name: string): void {
  if (bytes.subarray(0, 8192).includes(0)) throw new CliError(`${name}: binary data, not a text, HTML or Markdown file`);
}

function kindFromExtension(path: string, source: string): InputKind {
  const extension = extname(path).toLowerCase();
  if (extension === ".html" || extension === ".htm" || extension === ".xhtml") return "html";
  if (extension === ".md" || extension === ".markdown") return "markdown";
  if (extension === ".txt") return "text";
  return sniffKind(source);
}

export function sniffKind(source: string): InputKind {
  return /^\s*(?:<!doctype html|<html|<head|<body|<article)/i.test(source.slice(0, 1000)) ? "html" : "text";
}

function toText(source: string, kind: InputKind, url: string | null): { text: string; meta: PageMeta } {
  if (kind === "text") return { text: source, meta: { ...emptyPageMeta(), url } };
  if (kind === "markdown") {
    const rendered = markdownToText(source);
    const meta: PageMeta = { ...emptyPageMeta(), url, title: rendered.title };
    if (rendered.date) meta.meta.push({ key: "article:published_time", content: rendered.date });
    return { text: rendered.text, meta };
  }
  // Scripts never run and nothing is fetched: jsdom only parses.
  const dom = new JSDOM(source, { url: url ?? undefined, virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  const { text } = extractPageText(doc);
  const meta = collectPageMeta(doc, url);
  dom.window.close();
  return { text, meta };
}
