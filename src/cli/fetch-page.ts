/**
 * `--url`: fetches the one page the user named (following a few redirects) with a time limit, a size
 * limit and a content-type check, and explains every failure in one line. Nothing else is fetched:
 * the page is parsed by jsdom without loading scripts, images or frames.
 */
import { CliError } from "./errors";
import { rejectBinary, sniffKind, type InputKind } from "./read-input";
import { readAtMost } from "../core/text/read-at-most";

export const MAX_PAGE_BYTES = 10 * 1024 * 1024;
export const MAX_REDIRECTS = 5;

export interface FetchedPage {
  /** Where the page was finally found, after redirects: the article URL. */
  url: string;
  source: string;
  kind: InputKind;
}

export interface FetchPageOptions {
  timeoutMs: number;
  fetch: typeof fetch;
  userAgent: string;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export async function fetchPage(requested: string, options: FetchPageOptions): Promise<FetchedPage> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  let url = requested;
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await options.fetch(url, {
        redirect: "manual",
        signal,
        headers: { accept: "text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9", "user-agent": options.userAgent },
      });
      if (REDIRECT_STATUSES.has(response.status)) {
        await response.body?.cancel();
        if (redirects === MAX_REDIRECTS) throw new CliError(`${requested}: more than ${MAX_REDIRECTS} redirects, not followed`);
        url = redirectTarget(requested, url, response.headers.get("location"));
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new CliError(`${requested}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`);
      }
      const contentType = response.headers.get("content-type");
      const declaredKind = kindOfContentType(requested, contentType);
      if (Number(response.headers.get("content-length")) > MAX_PAGE_BYTES) {
        await response.body?.cancel();
        throw tooLarge(requested);
      }
      const bytes = await readPageBytes(response, MAX_PAGE_BYTES, requested);
      rejectBinary(bytes, requested);
      const source = decode(bytes, charsetOf(contentType, bytes), requested);
      return { url, source, kind: declaredKind ?? sniffKind(source) };
    }
  } catch (error) {
    throw explainFetchError(error, requested, url, options.timeoutMs);
  }
}

function redirectTarget(requested: string, from: string, location: string | null): string {
  if (!location) throw new CliError(`${requested}: redirect without a Location header`);
  let target: URL;
  try {
    target = new URL(location, from);
  } catch {
    throw new CliError(`${requested}: redirect to an invalid address`);
  }
  if (target.protocol !== "http:" && target.protocol !== "https:") {
    throw new CliError(`${requested}: redirect to ${target.protocol} refused, only http and https are followed`);
  }
  return target.href;
}

/** The kind a Content-Type declares; null when there is none (then the body is sniffed). */
function kindOfContentType(requested: string, contentType: string | null): InputKind | null {
  if (contentType === null || contentType.trim() === "") return null;
  const mediaType = contentType.split(";")[0]!.trim().toLowerCase();
  if (mediaType === "text/html" || mediaType === "application/xhtml+xml") return "html";
  if (mediaType === "text/markdown" || mediaType === "text/x-markdown") return "markdown";
  if (mediaType === "text/plain") return "text";
  throw new CliError(`${requested}: content type ${mediaType} is not an HTML or text page`);
}

async function readPageBytes(response: Response, limit: number, requested: string): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const bytes = await readAtMost(response.body, limit);
  if (bytes === null) throw tooLarge(requested);
  return bytes;
}

function tooLarge(requested: string): CliError {
  return new CliError(`${requested}: larger than ${MAX_PAGE_BYTES / 1024 / 1024} MB, not scanned`);
}

/** The charset from the Content-Type, else from a <meta charset> near the top, else UTF-8. */
function charsetOf(contentType: string | null, bytes: Uint8Array): string {
  const declared = /;\s*charset\s*=\s*"?([\w.:-]{1,40})/i.exec(contentType ?? "");
  if (declared) return declared[1]!;
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  // Bounded repetition: the scan from each "<meta" stops within 200 characters.
  const meta = /<meta[^>]{0,200}?charset\s*=\s*["']?([\w.:-]{1,40})/i.exec(head);
  return meta ? meta[1]! : "utf-8";
}

function decode(bytes: Uint8Array, charset: string, requested: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    throw new CliError(`${requested}: unknown character set "${charset}"`);
  }
  // Like a browser: undecodable bytes become U+FFFD rather than refusing the page.
  return decoder.decode(bytes);
}

/** Node's fetch reports network failures as TypeError("fetch failed") with the system error as cause. */
function explainFetchError(error: unknown, requested: string, current: string, timeoutMs: number): CliError {
  if (error instanceof CliError) return error;
  const name = (error as { name?: unknown } | null)?.name;
  if (name === "TimeoutError" || name === "AbortError") {
    return new CliError(`${requested}: no complete answer within ${timeoutMs / 1000} s (see --timeout)`);
  }
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  const code = typeof cause?.code === "string" ? cause.code : "";
  const host = new URL(current).host;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return new CliError(`${requested}: could not resolve host ${host} (DNS)`);
  if (code === "ECONNREFUSED") return new CliError(`${requested}: connection refused by ${host}`);
  if (code === "ECONNRESET" || code === "UND_ERR_SOCKET") return new CliError(`${requested}: connection to ${host} closed unexpectedly`);
  if (/CERT|SSL|TLS|SELF_SIGNED/.test(code)) return new CliError(`${requested}: TLS certificate problem with ${host} (${code})`);
  const detail = typeof cause?.message === "string" ? cause.message : (error as Error)?.message ?? String(error);
  return new CliError(`${requested}: could not fetch: ${oneLine(detail)}`);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
